using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Cli.Eval;

/// <summary>
/// Scores check results against their labels, one mail at a time; <c>valuecheck eval</c> and the corpus tests both
/// score through it. A code counts once per mail. An expected code is found when a finding of it concerns the right
/// recipient: one that the label's <c>who</c> names for that code, or, without <c>who</c>, any external recipient of
/// the mail (To, Cc or Bcc outside the internal domains). A finding that names a colleague or an address the mail does
/// not go to is never found; a finding about the mail as a whole (no recipient, e.g. a placeholder) concerns everyone.
/// A forbidden code counts against the judge whoever its finding names. Codes in neither list count neither way.
/// </summary>
internal sealed class EvalScorer(Policy policy)
{
    /// <summary>What a mail too short to tell its language is filed under, by language.</summary>
    public const string LanguageNotTold = "too short to tell";
    /// <summary>
    /// Codes whose label is built into the fixture rather than read from the mail: lookup-unavailable is raised only
    /// where a fixture says a lookup failed (the built-in CRM never does), so its score measures the fixture, not the
    /// judge. They are reported apart and left out of the totals.
    /// </summary>
    public static IReadOnlySet<FindingCode> FixtureCodes { get; } = new HashSet<FindingCode> { FindingCode.LookupUnavailable };

    private readonly Dictionary<FindingCode, Counts> _codes = FindingCodes.All.ToDictionary(code => code, _ => new Counts());
    private readonly List<string> _labelWarnings = [];
    private readonly SortedDictionary<string, int> _textNotChecked = new(StringComparer.Ordinal);
    // The same scores per language of the mail's own text; null inside one of them.
    private Dictionary<string, EvalScorer>? _byLanguage = [];
    private int _mails;
    private int _withForbidden;
    private int _clean;
    private int _cleanStopped;

    public void Add(MailLabel label, CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(result);
        _mails++;
        if (_byLanguage is not null)
        {
            var language = result.Text?.LanguageName ?? LanguageNotTold;
            if (!_byLanguage.TryGetValue(language, out var scorer))
                _byLanguage[language] = scorer = new EvalScorer(policy) { _byLanguage = null };
            scorer.Add(label, result);
        }
        // A mail nobody read still counts its misses (the seller was told nothing), and is listed so the reader knows why.
        if (result.Text is { Judged: false } text)
            _textNotChecked[text.LanguageName ?? "unknown"] = _textNotChecked.GetValueOrDefault(text.LanguageName ?? "unknown") + 1;
        var external = result.Recipients.Where(recipient => !recipient.IsInternal)
            .Select(recipient => EmailAddresses.Normalise(recipient.Address))
            .ToHashSet(StringComparer.Ordinal);
        var raised = result.Findings.Select(finding => finding.Code).ToHashSet();

        foreach (var (code, counts) in _codes)
        {
            if (label.Expect.Contains(code))
            {
                counts.Expected++;
                if (result.Findings.Any(finding => finding.Code == code && Concerns(finding, label, external)))
                    counts.Found++;
                else if (raised.Contains(code))
                    counts.Misdirected++;
            }
            else if (label.Forbid.Contains(code))
            {
                counts.Forbidden++;
                if (raised.Contains(code))
                    counts.RaisedWhereForbidden++;
            }
        }
        if (label.Forbid.Any(code => raised.Contains(code) && Counted(code)))
            _withForbidden++;
        if (label.Expect.All(code => policy.SeverityOf(code) < Severity.Warn))
        {
            _clean++;
            if (result.Verdict != Verdict.Ok)
                _cleanStopped++;
        }

        foreach (var (code, addresses) in label.Who)
        {
            foreach (var address in addresses.Where(address => !external.Contains(address)).Order(StringComparer.Ordinal))
                _labelWarnings.Add($"{label.Where}: \"who\" for '{code.Name()}' names {address}, not an external recipient of {label.File}");
        }
    }

    public EvalScore Score()
    {
        var codes = FindingCodes.All.Select(code => _codes[code].ToScore(code, policy.SeverityOf(code))).ToList();
        var counted = codes.Where(code => Counted(code.Code)).ToList();
        return new EvalScore(
            _mails,
            new Tally(counted.Sum(code => code.Found), counted.Sum(code => code.Expected)),
            new Tally(_withForbidden, _mails),
            new Tally(_cleanStopped, _clean),
            counted,
            codes.Where(code => !Counted(code.Code)).ToList(),
            _labelWarnings.ToList(),
            new SortedDictionary<string, int>(_textNotChecked, StringComparer.Ordinal),
            new SortedDictionary<string, EvalScore>((_byLanguage ?? []).ToDictionary(pair => pair.Key, pair => pair.Value.Score()), StringComparer.Ordinal));
    }

    // A code the policy turns off cannot be raised: counting its expected mails as misses would score the policy.
    private bool Counted(FindingCode code) => !FixtureCodes.Contains(code) && policy.SeverityOf(code) != Severity.Off;

    private static bool Concerns(Finding finding, MailLabel label, HashSet<string> external)
    {
        if (finding.Recipient is not { } recipient)
            return true;
        var address = EmailAddresses.Normalise(recipient);
        return label.Who.TryGetValue(finding.Code, out var who) ? who.Contains(address) : external.Contains(address);
    }

    private sealed class Counts
    {
        public int Expected { get; set; }
        public int Found { get; set; }
        public int Misdirected { get; set; }
        public int Forbidden { get; set; }
        public int RaisedWhereForbidden { get; set; }

        public CodeScore ToScore(FindingCode code, Severity severity) =>
            new(code, severity, Expected, Found, Misdirected, Forbidden, RaisedWhereForbidden);
    }
}
