using System.Globalization;
using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>The recipient already got the policy's number of messages from this sender in the window, with no reply.</summary>
internal sealed class ContactFatigueDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.ContactFatigue];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        var window = TimeSpan.FromDays(context.Policy.FatigueWindowDays);
        foreach (var recipient in context.Targets)
        {
            if (recipient.MailHistory is not { } history)
                continue;
            var unanswered = history.UnansweredSince(context.Draft.AsOf, window);
            if (unanswered.Count < context.Policy.FatigueMessageCount)
                continue;
            var sent = string.Join(", ", unanswered.Select(at => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            var lastReply = history.LastReceivedFromRecipient?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never";
            yield return context.Finding(
                FindingCode.ContactFatigue, recipient,
                context.Wording.ContactFatigue(recipient.DisplayName, unanswered.Count, context.Policy.FatigueWindowDays),
                [
                    new FactEvidence("mail.unanswered_sent_in_window", sent, "mailbox"),
                    new FactEvidence("mail.last_received", lastReply, "mailbox"),
                ]);
        }
    }
}
