namespace OutlookValueCheck.Core.Recipients;

/// <summary>
/// What the sender's mailbox says about this recipient: when the sender mailed them (at least the fatigue window
/// before the draft; older entries are ignored) and when they last wrote back.
/// </summary>
public sealed record MailHistory(IReadOnlyList<DateTimeOffset> SentToRecipient, DateTimeOffset? LastReceivedFromRecipient)
{
    public static MailHistory Empty { get; } = new([], null);

    /// <summary>Messages sent inside the window ending at <paramref name="asOf"/> and after the recipient's last reply.</summary>
    public IReadOnlyList<DateTimeOffset> UnansweredSince(DateTimeOffset asOf, TimeSpan window)
    {
        var from = asOf - window;
        if (LastReceivedFromRecipient is { } lastReply && lastReply > from)
            from = lastReply;
        return SentToRecipient.Where(sent => sent > from && sent <= asOf).Order().ToList();
    }
}
