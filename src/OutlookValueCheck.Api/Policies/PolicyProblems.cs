using Microsoft.AspNetCore.Http.HttpResults;
using OutlookValueCheck.Core.Policies;

namespace OutlookValueCheck.Api.Policies;

/// <summary>
/// A policy's errors as a 400 naming each field. A document of thousands of bad entries gets its first
/// <see cref="MaxListed"/> errors and the count of all, not an answer as large as the document.
/// </summary>
internal static class PolicyProblems
{
    public const int MaxListed = 100;

    public static ValidationProblem Of(IReadOnlyList<PolicyError> errors) =>
        errors.Count <= MaxListed
            ? TypedResults.ValidationProblem(ByField(errors))
            : TypedResults.ValidationProblem(ByField(errors.Take(MaxListed)),
                detail: $"{errors.Count} problems; the first {MaxListed} are listed.",
                extensions: new Dictionary<string, object?> { ["problemCount"] = errors.Count });

    /// <summary>The first <see cref="MaxListed"/> errors, by field: for answers that add errors of their own.</summary>
    public static Dictionary<string, string[]> ByField(IEnumerable<PolicyError> errors) =>
        errors.Take(MaxListed).GroupBy(error => error.Field).ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray());
}
