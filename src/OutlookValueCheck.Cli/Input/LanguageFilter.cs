using OutlookValueCheck.Core.Languages;

namespace OutlookValueCheck.Cli.Input;

/// <summary>
/// <c>--language de,fr</c>: only outbound mail whose own text is in one of these languages is reported and scored.
/// The rest is still replayed (it still counts towards contact fatigue), only left out of the report. Mail too short
/// to tell its language is left out too.
/// </summary>
internal sealed class LanguageFilter
{
    private readonly HashSet<string> _codes;

    private LanguageFilter(IEnumerable<string> codes) => _codes = new HashSet<string>(codes, StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when no language was given: everything is reported.</summary>
    public static LanguageFilter? Parse(IEnumerable<string>? values)
    {
        var codes = (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (codes.Count == 0)
            return null;
        foreach (var code in codes)
        {
            if (LanguageIdentifier.LanguageOf(code) is null)
                throw new InputException($"--language '{code}' is not a language the check can tell; use one of {string.Join(", ", LanguageIdentifier.Languages.Select(language => language.Code))}.");
        }
        return new LanguageFilter(codes);
    }

    public bool Includes(string? languageCode) => languageCode is not null && _codes.Contains(languageCode);

    /// <summary>"German and French", for the report.</summary>
    public string Names
    {
        get
        {
            var names = LanguageIdentifier.Languages.Where(language => _codes.Contains(language.Code)).Select(language => language.Name).ToList();
            return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
        }
    }
}
