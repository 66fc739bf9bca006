namespace OutlookValueCheck.Core.Checks;

/// <summary>
/// Whether the mail's own text was judged: its language (null when there was too little text to tell), whether the
/// judge reads that language, and whether only the first part of a very long text was read. Facts and patterns
/// (do-not-email, fatigue, placeholders) are checked whatever the language.
/// </summary>
public sealed record TextCheck(string? Language, string? LanguageName, bool Judged, bool Cut)
{
    /// <summary>"The text of this mail was not checked (it looks German)." when it was not; null when it was.</summary>
    public string? NotCheckedNote => Judged ? null : $"The text of this mail was not checked (it looks {LanguageName ?? "like a language the check does not read"}).";
}
