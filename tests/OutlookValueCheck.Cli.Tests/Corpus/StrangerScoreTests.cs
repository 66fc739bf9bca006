using OutlookValueCheck.Cli.Eval;
using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Cli.Output;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Policies;
using Xunit.Abstractions;

namespace OutlookValueCheck.Cli.Tests.Corpus;

/// <summary>
/// Every judge on the frozen stranger set (tests/corpus/stranger), scored by <c>valuecheck eval</c>'s runner and
/// scorer: the numbers recorded for the shipped judges (the lexicon's on 2026-12-02, the model's and the combined
/// judge's after the fifth round of training data, 2026-12-02 afternoon) are its floors (expected findings found) and ceilings
/// (mails with a forbidden code, clean mail stopped), so a change that loses ground on strangers' mail fails. Only the per-code
/// table is printed: nobody reads these mails or their labels one by one, and no rule is fitted to them.
/// </summary>
public sealed class StrangerScoreTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("lexicon", "industrial", "brackettfluid.example", 83, 25, 61, 2, 3, 42)]
    [InlineData("lexicon", "insurance", "hartwellashby.example", 90, 23, 62, 1, 1, 47)]
    [InlineData("lexicon", "hospitality", "harbourlightvenues.example", 96, 34, 61, 2, 2, 52)]
    [InlineData("lexicon", "labsupply", "luminalabware.example", 102, 46, 72, 1, 1, 55)]
    [InlineData("model", "industrial", "brackettfluid.example", 83, 47, 61, 1, 1, 42)]
    [InlineData("model", "insurance", "hartwellashby.example", 90, 44, 62, 1, 1, 47)]
    [InlineData("model", "hospitality", "harbourlightvenues.example", 96, 56, 61, 1, 2, 52)]
    [InlineData("model", "labsupply", "luminalabware.example", 102, 60, 72, 0, 0, 55)]
    [InlineData("combined", "industrial", "brackettfluid.example", 83, 47, 61, 2, 2, 42)]
    [InlineData("combined", "insurance", "hartwellashby.example", 90, 47, 62, 2, 2, 47)]
    [InlineData("combined", "hospitality", "harbourlightvenues.example", 96, 56, 61, 2, 3, 52)]
    [InlineData("combined", "labsupply", "luminalabware.example", 102, 61, 72, 0, 0, 55)]
    public void A_judge_keeps_its_score_on_each_stranger_mailbox(
        string judge, string mailbox, string internalDomain, int outbound, int minimumFound, int expected, int maximumForbidden, int maximumCleanStopped, int clean)
    {
        var folder = RepositoryPaths.Corpus("stranger", mailbox);
        var domains = InternalDomains.Parse([internalDomain]);
        var runner = new EvalRunner(
            new ValueChecker(MailJudges.Create(judge)),
            new RecipientFactsBuilder(CrmFolder.Load(Path.Combine(folder, "crm")), domains),
            domains,
            Policy.Default,
            TextWriter.Null,
            new Progress(TextWriter.Null, interactive: false));

        var result = runner.Run(Path.Combine(folder, "mail"), LabelsReader.Read(Path.Combine(folder, "labels.jsonl")), policyPath: null);
        using (var table = new StringWriter())
        {
            EvalReport.Write(table, result);
            output.WriteLine(table.ToString());
        }

        // Every outbound mail is labeled and every label meets its mail: the denominators are the frozen set's own.
        Assert.Equal(outbound, result.Outbound);
        Assert.Equal(outbound, result.Score.Mails);
        Assert.Empty(result.LabelsNotChecked);
        Assert.Empty(result.UnlabeledOutbound);
        Assert.Empty(result.Skipped);
        Assert.Equal(expected, result.Score.ExpectedFound.Of);
        Assert.Equal(outbound, result.Score.Forbidden.Of);
        Assert.Equal(clean, result.Score.CleanStopped.Of);

        Assert.True(result.Score.ExpectedFound.Count >= minimumFound, $"expected findings found: {result.Score.ExpectedFound.Count} of {expected}, floor {minimumFound}");
        Assert.True(result.Score.Forbidden.Count <= maximumForbidden, $"mails with a forbidden code: {result.Score.Forbidden.Count}, ceiling {maximumForbidden}");
        Assert.True(result.Score.CleanStopped.Count <= maximumCleanStopped, $"clean mail stopped: {result.Score.CleanStopped.Count} of {clean}, ceiling {maximumCleanStopped}");
    }
}
