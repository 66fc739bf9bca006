namespace OutlookValueCheck.Core.Wording;

/// <summary>The languages the check speaks: English, German, French and Spanish.</summary>
public static class Wordings
{
    public static FindingWording English { get; } = new EnglishWording();

    public static IReadOnlyList<FindingWording> All { get; } = [English, new GermanWording(), new FrenchWording(), new SpanishWording()];

    /// <summary>
    /// The wording for a display language as Office names it ("de-AT", "fr-CA", "es-419", "en-GB"): its first
    /// subtag decides; any other language, or none, is English.
    /// </summary>
    public static FindingWording For(string? displayLanguage)
    {
        if (string.IsNullOrWhiteSpace(displayLanguage))
            return English;
        var primary = displayLanguage.Split('-', '_')[0];
        return All.FirstOrDefault(wording => string.Equals(wording.Language, primary, StringComparison.OrdinalIgnoreCase)) ?? English;
    }
}
