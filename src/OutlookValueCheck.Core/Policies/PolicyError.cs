namespace OutlookValueCheck.Core.Policies;

/// <summary>One thing wrong with a policy document: the field (JSON path, e.g. thresholds.fatigueWindowDays) and why.</summary>
public sealed record PolicyError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
