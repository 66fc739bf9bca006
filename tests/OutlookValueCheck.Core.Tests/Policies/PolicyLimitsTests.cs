using System.Collections;
using OutlookValueCheck.Core.Policies;

namespace OutlookValueCheck.Core.Tests.Policies;

/// <summary>
/// A policy document cannot make the parser fail or a check slow: nulls where objects belong are errors, lists have
/// documented caps, and exemptions are looked up rather than scanned.
/// </summary>
public sealed class PolicyLimitsTests
{
    private const string Team = "c7c482ed-1951-43db-9526-4579161bae78";

    [Theory]
    [InlineData("{\"teams\": {\"" + Team + "\": null}}", "teams." + Team)]
    [InlineData("{\"exemptAddresses\": [null]}", "exemptAddresses[0]")]
    [InlineData("{\"teams\": {\"" + Team + "\": {\"exemptAddresses\": [null]}}}", "teams." + Team + ".exemptAddresses[0]")]
    public void A_null_where_an_object_or_text_belongs_is_an_error_naming_it(string document, string field)
    {
        var (set, errors) = PolicyParser.Compile(document);

        Assert.Null(set);
        Assert.Contains(errors, error => error.Field == field);
    }

    [Theory]
    [InlineData("exemptDomains", 1_000, 1_001)]
    [InlineData("exemptAddresses", 1_000, 1_001)]
    [InlineData("valueAnswerReasons", 20, 21)]
    [InlineData("teams", 100, 101)]
    public void A_list_past_its_documented_cap_is_one_error_naming_the_list(string list, int cap, int entries)
    {
        IEnumerable<string> Values(int count) => Enumerable.Range(0, count).Select(i => list switch
        {
            "exemptDomains" => $"\"d{i}.example\"",
            "exemptAddresses" => $"\"p{i}@x.example\"",
            "valueAnswerReasons" => $"\"Reason {i}\"",
            _ => $"\"00000000-0000-0000-0000-{i:000000000000}\": {{}}",
        });
        string Document(int count) => list == "teams" ? $"{{\"teams\": {{{string.Join(',', Values(count))}}}}}" : $"{{\"{list}\": [{string.Join(',', Values(count))}]}}";

        var (atCap, none) = PolicyParser.Compile(Document(cap));
        var (past, errors) = PolicyParser.Compile(Document(entries));

        Assert.NotNull(atCap);
        Assert.Empty(none);
        Assert.Null(past);
        var error = Assert.Single(errors);
        Assert.Equal(list, error.Field);
        Assert.Contains($"At most {cap}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Severities_for_more_codes_than_there_are_is_one_error()
    {
        var document = "{\"severities\": {" + string.Join(',', Enumerable.Range(0, 5_000).Select(i => $"\"code-{i}\": \"warn\"")) + "}}";

        var (set, errors) = PolicyParser.Compile(document);

        Assert.Null(set);
        Assert.Equal("severities", Assert.Single(errors).Field);
    }

    [Fact]
    public void Exemptions_are_looked_up_not_scanned_for_every_recipient()
    {
        var domains = new CountingList(Enumerable.Range(0, 40_000).Select(i => $"partner{i}.example"));
        var addresses = new CountingList(Enumerable.Range(0, 1_000).Select(i => $"person{i}@elsewhere.example"));
        var policy = new Policy { ExemptDomains = domains, ExemptAddresses = addresses };

        var exempt = Enumerable.Range(0, 500).Count(i => policy.IsExempt($"buyer{i}@sales.partner{i * 7}.example"));

        Assert.Equal(500, exempt);
        Assert.True(domains.Enumerations <= 1, $"the exempt domains were walked {domains.Enumerations} times");
        Assert.True(addresses.Enumerations <= 1, $"the exempt addresses were walked {addresses.Enumerations} times");
    }

    [Theory]
    [InlineData("anna@partner.example", true)]
    [InlineData("anna@EMEA.Partner.Example", true)]
    [InlineData("anna@notpartner.example", false)]
    [InlineData("anna@example", false)]
    [InlineData("Vip@Elsewhere.example", true)]
    [InlineData("other@elsewhere.example", false)]
    public void An_exemption_covers_its_domain_its_sub_domains_and_its_addresses_in_any_case(string address, bool exempt)
    {
        var policy = PolicyParser.Parse("""{ "exemptDomains": ["Partner.example"], "exemptAddresses": ["vip@elsewhere.example"] }""").Policy!;

        Assert.Equal(exempt, policy.IsExempt(address));
    }

    [Fact]
    public void A_policy_made_from_another_keeps_its_exemptions_in_step()
    {
        var first = new Policy { ExemptDomains = ["one.example"] };

        var second = first with { ExemptDomains = ["two.example"] };

        Assert.True(first.IsExempt("a@one.example"));
        Assert.False(second.IsExempt("a@one.example"));
        Assert.True(second.IsExempt("a@two.example"));
    }

    /// <summary>A list that counts how often it is walked.</summary>
    private sealed class CountingList(IEnumerable<string> items) : IReadOnlyList<string>
    {
        private readonly List<string> _items = items.ToList();

        public int Enumerations { get; private set; }

        public int Count => _items.Count;

        public string this[int index] => _items[index];

        public IEnumerator<string> GetEnumerator()
        {
            Enumerations++;
            return _items.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
