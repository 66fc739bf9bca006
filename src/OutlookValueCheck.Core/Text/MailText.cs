using OutlookValueCheck.Core.Drafts;

namespace OutlookValueCheck.Core.Text;

/// <summary>
/// A body as the check reads it. <see cref="Plain"/> is the body as plain text with '\n' line ends: evidence
/// positions refer to it. <see cref="Authored"/> has the same length, with quoted history, signatures and
/// disclaimers blanked out, so only what the seller wrote now is analysed and every offset still lines up.
/// </summary>
public sealed class MailText
{
    private MailText(string plain, string authored)
    {
        Plain = plain;
        Authored = authored;
    }

    public string Plain { get; }
    public string Authored { get; }

    public static MailText From(string body, BodyFormat format)
    {
        var plain = format == BodyFormat.Html ? HtmlToPlainText.Convert(body) : body;
        plain = plain.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return new MailText(plain, AuthoredTextMask.Apply(plain));
    }
}
