using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Checks;

/// <summary>
/// The answer of POST /api/v1/checks (design.md, "Service API"). <see cref="Text"/> says whether the mail's own text
/// was judged and in what language it is (null when checks are turned off).
/// </summary>
internal sealed record CheckResponse(
    Guid CheckId,
    Verdict Verdict,
    SendMode SendMode,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RecipientFacts> Recipients,
    ValueQuestion? ValueQuestion,
    TextCheck? Text);
