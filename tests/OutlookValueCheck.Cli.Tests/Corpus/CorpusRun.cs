using OutlookValueCheck.Cli.Eval;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Policies;

namespace OutlookValueCheck.Cli.Tests.Corpus;

/// <summary>
/// Checks labeled corpus mail with one checker and scores it through <see cref="EvalScorer"/>, the scorer of
/// <c>valuecheck eval</c>, so that every labeled set is scored by one code path (the right recipient, lookup-unavailable
/// apart). Each corpus mail carries its own facts, so it is checked on its own rather than replayed as a mailbox.
/// </summary>
internal sealed class CorpusRun
{
    private readonly List<string> _mismatches = [];

    public CorpusRun(string set, IEnumerable<LabeledMail> mails, ValueChecker checker, Policy policy)
    {
        var scorer = new EvalScorer(policy);
        var count = 0;
        foreach (var mail in mails)
        {
            count++;
            var result = checker.Check(mail.Draft, mail.Facts, policy);
            scorer.Add(mail.Label, result);
            var raised = result.Findings.Select(finding => finding.Code).ToHashSet();
            if (!raised.SetEquals(mail.Expected))
                _mismatches.Add($"{mail.Label.File}: expected [{Names(mail.Expected)}] got [{Names(raised)}]");
        }
        Score = scorer.Score();
        Result = new EvalResult(checker.Judge.Name, RepositoryPaths.Corpus(set), "X-Corpus-Expect headers", null, count, 0, Score, [], [], []);
    }

    public EvalScore Score { get; }

    /// <summary>The score as <c>valuecheck eval</c> reports it, for printing with <see cref="EvalReport"/>.</summary>
    public EvalResult Result { get; }

    /// <summary>Mails whose codes differ from their labels (whatever the recipient). Print them for tuning only.</summary>
    public IReadOnlyList<string> Mismatches => _mismatches;

    public string Table()
    {
        using var text = new StringWriter();
        EvalReport.Write(text, Result);
        return text.ToString();
    }

    private static string Names(IEnumerable<FindingCode> codes) => string.Join(' ', codes.Select(code => code.Name()).Order(StringComparer.Ordinal));
}
