using System.Security.Cryptography;

namespace OutlookValueCheck.Training.Tests;

/// <summary>
/// The blind second readers' mail intents (decision 105) are a measure that choices are made on, so they are frozen
/// like the stranger sets: written on 2026-12-08 before any model was scored against them, never edited. A new
/// reading goes into a file of its own.
/// </summary>
public sealed class BlindIntentLabelsTests
{
    private static readonly Dictionary<string, string> Pinned = new()
    {
        ["de-blind-intent-labels.jsonl"] = "9463b175288ccdf7959339ae0353a61ba218ca3a20287134a0e15f2e08f9a006",
        ["en-blind-intent-labels.jsonl"] = "d8a3095015b2bd1f96dc50c031055ecc017faeffb7efaa61fb4c25e090c2cd66",
        ["es-blind-intent-labels.jsonl"] = "b56739640f25f4255804e6b44db5b3b10eabdb18eaad919781cc0152a774b4fa",
        ["fr-blind-intent-labels.jsonl"] = "bdb137949435a1e6bca0855d5403a811fb820eb5601eb18e1d63046e70bc6586",
        // The second reading, by four other people, of 400 other mails: the check of decision 105, made after it.
        ["de-blind-intent-labels-2.jsonl"] = "f0e492ada2b991d0fa3ba5ab73b191f4bacab9ad952986b60d856dc478892d7b",
        ["en-blind-intent-labels-2.jsonl"] = "f0951c1abbb1e5de2795269ce30e08025975879b5a871c34ed53ab1c0bb355cc",
        ["es-blind-intent-labels-2.jsonl"] = "084297d75ef0d8e50feca038143b2ab0eb53e07f25e2a0117bf3a2b997405354",
        ["fr-blind-intent-labels-2.jsonl"] = "fe70344e093ff896241f34e3abcf88c34760a08cceff6f18976335a2a48369a2",
    };

    private static string Folder => Path.Combine(RepositoryRoot.Find(), "tests", "corpus", "training");

    [Fact]
    public void Every_reading_is_as_it_was_committed()
    {
        var files = Directory.EnumerateFiles(Folder, TrainingData.SecondIntentReadingsPattern).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(Pinned.Keys.Order(StringComparer.Ordinal), files);
        foreach (var (file, hash) in Pinned)
            Assert.True(hash == Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Folder, file)))), $"{file} was edited; blind readings are frozen.");
    }

    [Fact]
    public void Every_reading_is_of_a_training_mail_and_two_hundred_a_language()
    {
        var readings = TrainingData.SecondIntentReadings(Folder, TrainingData.Mails(Folder));

        Assert.Equal(800, readings.Count);
        Assert.All(["de-", "fr-", "es-"], prefix => Assert.Equal(200, readings.Keys.Count(id => id.StartsWith(prefix, StringComparison.Ordinal))));
    }
}
