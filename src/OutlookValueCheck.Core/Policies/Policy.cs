using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Policies;

/// <summary>
/// The rules a check runs under. <see cref="Default"/> holds the documented defaults (design.md);
/// a manager's policy document overrides any part of them.
/// </summary>
public sealed record Policy
{
    public static readonly IReadOnlyDictionary<FindingCode, Severity> DefaultSeverities = new Dictionary<FindingCode, Severity>
    {
        [FindingCode.PitchToCustomer] = Severity.Warn,
        [FindingCode.FormerCustomer] = Severity.Warn,
        [FindingCode.NoValueCheckIn] = Severity.Warn,
        [FindingCode.SellerCentric] = Severity.Info,
        [FindingCode.UnfilledPlaceholder] = Severity.Block,
        [FindingCode.RenewalWithoutValue] = Severity.Warn,
        [FindingCode.ContactFatigue] = Severity.Warn,
        [FindingCode.AtRiskAccount] = Severity.Warn,
        [FindingCode.DoNotEmail] = Severity.Block,
        [FindingCode.OwnedByColleague] = Severity.Info,
        [FindingCode.LookupUnavailable] = Severity.Info,
    };

    /// <summary>The built-in reasons, in English; a check says them in the seller's language (<see cref="Wording.FindingWording"/>).</summary>
    public static readonly IReadOnlyList<string> DefaultValueAnswerReasons = Wording.Wordings.English.DefaultValueReasons;

    // Before Default: static fields are set in the order they are written, and Default's reasons use it.
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string?>> NoTranslations = new Dictionary<string, IReadOnlyList<string?>>();

    public static Policy Default { get; } = new();

    public IReadOnlyDictionary<FindingCode, Severity> Severities { get; init; } = DefaultSeverities;

    /// <summary>Unanswered messages already sent in the window at which the next one is fatiguing (default 3).</summary>
    public int FatigueMessageCount { get; init; } = 3;
    public int FatigueWindowDays { get; init; } = 14;

    /// <summary>A renewal closer than this makes an upsell or pitch an at-risk push.</summary>
    public int RenewalWindowDays { get; init; } = 60;

    /// <summary>How long the service waits for recipient facts before checking with what it has.</summary>
    public int LookupDeadlineMilliseconds { get; init; } = 1500;

    private readonly IReadOnlyList<string> _exemptDomains = [];
    private readonly IReadOnlyList<string> _exemptAddresses = [];

    // Normal spellings, set with the lists (so a copy made with 'with' stays in step): a check asks about every recipient, and walking
    // a long list for each made a 500-recipient check twenty times slower.
    private readonly HashSet<string> _exemptDomainSet = new(StringComparer.Ordinal);
    private readonly HashSet<string> _exemptAddressSet = new(StringComparer.Ordinal);

    /// <summary>Domains (and their sub-domains) that are never the target of a finding, e.g. a sister company.</summary>
    public IReadOnlyList<string> ExemptDomains
    {
        get => _exemptDomains;
        init => (_exemptDomains, _exemptDomainSet) = (value, new HashSet<string>(value.OfType<string>().Select(EmailAddresses.NormaliseDomain), StringComparer.Ordinal));
    }

    public IReadOnlyList<string> ExemptAddresses
    {
        get => _exemptAddresses;
        init => (_exemptAddresses, _exemptAddressSet) = (value, new HashSet<string>(value.OfType<string>().Select(EmailAddresses.Normalise), StringComparer.Ordinal));
    }
    public IReadOnlyList<string> ValueAnswerReasons { get; init; } = DefaultValueAnswerReasons;

    /// <summary>The manager's reasons in other languages (by ISO code), positional; a missing one is the reason as written.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string?>> ValueAnswerReasonTranslations { get; init; } = NoTranslations;

    /// <summary>
    /// The reasons a seller reading <paramref name="wording"/>'s language picks from: the manager's translation where
    /// there is one, the add-in's own translation of a built-in reason, else the reason as the manager wrote it.
    /// </summary>
    public IReadOnlyList<string> ValueAnswerReasonsIn(Wording.FindingWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var builtIn = ValueAnswerReasons.SequenceEqual(DefaultValueAnswerReasons, StringComparer.Ordinal);
        ValueAnswerReasonTranslations.TryGetValue(wording.Language, out var translated);
        return [.. ValueAnswerReasons.Select((reason, i) =>
            translated is not null && i < translated.Count && translated[i] is { Length: > 0 } own ? own
            : builtIn ? wording.DefaultValueReasons[i]
            : reason)];
    }
    public FailMode FailMode { get; init; } = FailMode.Open;

    /// <summary>A manager's switch that turns every check off at once (the handler then allows every send).</summary>
    public bool ChecksEnabled { get; init; } = true;

    /// <summary>Per text code, how sure the judge must be (<see cref="Sensitivity"/>); a code left out is normal.</summary>
    public IReadOnlyDictionary<FindingCode, Sensitivity> Sensitivities { get; init; } = new Dictionary<FindingCode, Sensitivity>();

    public Sensitivity SensitivityOf(FindingCode code) =>
        Sensitivities.TryGetValue(code, out var sensitivity) ? sensitivity : Sensitivity.Normal;

    public Severity SeverityOf(FindingCode code) =>
        Severities.TryGetValue(code, out var severity) ? severity : DefaultSeverities[code];

    /// <summary>
    /// An exempt address, or an address in an exempt domain or one of its sub-domains, compared in normal spellings
    /// (<see cref="EmailAddresses"/>): a few lookups, whatever the lists' length. Exactly: a sub-address of an exempt
    /// address is not exempt, as exempting is the unsafe side.
    /// </summary>
    public bool IsExempt(string address)
    {
        var normal = EmailAddresses.Normalise(address);
        if (_exemptAddressSet.Contains(normal))
            return true;
        if (_exemptDomainSet.Count == 0 || DomainNames.DomainOf(normal) is not { } domain)
            return false;
        foreach (var candidate in DomainNames.SelfAndParents(domain))
        {
            if (_exemptDomainSet.Contains(candidate))
                return true;
        }
        return false;
    }
}
