using FluentValidation;
using OutlookValueCheck.Api.Storage;
using OutlookValueCheck.Core.Stored;

namespace OutlookValueCheck.Api.Decisions;

/// <summary>The body of POST /api/v1/decisions: what the seller did after a check.</summary>
internal sealed record DecisionRequest(Guid? CheckId, string? Outcome, string? ValueAnswer);

internal sealed class DecisionRequestValidator : AbstractValidator<DecisionRequest>
{
    public static readonly IReadOnlyList<string> Outcomes = ["sentAnyway", "edited", "cancelled", "answered"];

    public DecisionRequestValidator()
    {
        RuleFor(request => request.CheckId).NotEmpty().OverridePropertyName("checkId").WithMessage("checkId is the checkId a check returned.");
        RuleFor(request => request.Outcome).Must(outcome => Outcomes.Contains(outcome!)).OverridePropertyName("outcome")
            .WithMessage($"outcome must be one of {string.Join(", ", Outcomes)}.");
        RuleFor(request => request.ValueAnswer).NotEmpty().When(request => request.Outcome == "answered").OverridePropertyName("valueAnswer")
            .WithMessage("An answered check needs the seller's valueAnswer.");
        RuleFor(request => request.ValueAnswer).StoredText("valueAnswer", StoredLengths.ValueAnswer);
    }
}
