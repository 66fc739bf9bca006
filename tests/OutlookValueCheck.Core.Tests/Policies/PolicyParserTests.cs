using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Policies;

namespace OutlookValueCheck.Core.Tests.Policies;

public sealed class PolicyParserTests
{
    [Fact]
    public void An_empty_document_gives_the_documented_defaults()
    {
        var policy = PolicyParser.Parse("{}").Policy!;

        Assert.Equal(3, policy.FatigueMessageCount);
        Assert.Equal(14, policy.FatigueWindowDays);
        Assert.Equal(60, policy.RenewalWindowDays);
        Assert.Equal(1500, policy.LookupDeadlineMilliseconds);
        Assert.Equal(FailMode.Open, policy.FailMode);
        Assert.Equal(Severity.Block, policy.SeverityOf(FindingCode.UnfilledPlaceholder));
        Assert.Equal(Severity.Block, policy.SeverityOf(FindingCode.DoNotEmail));
        Assert.Equal(Severity.Info, policy.SeverityOf(FindingCode.SellerCentric));
        Assert.Equal(Severity.Info, policy.SeverityOf(FindingCode.OwnedByColleague));
        Assert.Equal(Severity.Info, policy.SeverityOf(FindingCode.LookupUnavailable));
        Assert.Equal(Severity.Warn, policy.SeverityOf(FindingCode.ContactFatigue));
    }

    [Fact]
    public void A_document_overrides_only_what_it_names()
    {
        var policy = PolicyParser.Parse("""
            {
              // managers may comment their choices
              "severities": { "seller-centric": "off", "contact-fatigue": "block" },
              "thresholds": { "fatigueWindowDays": 21 },
              "exemptDomains": ["Sister.Example.com"],
              "failMode": "closed",
            }
            """).Policy!;

        Assert.Equal(Severity.Off, policy.SeverityOf(FindingCode.SellerCentric));
        Assert.Equal(Severity.Block, policy.SeverityOf(FindingCode.ContactFatigue));
        Assert.Equal(Severity.Warn, policy.SeverityOf(FindingCode.PitchToCustomer));
        Assert.Equal(21, policy.FatigueWindowDays);
        Assert.Equal(3, policy.FatigueMessageCount);
        Assert.Equal(["sister.example.com"], policy.ExemptDomains);
        Assert.Equal(FailMode.Closed, policy.FailMode);
    }

    [Fact]
    public void Unknown_codes_and_severities_are_reported_by_field()
    {
        var result = PolicyParser.Parse("""{ "severities": { "pitch-to-cusomer": "warn", "do-not-email": "warning" } }""");

        Assert.Null(result.Policy);
        Assert.Contains(result.Errors, error => error.Field == "severities.pitch-to-cusomer" && error.Message.Contains("not a finding code", StringComparison.Ordinal));
        Assert.Contains(result.Errors, error => error.Field == "severities.do-not-email" && error.Message.Contains("'warning' is not a severity", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fatigueMessageCount", -1)]
    [InlineData("fatigueMessageCount", 0)]
    [InlineData("fatigueWindowDays", 10000)]
    [InlineData("renewalWindowDays", -5)]
    [InlineData("lookupDeadlineMs", 60000)]
    public void Negative_or_absurd_thresholds_are_reported_by_field(string field, int value)
    {
        var result = PolicyParser.Parse($$"""{ "thresholds": { "{{field}}": {{value}} } }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal($"thresholds.{field}", error.Field);
    }

    [Fact]
    public void Every_error_in_a_document_is_reported_at_once()
    {
        var result = PolicyParser.Parse("""
            { "thresholds": { "fatigueWindowDays": 0, "renewalWindowDays": 9999 },
              "exemptAddresses": ["not-an-address"], "exemptDomains": ["bad domain"], "failMode": "sideways" }
            """);

        Assert.Equal(
            ["exemptAddresses[0]", "exemptDomains[0]", "failMode", "thresholds.fatigueWindowDays", "thresholds.renewalWindowDays"],
            result.Errors.Select(error => error.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_misspelt_field_is_rejected_rather_than_ignored()
    {
        var result = PolicyParser.Parse("""{ "thresholds": { "fatigueWindowDay": 10 } }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("thresholds.fatigueWindowDay", error.Field);
        Assert.Contains("unknown field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var result = PolicyParser.Parse("{\n  \"failMode\": \"open\"\n  \"thresholds\": {}\n}");

        var error = Assert.Single(result.Errors);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_its_field()
    {
        var result = PolicyParser.Parse("""{ "thresholds": { "fatigueWindowDays": "two weeks" } }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("thresholds.fatigueWindowDays", error.Field);
    }
}

public sealed class TeamPolicyTests
{
    private const string Emea = "0f6c1d2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5";
    private const string Renewals = "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d";

    private const string Document = $$"""
        {
          "severities": { "seller-centric": "off" },
          "thresholds": { "fatigueWindowDays": 21 },
          "teams": {
            "{{Renewals}}": { "name": "Renewals", "severities": { "renewal-without-value": "block" } },
            "{{Emea}}": { "name": "EMEA", "thresholds": { "fatigueMessageCount": 5 }, "failMode": "closed" }
          }
        }
        """;

    [Fact]
    public void A_seller_outside_every_team_gets_the_tenant_policy()
    {
        var policy = PolicyParser.Parse(Document, ["11111111-1111-1111-1111-111111111111"]).Policy!;

        Assert.Equal(21, policy.FatigueWindowDays);
        Assert.Equal(3, policy.FatigueMessageCount);
        Assert.Equal(Severity.Warn, policy.SeverityOf(FindingCode.RenewalWithoutValue));
    }

    [Fact]
    public void A_team_inherits_the_tenant_policy_and_overrides_only_what_it_names()
    {
        var policy = PolicyParser.Parse(Document, [Emea]).Policy!;

        Assert.Equal(5, policy.FatigueMessageCount);
        Assert.Equal(21, policy.FatigueWindowDays);
        Assert.Equal(Severity.Off, policy.SeverityOf(FindingCode.SellerCentric));
        Assert.Equal(FailMode.Closed, policy.FailMode);
    }

    [Fact]
    public void A_seller_in_several_teams_gets_the_first_listed()
    {
        var policy = PolicyParser.Parse(Document, [Emea, Renewals]).Policy!;

        Assert.Equal(Severity.Block, policy.SeverityOf(FindingCode.RenewalWithoutValue));
        Assert.Equal(3, policy.FatigueMessageCount);
    }

    [Fact]
    public void Team_errors_name_the_team_and_the_field()
    {
        var result = PolicyParser.Parse($$"""
            { "teams": { "not-a-group": {}, "{{Emea}}": { "thresholds": { "fatigueWindowDays": -1 }, "severities": { "nope": "warn" } } } }
            """);

        Assert.Equal(
            [$"teams.{Emea}.severities.nope", $"teams.{Emea}.thresholds.fatigueWindowDays", "teams.not-a-group"],
            result.Errors.Select(error => error.Field).Order(StringComparer.Ordinal));
    }
}
