using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Checks;

/// <summary>The answer of POST /api/v1/checks (design.md, "Service API").</summary>
internal sealed record CheckResponse(
    Guid CheckId,
    Verdict Verdict,
    SendMode SendMode,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RecipientFacts> Recipients,
    ValueQuestion? ValueQuestion);
