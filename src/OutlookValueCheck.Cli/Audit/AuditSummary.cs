using System.Globalization;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Cli.Audit;

/// <summary>Counts an audit keeps and the table a sales manager reads at the end.</summary>
internal sealed class AuditSummary
{
    private readonly Dictionary<FindingCode, (int Count, Severity Severity)> _byCode = [];
    private readonly Dictionary<string, SenderCounts> _bySender = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Name, string Problem)> _skipped = [];
    private readonly HashSet<string> _textNotChecked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Messages, int Warned)> _byLanguage = new(StringComparer.Ordinal);
    private DateTimeOffset? _first;
    private DateTimeOffset? _last;

    public int Outbound { get; private set; }
    public int Inbound { get; private set; }

    /// <summary>Outbound messages in a language <c>--language</c> did not ask for (their names): replayed, not reported.</summary>
    public IReadOnlyList<string> LeftOut => _leftOut;

    private readonly List<string> _leftOut = [];

    /// <summary>What <c>--language</c> asked for ("German and French"); null when every language is reported.</summary>
    public string? OnlyLanguages { get; init; }
    public IReadOnlyList<(string Name, string Problem)> Skipped => _skipped;

    public void AddSkipped(string name, string problem) => _skipped.Add((name, problem));

    public void AddInbound() => Inbound++;

    public void AddLeftOut(string name) => _leftOut.Add(name);

    public void AddOutbound(string sender, DateTimeOffset date, CheckResult result)
    {
        Outbound++;
        _first = _first is null || date < _first ? date : _first;
        _last = _last is null || date > _last ? date : _last;
        if (!_bySender.TryGetValue(sender, out var counts))
            _bySender[sender] = counts = new SenderCounts();
        counts.Add(result);
        var language = result.Text?.LanguageName ?? TooShortToTell;
        var (messages, warned) = _byLanguage.GetValueOrDefault(language);
        _byLanguage[language] = (messages + 1, warned + (result.Verdict == Verdict.Ok ? 0 : 1));
        if (result.Text is { Judged: false })
            _textNotChecked.Add(language);
        foreach (var finding in result.Findings)
        {
            _byCode.TryGetValue(finding.Code, out var entry);
            _byCode[finding.Code] = (entry.Count + 1, finding.Severity);
        }
    }

    public void Render(TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        var period = _first is { } first && _last is { } last
            ? string.Create(culture, $" dated {first:yyyy-MM-dd} to {last:yyyy-MM-dd}")
            : "";
        output.WriteLine(string.Create(culture,
            $"Audited {Outbound} outbound {Plural(Outbound, "message")}{period} ({Inbound} inbound read as replies, {_skipped.Count} skipped)."));
        var totals = _bySender.Values.Aggregate(new SenderCounts(), (sum, next) => sum.Plus(next));
        output.WriteLine(string.Create(culture,
            $"Verdicts: {totals.Ok} ok, {totals.Warn} warn (the seller is asked \"Does this add value for them?\"), {totals.Block} block (must be changed)."));
        if (_byLanguage.Count > 0)
        {
            // "12 German mails, 3 warned": warned counts every mail the seller is stopped at (warn or block).
            var languages = _byLanguage.OrderBy(pair => pair.Key == TooShortToTell).ThenByDescending(pair => pair.Value.Messages)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair =>
            {
                var (messages, warned) = pair.Value;
                var mails = pair.Key == TooShortToTell
                    ? string.Create(culture, $"{messages} {Plural(messages, "mail")} too short to tell the language")
                    : string.Create(culture, $"{messages} {pair.Key} {Plural(messages, "mail")}");
                var notChecked = _textNotChecked.Contains(pair.Key) ? " (text not checked)" : "";
                return string.Create(culture, $"{mails}, {warned} warned{notChecked}");
            });
            output.WriteLine($"Languages: {string.Join("; ", languages)}.");
        }
        if (OnlyLanguages is not null)
            output.WriteLine(string.Create(culture, $"Only mail in {OnlyLanguages} is reported: {LeftOut.Count} outbound {Plural(LeftOut.Count, "message")} in other languages (or too short to tell) left out; they still count towards contact fatigue."));
        output.WriteLine();

        output.WriteLine("Findings by code          findings  severity  what it means");
        if (_byCode.Count == 0)
            output.WriteLine("  (none)");
        foreach (var (code, (count, severity)) in _byCode.OrderByDescending(pair => pair.Value.Count).ThenBy(pair => pair.Key))
            output.WriteLine(string.Create(culture, $"  {code.Name(),-24}{count,6}  {severity.Name(),-8}  {Meaning(code)}"));
        output.WriteLine();

        output.WriteLine("By sender                           messages    ok  warn  block  most frequent finding");
        foreach (var (sender, counts) in _bySender.OrderByDescending(pair => pair.Value.Messages).ThenBy(pair => pair.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(culture,
                $"  {Truncate(sender, 34),-34}{counts.Messages,8}{counts.Ok,6}{counts.Warn,6}{counts.Block,7}  {counts.TopCode?.Name() ?? "-"}"));
        }

        if (_skipped.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(string.Create(culture, $"Skipped {_skipped.Count} {Plural(_skipped.Count, "file")} that could not be audited:"));
            foreach (var (name, problem) in _skipped)
                output.WriteLine($"  {name}: {problem}");
        }
    }

    // A one-line "Thanks!" has too few words to tell its language.
    private const string TooShortToTell = "";

    private static string Meaning(FindingCode code) => code switch
    {
        FindingCode.PitchToCustomer => "cold pitch to a current customer",
        FindingCode.FormerCustomer => "cold pitch that ignores a past relationship",
        FindingCode.NoValueCheckIn => "\"just checking in\" with nothing new",
        FindingCode.SellerCentric => "all about us, nothing about them",
        FindingCode.UnfilledPlaceholder => "template placeholder left in",
        FindingCode.RenewalWithoutValue => "renewal or price mail with no value recap",
        FindingCode.ContactFatigue => "too many unanswered mails in a row",
        FindingCode.AtRiskAccount => "sales push to an account with open problems or near renewal",
        FindingCode.DoNotEmail => "recipient asked not to be emailed",
        FindingCode.OwnedByColleague => "account owned by a colleague",
        FindingCode.LookupUnavailable => "facts could not be looked up",
        _ => "",
    };

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";

    private static string Truncate(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private sealed class SenderCounts
    {
        private readonly Dictionary<FindingCode, int> _codes = [];

        public int Messages { get; private set; }
        public int Ok { get; private set; }
        public int Warn { get; private set; }
        public int Block { get; private set; }

        public FindingCode? TopCode => _codes.Count == 0 ? null : _codes.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key).First().Key;

        public void Add(CheckResult result)
        {
            Messages++;
            switch (result.Verdict)
            {
                case Verdict.Ok: Ok++; break;
                case Verdict.Warn: Warn++; break;
                case Verdict.Block: Block++; break;
            }
            foreach (var code in result.Findings.Select(finding => finding.Code).Distinct())
                _codes[code] = _codes.GetValueOrDefault(code) + 1;
        }

        public SenderCounts Plus(SenderCounts other) => new()
        {
            Messages = Messages + other.Messages,
            Ok = Ok + other.Ok,
            Warn = Warn + other.Warn,
            Block = Block + other.Block,
        };
    }
}
