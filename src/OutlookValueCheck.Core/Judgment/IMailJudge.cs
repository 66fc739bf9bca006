using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Core.Judgment;

/// <summary>
/// Decides what a mail does (pitches, checks in, pushes a renewal…) from its subject and authored text. Judges differ
/// only in how they find it; detectors read the <see cref="MailIntents"/> and never a judge's workings. A judge is
/// built once at start and shared: <see cref="Judge"/> must be thread-safe.
/// </summary>
public interface IMailJudge
{
    /// <summary>The name users pick it by (<c>--judge</c>, <c>Judgment:Judge</c>).</summary>
    string Name { get; }

    /// <summary>Whether it reads text in this language (ISO 639-1); a mail in another is not judged, and says so.</summary>
    bool Reads(string language);

    MailIntents Judge(string subject, MailText body, ReadingContext context);
}
