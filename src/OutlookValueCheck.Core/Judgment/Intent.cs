namespace OutlookValueCheck.Core.Judgment;

/// <summary>
/// One thing a mail may do, how sure the judge is that it does it (0 to 1) and the passages that say so. A judge
/// that reads by exact wording (the lexicon) is either sure or silent; a trained one is anywhere in between, and the
/// policy's sensitivity decides how sure is sure enough (<c>sensitivity</c>, read by the detectors).
/// </summary>
public sealed record Intent(float Confidence, IReadOnlyList<Passage> Evidence)
{
    public static Intent Absent { get; } = new(0f, []);

    public static Intent Certain(IReadOnlyList<Passage> evidence) => new(1f, evidence);

    /// <summary>Below this a finding says the mail "reads like" one: the judge leans that way but is not sure.</summary>
    public const float SureConfidence = 0.8f;

    public bool IsSure => Confidence >= SureConfidence;
}
