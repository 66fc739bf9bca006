using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Cli.Audit;

/// <summary>
/// Contact fatigue from the mail an audit has read so far, in Date order: per sender and recipient, the outbound
/// messages and the recipient's last reply to that sender. A reply resets the count.
/// </summary>
internal sealed class ContactLedger(TimeSpan window)
{
    private readonly Dictionary<(string Sender, string Recipient), Thread> _threads = [];

    public MailHistory HistoryFor(string sender, string recipient) =>
        _threads.TryGetValue(Key(sender, recipient), out var thread)
            ? new MailHistory(thread.Sent.ToList(), thread.LastReply)
            : MailHistory.Empty;

    public void RecordSent(string sender, string recipient, DateTimeOffset at)
    {
        var thread = ThreadOf(sender, recipient);
        // Mail is fed in Date order, so anything older than the window can never count again.
        while (thread.Sent.Count > 0 && thread.Sent.Peek() <= at - window)
            thread.Sent.Dequeue();
        thread.Sent.Enqueue(at);
    }

    public void RecordReply(string replier, string originalSender, DateTimeOffset at)
    {
        var thread = ThreadOf(originalSender, replier);
        thread.Sent.Clear();
        if (thread.LastReply is null || at > thread.LastReply)
            thread.LastReply = at;
    }

    private Thread ThreadOf(string sender, string recipient)
    {
        var key = Key(sender, recipient);
        if (!_threads.TryGetValue(key, out var thread))
            _threads[key] = thread = new Thread();
        return thread;
    }

    // Normal spellings, so a reply from "Lena@Fabrikam.com." resets the thread with lena@fabrikam.com.
    private static (string, string) Key(string sender, string recipient) => (EmailAddresses.Normalise(sender), EmailAddresses.Normalise(recipient));

    private sealed class Thread
    {
        public Queue<DateTimeOffset> Sent { get; } = new();
        public DateTimeOffset? LastReply { get; set; }
    }
}
