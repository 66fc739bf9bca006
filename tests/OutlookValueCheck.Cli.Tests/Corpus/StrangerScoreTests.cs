using OutlookValueCheck.Cli.Eval;
using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Cli.Output;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Policies;
using Xunit.Abstractions;

namespace OutlookValueCheck.Cli.Tests.Corpus;

/// <summary>
/// Every judge on the frozen stranger sets (tests/corpus/stranger, stranger2, stranger-de, stranger-fr, stranger-es and the second
/// German, French and Spanish sets stranger-de2, stranger-fr2, stranger-es2), scored by <c>valuecheck eval</c>'s
/// runner and scorer: the numbers recorded for the shipped judges are its floors (expected findings found) and ceilings
/// (mails with a forbidden code, clean mail stopped), so a change that loses ground on strangers' mail fails. The lexicon's
/// rows were recorded on 2026-12-02, and every row again after each change to the judge chosen on held-out training
/// authors, last on 2026-12-07 after round 9's training mail and folded accents (decisions 101 and 102): over every
/// mailbox the combined judge finds 1,043 of 1,163 expected findings (1,034 before), with 27 mails with a forbidden
/// code (23) and 11 clean mails stopped (12) (README). Only the per-code table is printed: nobody reads these mails or their labels one by one, and no rule
/// is fitted to them.
/// </summary>
public sealed class StrangerScoreTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("lexicon", "stranger", "industrial", "brackettfluid.example", 83, 25, 61, 2, 3, 42)]
    [InlineData("lexicon", "stranger", "insurance", "hartwellashby.example", 90, 24, 62, 1, 1, 47)]
    [InlineData("lexicon", "stranger", "hospitality", "harbourlightvenues.example", 96, 34, 61, 2, 2, 52)]
    [InlineData("lexicon", "stranger", "labsupply", "luminalabware.example", 102, 46, 72, 1, 1, 55)]
    [InlineData("model", "stranger", "industrial", "brackettfluid.example", 83, 55, 61, 1, 1, 42)]
    [InlineData("model", "stranger", "insurance", "hartwellashby.example", 90, 56, 62, 1, 0, 47)]
    [InlineData("model", "stranger", "hospitality", "harbourlightvenues.example", 96, 60, 61, 4, 1, 52)]
    [InlineData("model", "stranger", "labsupply", "luminalabware.example", 102, 67, 72, 1, 1, 55)]
    [InlineData("combined", "stranger", "industrial", "brackettfluid.example", 83, 55, 61, 1, 1, 42)]
    [InlineData("combined", "stranger", "insurance", "hartwellashby.example", 90, 56, 62, 1, 0, 47)]
    [InlineData("combined", "stranger", "hospitality", "harbourlightvenues.example", 96, 60, 61, 4, 1, 52)]
    [InlineData("combined", "stranger", "labsupply", "luminalabware.example", 102, 67, 72, 1, 1, 55)]
    [InlineData("lexicon", "stranger2", "vetsupply", "prairievetsupply.example", 80, 26, 63, 1, 1, 41)]
    [InlineData("lexicon", "stranger2", "publishing", "kestrelacademic.example", 77, 40, 66, 5, 6, 39)]
    [InlineData("lexicon", "stranger2", "dental", "karoodental.example", 79, 31, 62, 5, 5, 40)]
    [InlineData("lexicon", "stranger2", "marine", "tidewatermarine.example", 83, 30, 61, 1, 1, 44)]
    [InlineData("model", "stranger2", "vetsupply", "prairievetsupply.example", 80, 56, 63, 2, 1, 41)]
    [InlineData("model", "stranger2", "publishing", "kestrelacademic.example", 77, 63, 66, 0, 1, 39)]
    [InlineData("model", "stranger2", "dental", "karoodental.example", 79, 59, 62, 0, 0, 40)]
    [InlineData("model", "stranger2", "marine", "tidewatermarine.example", 83, 60, 61, 0, 0, 44)]
    [InlineData("combined", "stranger2", "vetsupply", "prairievetsupply.example", 80, 56, 63, 2, 1, 41)]
    [InlineData("combined", "stranger2", "publishing", "kestrelacademic.example", 77, 63, 66, 0, 1, 39)]
    [InlineData("combined", "stranger2", "dental", "karoodental.example", 79, 59, 62, 0, 0, 40)]
    [InlineData("combined", "stranger2", "marine", "tidewatermarine.example", 83, 60, 61, 0, 0, 44)]
    [InlineData("lexicon", "stranger-de", "drives", "kessler-antriebe.example", 118, 26, 107, 0, 1, 63)]
    [InlineData("lexicon", "stranger-fr", "glass", "verrier-emballages.example", 118, 24, 96, 0, 0, 59)]
    [InlineData("lexicon", "stranger-es", "greenhouse", "hortalia.example", 111, 23, 94, 0, 0, 59)]
    [InlineData("model", "stranger-de", "drives", "kessler-antriebe.example", 118, 101, 107, 6, 1, 63)]
    [InlineData("model", "stranger-fr", "glass", "verrier-emballages.example", 118, 83, 96, 3, 0, 59)]
    [InlineData("model", "stranger-es", "greenhouse", "hortalia.example", 111, 75, 94, 4, 0, 59)]
    [InlineData("combined", "stranger-de", "drives", "kessler-antriebe.example", 118, 101, 107, 6, 1, 63)]
    [InlineData("combined", "stranger-fr", "glass", "verrier-emballages.example", 118, 83, 96, 3, 0, 59)]
    [InlineData("combined", "stranger-es", "greenhouse", "hortalia.example", 111, 75, 94, 4, 0, 59)]
    [InlineData("lexicon", "stranger-de2", "software", "lorenz-quast.example", 122, 25, 89, 0, 0, 63)]
    [InlineData("lexicon", "stranger-de2", "software-2", "lorenz-quast.example", 109, 23, 79, 1, 1, 55)]
    [InlineData("lexicon", "stranger-fr2", "kitchen", "ferrand-cuisine.example", 102, 23, 99, 0, 0, 49)]
    [InlineData("lexicon", "stranger-es2", "accounting", "contabilia.example", 110, 24, 91, 0, 0, 58)]
    [InlineData("model", "stranger-de2", "software", "lorenz-quast.example", 122, 81, 89, 4, 0, 63)]
    [InlineData("model", "stranger-de2", "software-2", "lorenz-quast.example", 109, 75, 79, 6, 2, 55)]
    [InlineData("model", "stranger-fr2", "kitchen", "ferrand-cuisine.example", 102, 90, 99, 3, 2, 49)]
    [InlineData("model", "stranger-es2", "accounting", "contabilia.example", 110, 85, 91, 0, 1, 58)]
    [InlineData("combined", "stranger-de2", "software", "lorenz-quast.example", 122, 81, 89, 4, 0, 63)]
    [InlineData("combined", "stranger-de2", "software-2", "lorenz-quast.example", 109, 75, 79, 6, 2, 55)]
    [InlineData("combined", "stranger-fr2", "kitchen", "ferrand-cuisine.example", 102, 90, 99, 3, 2, 49)]
    [InlineData("combined", "stranger-es2", "accounting", "contabilia.example", 110, 85, 91, 0, 1, 58)]
    public void A_judge_keeps_its_score_on_each_stranger_mailbox(
        string judge, string set, string mailbox, string internalDomain, int outbound, int minimumFound, int expected, int maximumForbidden, int maximumCleanStopped, int clean)
    {
        var folder = RepositoryPaths.Corpus(set, mailbox);
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
