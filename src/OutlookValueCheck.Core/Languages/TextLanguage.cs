namespace OutlookValueCheck.Core.Languages;

/// <summary>The language a text is written in: its ISO 639-1 code ("de") and its English name ("German").</summary>
public sealed record TextLanguage(string Code, string Name)
{
    public static TextLanguage English { get; } = new("en", "English");
}
