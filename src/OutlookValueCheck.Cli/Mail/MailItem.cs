using MimeKit;

namespace OutlookValueCheck.Cli.Mail;

/// <summary>
/// One message read from disk, or why it could not be read. <see cref="Name"/> is the path relative to the input
/// folder, or "mailbox.mbox#12" for the 12th message of an mbox file.
/// </summary>
internal sealed record MailItem(string Name, int Sequence, MimeMessage? Message, string? Problem);
