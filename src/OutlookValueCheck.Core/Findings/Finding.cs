namespace OutlookValueCheck.Core.Findings;

/// <summary>
/// One thing in a draft that may land badly. <see cref="Recipient"/> is the external address it concerns,
/// or null when it concerns the mail as a whole (an unfilled placeholder).
/// </summary>
public sealed record Finding(
    FindingCode Code,
    Severity Severity,
    string? Recipient,
    string Message,
    IReadOnlyList<Evidence> Evidence);
