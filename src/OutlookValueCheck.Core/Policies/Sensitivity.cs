namespace OutlookValueCheck.Core.Policies;

/// <summary>
/// How sure the judge must be before a text code is raised: a manager who finds a warning too eager sets it to
/// <see cref="Low"/>, one who wants more caught sets <see cref="High"/>. Only judges that weigh (the trained model,
/// the combined judge) answer with confidences in between; the lexicon is sure or silent, so it is the same at
/// every sensitivity.
/// </summary>
public enum Sensitivity
{
    Low,
    Normal,
    High,
}

public static class Sensitivities
{
    /// <summary>The codes a judge decides from the text; the others come from facts and patterns.</summary>
    public static IReadOnlySet<Findings.FindingCode> TextCodes { get; } = new HashSet<Findings.FindingCode>
    {
        Findings.FindingCode.PitchToCustomer,
        Findings.FindingCode.FormerCustomer,
        Findings.FindingCode.NoValueCheckIn,
        Findings.FindingCode.SellerCentric,
        Findings.FindingCode.RenewalWithoutValue,
        Findings.FindingCode.AtRiskAccount,
        Findings.FindingCode.OwnedByColleague,
    };

    /// <summary>The confidence an intent needs (0 to 1). Normal is an even chance.</summary>
    public static float Threshold(this Sensitivity sensitivity) => sensitivity switch
    {
        Sensitivity.Low => 0.75f,
        Sensitivity.High => 0.3f,
        _ => 0.5f,
    };

    public static string Name(this Sensitivity sensitivity) => sensitivity switch
    {
        Sensitivity.Low => "low",
        Sensitivity.High => "high",
        _ => "normal",
    };

    public static bool TryParse(string? name, out Sensitivity sensitivity)
    {
        (var known, sensitivity) = name switch
        {
            "low" => (true, Sensitivity.Low),
            "normal" => (true, Sensitivity.Normal),
            "high" => (true, Sensitivity.High),
            _ => (false, Sensitivity.Normal),
        };
        return known;
    }
}
