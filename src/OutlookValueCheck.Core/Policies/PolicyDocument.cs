namespace OutlookValueCheck.Core.Policies;

/// <summary>
/// The settings a policy can set; each one left out is inherited (by the tenant policy from the documented defaults,
/// by a team from the tenant policy). Codes, severities and the fail mode stay strings here so that a wrong value is
/// reported by field, not as a parse failure.
/// </summary>
public record PolicyOverrides
{
    public bool? ChecksEnabled { get; init; }
    public Dictionary<string, string>? Severities { get; init; }

    /// <summary>Per text code, how sure the judge must be: low, normal (default) or high (<see cref="Sensitivity"/>).</summary>
    public Dictionary<string, string>? Sensitivity { get; init; }
    public PolicyThresholds? Thresholds { get; init; }
    public List<string>? ExemptDomains { get; init; }
    public List<string>? ExemptAddresses { get; init; }
    public List<string>? ValueAnswerReasons { get; init; }

    /// <summary>
    /// The reasons in other languages the sellers read (de, fr, es, en): per language, one entry per reason in the
    /// same order; an entry left out or null falls back to the reason as written. Without it the built-in reasons
    /// come in the add-in's own translations.
    /// </summary>
    public Dictionary<string, List<string?>>? ValueAnswerReasonTranslations { get; init; }
    public string? FailMode { get; init; }
}

/// <summary>
/// A tenant's policy as a manager writes it (JSON), with optional team overrides keyed by Entra ID group object ID.
/// A seller in several listed groups gets the first listed team's overrides.
/// </summary>
public sealed record PolicyDocument : PolicyOverrides
{
    public Dictionary<string, TeamPolicy>? Teams { get; init; }
}

/// <summary>What one team (an Entra ID group) does differently from the tenant policy.</summary>
public sealed record TeamPolicy : PolicyOverrides
{
    /// <summary>A readable name for the console ("EMEA renewals"); the group's object ID is the key.</summary>
    public string? Name { get; init; }
}

public sealed record PolicyThresholds
{
    public int? FatigueMessageCount { get; init; }
    public int? FatigueWindowDays { get; init; }
    public int? RenewalWindowDays { get; init; }
    public int? LookupDeadlineMs { get; init; }
}
