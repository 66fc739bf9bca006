using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Tests.Recipients;

public sealed class AddressProblemsTests
{
    public static TheoryData<int, string> Listed() => new()
    {
        { 0x200B, "ZERO WIDTH SPACE" }, { 0x200C, "ZERO WIDTH NON-JOINER" }, { 0x200D, "ZERO WIDTH JOINER" },
        { 0x200E, "LEFT-TO-RIGHT MARK" }, { 0x200F, "RIGHT-TO-LEFT MARK" },
        { 0x202A, "LEFT-TO-RIGHT EMBEDDING" }, { 0x202B, "RIGHT-TO-LEFT EMBEDDING" }, { 0x202C, "POP DIRECTIONAL FORMATTING" },
        { 0x202D, "LEFT-TO-RIGHT OVERRIDE" }, { 0x202E, "RIGHT-TO-LEFT OVERRIDE" },
        { 0x2066, "LEFT-TO-RIGHT ISOLATE" }, { 0x2067, "RIGHT-TO-LEFT ISOLATE" }, { 0x2068, "FIRST STRONG ISOLATE" }, { 0x2069, "POP DIRECTIONAL ISOLATE" },
        { 0x00AD, "SOFT HYPHEN" }, { 0xFEFF, "ZERO WIDTH NO-BREAK SPACE" },
    };

    [Theory]
    [MemberData(nameof(Listed))]
    public void Each_invisible_or_direction_changing_character_is_named_where_it_is(int code, string name)
    {
        var problem = AddressProblems.Describe($"press@nod{(char)code}publishers.com");

        Assert.NotNull(problem);
        Assert.StartsWith($"'press@nod<U+{code:X4}>publishers.com' contains U+{code:X4} {name}, ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Direction_changing_characters_are_called_so()
    {
        Assert.Contains("changes the direction", AddressProblems.Describe("gro.lenaps\u202E@fabrikam.com"), StringComparison.Ordinal);
        Assert.Contains("an invisible character", AddressProblems.Describe("pre\u200Bss@fabrikam.com"), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_format_characters_and_unicode_spaces_are_refused_too()
    {
        Assert.Contains("U+2060", AddressProblems.Describe("press\u2060@fabrikam.com"), StringComparison.Ordinal);
        Assert.Contains("U+E0041", AddressProblems.Describe("press\U000E0041@fabrikam.com"), StringComparison.Ordinal); // a tag character
        Assert.Contains("U+00A0", AddressProblems.Describe("press\u00A0@fabrikam.com"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("press@[192.0.2.1]")]
    [InlineData("press@[IPv6:2001:db8::1]")]
    [InlineData("press@192.0.2.1")]
    [InlineData("press@192.0.2.1.")]
    public void An_ip_literal_is_refused(string address)
    {
        Assert.Contains("is at the IP address", AddressProblems.Describe(address), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("press@nodpublishers.com")]
    [InlineData("lena@bücher.example")]
    [InlineData("\"john doe\"@fabrikam.com")]
    [InlineData("press@192.0.2.example")]
    public void Ordinary_addresses_have_no_problem(string address)
    {
        Assert.Null(AddressProblems.Describe(address));
    }

    [Fact]
    public void A_domain_name_is_judged_the_same_way()
    {
        Assert.Contains("U+00AD SOFT HYPHEN", AddressProblems.DescribeDomain("nod\u00ADpublishers.com"), StringComparison.Ordinal);
        Assert.Contains("type the domain name again", AddressProblems.DescribeDomain("nod\u00ADpublishers.com"), StringComparison.Ordinal);
        Assert.Contains("IP address", AddressProblems.DescribeDomain("192.0.2.1"), StringComparison.Ordinal);
        Assert.Null(AddressProblems.DescribeDomain("bücher.example"));
    }
}
