using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Language;

namespace OutlookValueCheck.Core.Checks;

/// <summary>The judges a user can choose by name (<c>--judge</c> on the CLI, <c>Judgment:Judge</c> in the service).</summary>
public static class MailJudges
{
    public const string Default = LexiconJudge.JudgeName;

    public static IReadOnlyList<string> Names { get; } = [LexiconJudge.JudgeName];

    /// <summary>Builds the judge; an unknown name is an <see cref="ArgumentException"/> that lists the known ones.</summary>
    public static IMailJudge Create(string name) => name switch
    {
        LexiconJudge.JudgeName => new LexiconJudge(),
        _ => throw new ArgumentException($"unknown judge '{name}'; use one of: {string.Join(", ", Names)}.", nameof(name)),
    };
}
