using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Tests.Recipients;

public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("press@nodpublishers.com.")]
    [InlineData("\"press\"@nodpublishers.com")]
    [InlineData("\"pr\\ess\"@nodpublishers.com")]
    [InlineData("PRESS@NodPublishers.COM")]
    [InlineData("  press@nodpublishers.com  ")]
    [InlineData("\"Press\"@NODPUBLISHERS.com..")]
    public void Spellings_of_one_address_have_one_normal_spelling(string spelling)
    {
        Assert.Equal("press@nodpublishers.com", EmailAddresses.Normalise(spelling));
    }

    [Theory]
    [InlineData("lena@bücher.example")]
    [InlineData("LENA@BÜCHER.EXAMPLE")]
    [InlineData("lena@xn--bcher-kva.example")]
    [InlineData("Lena@XN--BCHER-KVA.example.")]
    public void Punycode_and_unicode_spell_one_internationalised_domain(string spelling)
    {
        Assert.Equal("lena@xn--bcher-kva.example", EmailAddresses.Normalise(spelling));
    }

    [Theory]
    [InlineData("\"john doe\"@fabrikam.com")]
    [InlineData("\"john..doe\"@fabrikam.com")]
    [InlineData("\".john\"@fabrikam.com")]
    public void A_local_part_that_needs_its_quotes_keeps_them(string address)
    {
        Assert.Equal(address, EmailAddresses.Normalise(address));
    }

    [Fact]
    public void An_address_already_normal_is_returned_as_it_is_without_allocating()
    {
        const string Address = "press@nodpublishers.com";
        for (var i = 0; i < 100; i++)
            EmailAddresses.Normalise(Address);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
            EmailAddresses.Normalise(Address);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(Address, EmailAddresses.Normalise(Address));
        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("@nodpublishers.com")]
    [InlineData("press@")]
    [InlineData("press@bad..xn--idn")]
    public void Text_that_is_not_an_address_is_only_trimmed_and_lower_cased(string text)
    {
        Assert.Equal(text.Trim().ToLowerInvariant(), EmailAddresses.Normalise(text));
    }

    [Theory]
    [InlineData("press+news@nodpublishers.com", "press@nodpublishers.com")]
    [InlineData("press+a+b@nodpublishers.com", "press@nodpublishers.com")]
    [InlineData("press@nodpublishers.com", null)]
    [InlineData("+news@nodpublishers.com", null)]
    [InlineData("\"press+x y\"@nodpublishers.com", null)]
    public void A_sub_address_has_its_base(string address, string? expected)
    {
        Assert.Equal(expected, EmailAddresses.SubAddressBase(address));
    }

    [Fact]
    public void The_comparer_treats_spellings_as_one_address()
    {
        var seen = new HashSet<string>(EmailAddresses.Comparer) { "press@nodpublishers.com" };

        Assert.Contains("\"Press\"@NodPublishers.com.", seen);
        Assert.DoesNotContain("press+news@nodpublishers.com", seen);
    }

    [Theory]
    [InlineData("Bücher.Example.", "xn--bcher-kva.example")]
    [InlineData("fabrikam.com", "fabrikam.com")]
    [InlineData(" FABRIKAM.com ", "fabrikam.com")]
    public void A_domain_has_one_normal_spelling(string domain, string expected)
    {
        Assert.Equal(expected, EmailAddresses.NormaliseDomain(domain));
    }
}
