using System.Security.Cryptography;
using System.Text;
using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Training;

/// <summary>
/// What a model is made of, as one SHA-256: every training file's path and bytes, the feature version and the
/// trainer's options. The shipped model records it; a test recomputes it from the repository, so data or feature
/// changes without a retrain fail the build.
/// </summary>
public static class Fingerprints
{
    public static string Of(string folder, TrainerOptions options) =>
        Of(folder, $"{SentenceFeaturesMade} scored with {SentenceModel.Scoring} mail features v{MailFeatures.Version}\0{options}");

    /// <summary>
    /// What a sentence model alone is made of: the same, without the mail-intent model's features and settings, so
    /// trying those keeps the sentence models already trained (<see cref="SentenceModelCache"/>).
    /// </summary>
    public static string OfSentences(string folder, TrainerOptions options) =>
        Of(folder, $"{SentenceFeaturesMade}\0{options.SentenceSettings}");

    private static string SentenceFeaturesMade => $"features v{SentenceFeatures.Version} buckets 2^{SentenceFeatures.BucketBits}";

    private static string Of(string folder, string settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in TrainingData.FilesIn(folder))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
            // Line ends as committed: .gitattributes keeps the training files byte for byte on every checkout.
            hash.AppendData(File.ReadAllBytes(Path.Combine(folder, file)));
            hash.AppendData([0]);
        }
        hash.AppendData(Encoding.UTF8.GetBytes(settings));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
