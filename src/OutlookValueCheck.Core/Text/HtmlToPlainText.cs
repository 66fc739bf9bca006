using System.Text;
using MimeKit.Text;

namespace OutlookValueCheck.Core.Text;

/// <summary>
/// Renders an HTML body as the plain text a reader sees, on MimeKit's HTML tokenizer (which copes with broken
/// markup and decodes entities). Block elements start lines, list items get "- ", script and style are dropped,
/// and text inside &lt;blockquote&gt; is prefixed with "&gt; " so quoted history is recognised like in plain mail.
/// </summary>
internal static class HtmlToPlainText
{
    public static string Convert(string html)
    {
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader) { DecodeCharacterReferences = true, IgnoreTruncatedTags = true };
        var output = new StringBuilder(html.Length / 2);
        var hidden = 0;
        var quoteDepth = 0;
        var preformatted = 0;
        var atLineStart = true;
        var pendingSpace = false;

        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlDataToken data when hidden == 0:
                    AppendText(data.Data);
                    break;
                case HtmlTagToken tag:
                    HandleTag(tag);
                    break;
            }
        }
        return output.ToString().TrimEnd() + "\n";

        void HandleTag(HtmlTagToken tag)
        {
            switch (tag.Id)
            {
                case HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Head or HtmlTagId.Title:
                    if (!tag.IsEmptyElement)
                        hidden = Math.Max(0, hidden + (tag.IsEndTag ? -1 : 1));
                    break;
                case HtmlTagId.Br:
                    NewLine();
                    break;
                case HtmlTagId.BlockQuote:
                    NewLine();
                    quoteDepth = Math.Max(0, quoteDepth + (tag.IsEndTag ? -1 : 1));
                    break;
                case HtmlTagId.Pre:
                    NewLine();
                    preformatted = Math.Max(0, preformatted + (tag.IsEndTag ? -1 : 1));
                    break;
                case HtmlTagId.LI when !tag.IsEndTag:
                    NewLine();
                    AppendText("- ");
                    break;
                case HtmlTagId.P or HtmlTagId.UL or HtmlTagId.OL or HtmlTagId.Table or HtmlTagId.H1 or HtmlTagId.H2
                    or HtmlTagId.H3 or HtmlTagId.H4 or HtmlTagId.H5 or HtmlTagId.H6 or HtmlTagId.HR:
                    BlankLine();
                    break;
                case HtmlTagId.Div or HtmlTagId.TR or HtmlTagId.LI or HtmlTagId.DT or HtmlTagId.DD or HtmlTagId.Address:
                    NewLine();
                    break;
                case HtmlTagId.TD or HtmlTagId.TH when !tag.IsEndTag:
                    pendingSpace = !atLineStart;
                    break;
            }
        }

        void AppendText(string text)
        {
            foreach (var c in text)
            {
                if (preformatted > 0 && c == '\n')
                {
                    NewLine();
                    continue;
                }
                if (preformatted == 0 && char.IsWhiteSpace(c))
                {
                    pendingSpace = !atLineStart;
                    continue;
                }
                if (atLineStart)
                {
                    for (var i = 0; i < quoteDepth; i++)
                        output.Append("> ");
                    atLineStart = false;
                    pendingSpace = false;
                }
                else if (pendingSpace)
                {
                    output.Append(' ');
                    pendingSpace = false;
                }
                output.Append(c == '\u00A0' ? ' ' : c);
            }
        }

        void NewLine()
        {
            if (!atLineStart)
                output.Append('\n');
            atLineStart = true;
            pendingSpace = false;
        }

        void BlankLine()
        {
            NewLine();
            if (output.Length > 0 && !(output.Length >= 2 && output[^1] == '\n' && output[^2] == '\n'))
                output.Append('\n');
        }
    }
}
