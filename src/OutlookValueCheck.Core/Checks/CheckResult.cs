using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Checks;

public sealed record CheckResult(
    Verdict Verdict,
    SendMode SendMode,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RecipientFacts> Recipients,
    ValueQuestion? ValueQuestion,
    TextCheck? Text = null);

/// <summary>"Does this add value for them?" in the seller's language, with the reasons the manager lets sellers pick from.</summary>
public sealed record ValueQuestion(string Question, IReadOnlyList<string> Reasons);
