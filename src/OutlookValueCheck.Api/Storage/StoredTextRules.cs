using FluentValidation;

namespace OutlookValueCheck.Api.Storage;

/// <summary>The stored-text rule (Core's StoredText) for request validators: a value its column can hold, or a 400 naming the field.</summary>
internal static class StoredTextRules
{
    public static IRuleBuilderOptions<T, string?> StoredText<T>(this IRuleBuilder<T, string?> rule, string field, int maxLength) =>
        rule.Must(value => Core.Stored.StoredText.ProblemWith(value, maxLength) is null)
            .OverridePropertyName(field)
            .WithMessage((_, value) => $"{field} {Core.Stored.StoredText.ProblemWith(value, maxLength)}.");
}
