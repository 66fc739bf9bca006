using OutlookValueCheck.Core.Detectors;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Languages;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;
using OutlookValueCheck.Core.Text;
using OutlookValueCheck.Core.Wording;

namespace OutlookValueCheck.Core.Checks;

/// <summary>
/// The check: a draft, what is known about its recipients and the policy in force go in; the verdict, the
/// findings with their evidence and the send mode for Outlook come out. Pure and thread-safe; built once at start
/// with the judge that reads the text (<see cref="IMailJudge"/>).
/// </summary>
public sealed class ValueChecker(IMailJudge judge, LanguageIdentifier? languages = null)
{
    private readonly LanguageIdentifier _languages = languages ?? LanguageIdentifier.Shared;

    private static readonly IDetector[] Detectors =
    [
        new DoNotEmailDetector(),
        new PlaceholderDetector(),
        new PitchDetector(),
        new CheckInDetector(),
        new RenewalDetector(),
        new AtRiskAccountDetector(),
        new ContactFatigueDetector(),
        new OwnedByColleagueDetector(),
        new SellerCentricDetector(),
        new LookupUnavailableDetector(),
    ];

    public IMailJudge Judge { get; } = judge ?? throw new ArgumentNullException(nameof(judge));

    /// <param name="displayLanguage">The seller's display language ("de-AT", as Office names it): what the findings
    /// and the value question are said in; English when it is none of the languages the check speaks.</param>
    public CheckResult Check(Draft draft, IEnumerable<RecipientFacts> facts, Policy policy, string? displayLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(policy);

        var recipients = MatchFacts(draft, facts);
        if (!policy.ChecksEnabled)
            return new CheckResult(Verdict.Ok, SendMode.None, [], recipients, null);

        var targets = recipients.Where(recipient => !recipient.IsInternal && !policy.IsExempt(recipient.Address)).ToList();
        var body = MailText.From(draft.Body, draft.BodyFormat);
        // A mail in a language the judge does not read is not judged at all: guessing from English phrases would
        // pass it as "ok" when nobody read it. Its facts are still checked.
        var language = _languages.Identify(body.Authored);
        var judged = language is null || Judge.Reads(language.Code);
        var intents = judged ? Judge.Judge(draft.Subject, body, ReadingContextFor(draft, targets) with { Language = language?.Code }) : MailIntents.Absent;
        var wording = Wordings.For(displayLanguage);
        var text = new TextCheck(language?.Code, language?.Name, judged, intents.JudgedTextCut, judged ? null : wording.TextNotChecked(language?.Code));
        var context = new CheckContext(draft, body, intents, policy, targets, wording);

        var findings = new List<Finding>();
        foreach (var detector in Detectors)
        {
            if (detector.Codes.All(code => policy.SeverityOf(code) == Severity.Off))
                continue;
            findings.AddRange(detector.Detect(context).Where(finding => finding.Severity != Severity.Off));
        }
        findings.Sort(static (a, b) => b.Severity != a.Severity ? b.Severity.CompareTo(a.Severity) : a.Code.CompareTo(b.Code));

        var verdict = findings.Count == 0 ? Verdict.Ok : findings.Max(finding => finding.Severity) switch
        {
            Severity.Block => Verdict.Block,
            Severity.Warn => Verdict.Warn,
            _ => Verdict.Ok,
        };
        var answered = !string.IsNullOrWhiteSpace(draft.ValueAnswer);
        var sendMode = verdict switch
        {
            Verdict.Block => SendMode.SoftBlock,
            Verdict.Warn when !answered => SendMode.PromptUser,
            _ => SendMode.None,
        };
        var question = verdict == Verdict.Warn ? new ValueQuestion(wording.ValueQuestion, policy.ValueAnswerReasonsIn(wording)) : null;
        return new CheckResult(verdict, sendMode, findings, recipients, question, text);
    }

    /// <summary>One facts record per recipient of the draft, in the draft's order; a recipient nobody knows gets an empty one.</summary>
    private static List<RecipientFacts> MatchFacts(Draft draft, IEnumerable<RecipientFacts> facts)
    {
        var byAddress = new Dictionary<string, RecipientFacts>(EmailAddresses.Comparer);
        foreach (var fact in facts ?? [])
            byAddress.TryAdd(fact.Address, fact);
        return draft.AllRecipients()
            .Select(address => byAddress.TryGetValue(address, out var known) ? known : new RecipientFacts { Address = address })
            .ToList();
    }

    private static ReadingContext ReadingContextFor(Draft draft, List<RecipientFacts> targets)
    {
        // Both the writer's and the sender's organisation are "us": a shared mailbox of a sister brand adds its
        // name, and can never take the writer's away.
        List<string> sellers = [];
        AddOrganisationOf(draft.Author);
        AddOrganisationOf(draft.Sender);
        var names = new List<string>();
        foreach (var account in targets.Select(target => target.Account).OfType<CrmAccount>())
        {
            names.Add(account.Name);
            // "Woodgrove" stands for "Woodgrove Bank" in running text.
            var firstWord = account.Name.Split(' ', 2)[0];
            if (firstWord.EndsWith("'s", StringComparison.Ordinal) || firstWord.EndsWith("’s", StringComparison.Ordinal))
                firstWord = firstWord[..^2];
            if (firstWord.Length >= 4 && firstWord != account.Name)
                names.Add(firstWord);
        }
        return new ReadingContext(sellers, names.Distinct(StringComparer.OrdinalIgnoreCase).ToList());

        void AddOrganisationOf(string? address)
        {
            if (address is not null && DomainNames.DomainOf(address)?.Split('.')[0] is { } organisation
                && !sellers.Contains(organisation, StringComparer.OrdinalIgnoreCase))
                sellers.Add(organisation);
        }
    }
}
