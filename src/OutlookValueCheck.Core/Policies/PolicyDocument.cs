namespace OutlookValueCheck.Core.Policies;

/// <summary>
/// A policy as a manager writes it (JSON). Every part is optional and falls back to <see cref="Policy.Default"/>.
/// Codes, severities and the fail mode stay strings here so that a wrong value is reported by field,
/// not as a parse failure.
/// </summary>
public sealed record PolicyDocument
{
    public bool? ChecksEnabled { get; init; }
    public Dictionary<string, string>? Severities { get; init; }
    public PolicyThresholds? Thresholds { get; init; }
    public List<string>? ExemptDomains { get; init; }
    public List<string>? ExemptAddresses { get; init; }
    public List<string>? ValueAnswerReasons { get; init; }
    public string? FailMode { get; init; }
}

public sealed record PolicyThresholds
{
    public int? FatigueMessageCount { get; init; }
    public int? FatigueWindowDays { get; init; }
    public int? RenewalWindowDays { get; init; }
    public int? LookupDeadlineMs { get; init; }
}
