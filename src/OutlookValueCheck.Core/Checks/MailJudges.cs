using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Core.Checks;

/// <summary>The judges a user can choose by name (<c>--judge</c> on the CLI, <c>Judgment:Judge</c> in the service).</summary>
public static class MailJudges
{
    public const string Default = CombinedJudge.JudgeName;

    public static IReadOnlyList<string> Names { get; } = [LexiconJudge.JudgeName, ModelJudge.JudgeName, CombinedJudge.JudgeName];

    /// <summary>
    /// Builds the judge, loading the shipped model if it needs one; an unknown name or an unusable model is a
    /// <see cref="JudgeUnavailableException"/> that says which.
    /// </summary>
    public static IMailJudge Create(string name) => name switch
    {
        LexiconJudge.JudgeName => new LexiconJudge(),
        ModelJudge.JudgeName => new ModelJudge(ShippedSentenceModel.Get()),
        CombinedJudge.JudgeName => new CombinedJudge(new LexiconJudge(), new ModelJudge(ShippedSentenceModel.Get())),
        _ => throw new JudgeUnavailableException($"unknown judge '{name}'; use one of: {string.Join(", ", Names)}."),
    };
}
