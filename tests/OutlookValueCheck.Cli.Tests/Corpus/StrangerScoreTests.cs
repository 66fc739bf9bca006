using OutlookValueCheck.Cli.Eval;
using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Cli.Output;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Policies;
using Xunit.Abstractions;

namespace OutlookValueCheck.Cli.Tests.Corpus;

/// <summary>
/// The lexicon on the frozen stranger set (tests/corpus/stranger), scored by <c>valuecheck eval</c>'s runner and
/// scorer: today's numbers are its floors (expected findings found) and ceilings (mails with a forbidden code, clean
/// mail stopped). Only the per-code table is printed: nobody reads these mails or their labels one by one.
/// </summary>
public sealed class StrangerScoreTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("industrial", "brackettfluid.example", 83, 25, 61, 2, 3, 42)]
    [InlineData("insurance", "hartwellashby.example", 90, 23, 62, 1, 1, 47)]
    [InlineData("hospitality", "harbourlightvenues.example", 96, 34, 61, 2, 2, 52)]
    [InlineData("labsupply", "luminalabware.example", 102, 46, 72, 1, 1, 55)]
    public void The_lexicon_keeps_its_score_on_each_stranger_mailbox(
        string mailbox, string internalDomain, int outbound, int minimumFound, int expected, int maximumForbidden, int maximumCleanStopped, int clean)
    {
        var folder = RepositoryPaths.Corpus("stranger", mailbox);
        var domains = InternalDomains.Parse([internalDomain]);
        var runner = new EvalRunner(
            new ValueChecker(new LexiconJudge()),
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
