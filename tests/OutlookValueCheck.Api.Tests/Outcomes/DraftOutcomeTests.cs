using OutlookValueCheck.Api.Reports;

namespace OutlookValueCheck.Api.Tests.Outcomes;

/// <summary>A draft's outcome from its checks, oldest first: facts only, and "not known" where none says.</summary>
public sealed class DraftOutcomeTests
{
    [Theory]
    [InlineData("warn:answered:-|ok:-:sent", "answered")]
    [InlineData("warn:-:sent", "sentAnyway")]
    [InlineData("warn:edited:-|warn:-:sent", "sentAnyway")]
    [InlineData("warn:edited:-|ok:-:sent", "edited")]
    [InlineData("ok:-:sent", "sent")]
    [InlineData("warn:edited:-|ok:-:notSent", "edited")]
    [InlineData("warn:-:notSent", "notSent")]
    [InlineData("ok:-:-", "unknown")]
    [InlineData("block:-:sent", "sentAnyway")]
    [InlineData("warn:cancelled:-", "cancelled")]
    public void A_drafts_outcome_follows_what_its_checks_saw(string checks, string outcome)
    {
        var read = checks.Split('|').Select(check => check.Split(':'))
            .Select(parts => (parts[0], parts[1] == "-" ? null : parts[1], parts[2] == "-" ? null : parts[2])).ToList();

        Assert.Equal(outcome, DraftOutcomes.Of(read));
    }
}
