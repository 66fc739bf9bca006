namespace OutlookValueCheck.Core.Stored;

/// <summary>
/// Whether a text can be stored in a field of a given length: not longer, and no NUL (U+0000), which PostgreSQL
/// cannot hold in text at all (SQLite can, so only one store would fail). One rule for every stored text.
/// </summary>
public static class StoredText
{
    /// <summary>Why <paramref name="value"/> cannot be stored in a field of <paramref name="maxLength"/> characters (to follow its field's name), or null when it can.</summary>
    public static string? ProblemWith(string? value, int maxLength) =>
        value is null ? null
        : value.Length > maxLength ? $"is longer than {maxLength} characters"
        : HasNul(value) ? NulProblem
        : null;

    /// <summary>Why a text with a NUL cannot be stored, to follow its field's name.</summary>
    public const string NulProblem = "contains a NUL character (U+0000), which cannot be stored";

    public static bool HasNul(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);
}
