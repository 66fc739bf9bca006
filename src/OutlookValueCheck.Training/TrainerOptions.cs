using System.Globalization;

namespace OutlookValueCheck.Training;

/// <summary>
/// The trainer's settings. They are part of the model's fingerprint: changing one makes the shipped model stale.
/// One thread and a fixed seed make training repeatable to the bit on the same runtime.
/// </summary>
public sealed record TrainerOptions
{
    public int Seed { get; init; } = 20261201;
    public float L2Regularization { get; init; } = 1e-5f;
    public int Iterations { get; init; } = 40;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"sdca-maximum-entropy seed={Seed} l2={L2Regularization:R} iterations={Iterations} threads=1");
}
