using MimeKit;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Cli.Mail;

/// <summary>Turns a parsed MIME message into what the check needs, or says what the message lacks.</summary>
internal static class MailMessageReader
{
    /// <param name="undatedAsOf">What to judge an undated message as of (a saved draft has no Date); null makes it unusable.</param>
    public static ReadMail Read(MimeMessage message, DateTimeOffset? undatedAsOf = null)
    {
        var from = message.From.Mailboxes.FirstOrDefault()?.Address;
        if (string.IsNullOrWhiteSpace(from))
            return ReadMail.Unusable("has no From address");
        var dated = message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue;
        if (!dated && undatedAsOf is null)
            return ReadMail.Unusable("has no valid Date header");

        // What the service refuses with a 400 (an invisible or direction-changing character, an IP literal) is a
        // message this cannot check either: it is reported and skipped rather than matched under a spelling no one sees.
        var everyAddress = message.From.Mailboxes.Concat(message.To.Mailboxes).Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes);
        if (everyAddress.Select(mailbox => AddressProblems.Describe(mailbox.Address)).FirstOrDefault(problem => problem is not null) is { } problem)
            return ReadMail.Unusable($"has an address that cannot be checked: {problem.TrimEnd('.')}");

        var (body, format) = message.TextBody is { } text
            ? (text, BodyFormat.Text)
            : message.HtmlBody is { } html ? (html, BodyFormat.Html) : ("", BodyFormat.Text);
        var draft = new Draft
        {
            Sender = from.ToLowerInvariant(),
            To = Addresses(message.To),
            Cc = Addresses(message.Cc),
            Bcc = Addresses(message.Bcc),
            Subject = message.Subject ?? "",
            Body = body,
            BodyFormat = format,
            AsOf = dated ? message.Date : undatedAsOf!.Value,
        };
        return new ReadMail(draft, message.MessageId, null);
    }

    private static List<string> Addresses(InternetAddressList list) =>
        list.Mailboxes.Select(mailbox => mailbox.Address.ToLowerInvariant()).Where(address => address.Length > 0).ToList();
}

internal sealed record ReadMail(Draft? Draft, string? MessageId, string? Problem)
{
    public static ReadMail Unusable(string problem) => new(null, null, problem);
}
