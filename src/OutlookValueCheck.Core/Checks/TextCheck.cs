namespace OutlookValueCheck.Core.Checks;

/// <summary>
/// Whether the mail's own text was judged: its language (null when there was too little text to tell), whether the
/// judge reads that language, and whether only the first part of a very long text was read. Facts and patterns
/// (do-not-email, fatigue, placeholders) are checked whatever the language. <see cref="NotCheckedNote"/> says so
/// in the seller's language ("The text of this mail was not checked (it looks Italian)."); null when it was checked.
/// </summary>
public sealed record TextCheck(string? Language, string? LanguageName, bool Judged, bool Cut, string? NotCheckedNote);
