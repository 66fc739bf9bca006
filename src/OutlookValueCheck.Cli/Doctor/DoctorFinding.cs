namespace OutlookValueCheck.Cli.Doctor;

/// <summary>One thing the doctor looked at: fine, worth a look, or broken, in plain words with what to do.</summary>
internal sealed record DoctorFinding(DoctorStatus Status, string What, string? Advice = null);

internal enum DoctorStatus
{
    Ok,
    Warning,
    Problem,
}
