using System.Globalization;
using System.Text;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Policies;

namespace OutlookValueCheck.Cli.Tests.Corpus;

/// <summary>
/// Per-code precision and recall of the check over labeled mail (a mail counts once per code), and how often clean
/// mail (no expected warn or block code under the default policy) would be stopped.
/// </summary>
internal sealed class CorpusScore
{
    private readonly Dictionary<FindingCode, (int TruePositives, int FalsePositives, int FalseNegatives)> _counts = [];
    private readonly List<string> _mismatches = [];

    public CorpusScore(IEnumerable<LabeledMail> mails, Policy policy, ValueChecker checker)
    {
        foreach (var code in FindingCodes.All)
            _counts[code] = (0, 0, 0);
        foreach (var mail in mails)
        {
            Mails++;
            var result = checker.Check(mail.Draft, mail.Facts, policy);
            var predicted = result.Findings.Select(finding => finding.Code).ToHashSet();
            foreach (var code in FindingCodes.All)
            {
                var (tp, fp, fn) = _counts[code];
                var expected = mail.Expected.Contains(code);
                var found = predicted.Contains(code);
                _counts[code] = (tp + (expected && found ? 1 : 0), fp + (!expected && found ? 1 : 0), fn + (expected && !found ? 1 : 0));
            }
            var clean = mail.Expected.All(code => policy.SeverityOf(code) < Severity.Warn);
            if (clean)
            {
                CleanMails++;
                if (result.Verdict != Verdict.Ok)
                    CleanStopped++;
            }
            if (!predicted.SetEquals(mail.Expected))
            {
                _mismatches.Add($"{mail.Set}/{mail.Name}: expected [{string.Join(' ', mail.Expected.Select(c => c.Name()).Order())}] " +
                    $"got [{string.Join(' ', predicted.Select(c => c.Name()).Order())}]");
            }
        }
    }

    public int Mails { get; }
    public int CleanMails { get; }
    public int CleanStopped { get; }
    public double CleanStoppedRate => CleanMails == 0 ? 0 : (double)CleanStopped / CleanMails;
    public IReadOnlyList<string> Mismatches => _mismatches;

    public int Support(FindingCode code) => _counts[code].TruePositives + _counts[code].FalseNegatives;

    /// <summary>1.0 when the check never raised the code (nothing it said was wrong).</summary>
    public double Precision(FindingCode code)
    {
        var (tp, fp, _) = _counts[code];
        return tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
    }

    /// <summary>1.0 when no mail expects the code (nothing was missed).</summary>
    public double Recall(FindingCode code)
    {
        var (tp, _, fn) = _counts[code];
        return tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
    }

    public string Table(string title)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(culture, $"{title}: {Mails} mails, {CleanMails} clean, {CleanStopped} clean stopped ({CleanStoppedRate:P1})");
        text.AppendLine("| code | mails | precision | recall |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var code in FindingCodes.All)
            text.AppendLine(culture, $"| {code.Name()} | {Support(code)} | {Precision(code):0.00} | {Recall(code):0.00} |");
        return text.ToString();
    }
}
