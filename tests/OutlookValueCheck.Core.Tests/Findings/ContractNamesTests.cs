using System.Text.Json;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Tests.Findings;

/// <summary>The spellings in design.md are a public contract: policies, reports and the add-in depend on them.</summary>
public sealed class ContractNamesTests
{
    [Fact]
    public void The_eleven_finding_codes_are_spelled_as_the_design_says()
    {
        Assert.Equal(
            ["pitch-to-customer", "former-customer", "no-value-check-in", "seller-centric", "unfilled-placeholder", "renewal-without-value",
             "contact-fatigue", "at-risk-account", "do-not-email", "owned-by-colleague", "lookup-unavailable"],
            FindingCodes.AllNames);
    }

    [Fact]
    public void Json_and_text_use_the_same_spelling()
    {
        foreach (var code in FindingCodes.All)
            Assert.Equal($"\"{code.Name()}\"", JsonSerializer.Serialize(code));
        Assert.Equal("\"softBlock\"", JsonSerializer.Serialize(SendMode.SoftBlock));
        Assert.Equal("\"promptUser\"", JsonSerializer.Serialize(SendMode.PromptUser));
        Assert.Equal("warn", Verdict.Warn.Name());
    }
}
