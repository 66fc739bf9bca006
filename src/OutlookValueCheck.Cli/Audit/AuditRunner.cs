using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Cli.Mail;
using OutlookValueCheck.Cli.Output;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Cli.Audit;

/// <summary>
/// Audits a mailbox: reads every message, orders them by Date, replays them so contact fatigue is computed from the
/// mail itself (an inbound reply resets the count), and checks each outbound message as of its own Date.
/// </summary>
internal sealed class AuditRunner(ValueChecker checker, RecipientFactsBuilder facts, InternalDomains internalDomains, Policy policy, TextWriter diagnostics, Progress progress,
    LanguageFilter? languages = null)
{
    public AuditSummary Run(IEnumerable<MailItem> items, Action<AuditLine> write) => Run(items, (line, _) => write(line));

    /// <summary>The same replay, handing out each outbound message's full result too (eval scores it).</summary>
    public AuditSummary Run(IEnumerable<MailItem> items, Action<AuditLine, CheckResult> write)
    {
        var summary = new AuditSummary { OnlyLanguages = languages?.Names };
        var messages = Load(items, summary);
        var ledger = new ContactLedger(TimeSpan.FromDays(policy.FatigueWindowDays));

        for (var i = 0; i < messages.Count; i++)
        {
            var (name, messageId, draft) = messages[i];
            if (internalDomains.Contains(draft.Sender!))
                AuditOutbound(name, messageId, draft, ledger, summary, write);
            else
                RecordInbound(draft, ledger, summary);
            progress.Report("Checking", i + 1, messages.Count);
        }
        return summary;
    }

    private List<(string Name, string? MessageId, Draft Draft)> Load(IEnumerable<MailItem> items, AuditSummary summary)
    {
        var messages = new List<(string Name, string? MessageId, Draft Draft, int Sequence)>();
        foreach (var item in items)
        {
            var problem = item.Problem;
            if (item.Message is { } message)
            {
                var read = MailMessageReader.Read(message);
                if (read.Draft is { } draft)
                    messages.Add((item.Name, read.MessageId, draft, item.Sequence));
                problem = read.Problem;
            }
            if (problem is not null)
            {
                summary.AddSkipped(item.Name, problem);
                diagnostics.WriteLine($"valuecheck: skipped {item.Name}: {problem}");
            }
            progress.Counting("Reading", messages.Count);
        }
        // Stable: messages with the same Date keep the order they were read in.
        return messages.OrderBy(message => message.Draft.AsOf).ThenBy(message => message.Sequence)
            .Select(message => (message.Name, message.MessageId, message.Draft))
            .ToList();
    }

    private void AuditOutbound(string name, string? messageId, Draft draft, ContactLedger ledger, AuditSummary summary, Action<AuditLine, CheckResult> write)
    {
        var sender = draft.Sender!;
        var recipients = draft.AllRecipients();
        var known = recipients.Select(address => facts.For(address, ledger.HistoryFor(sender, address))).ToList();
        var result = checker.Check(draft, known, policy);
        // A message in another language is left out of the report, but it was sent: the ledger still counts it.
        foreach (var recipient in known.Where(recipient => !recipient.IsInternal))
            ledger.RecordSent(sender, recipient.Address, draft.AsOf);
        if (languages is not null && !languages.Includes(result.Text?.Language))
        {
            summary.AddLeftOut(name);
            return;
        }

        write(new AuditLine(
            name,
            messageId,
            sender,
            result.Verdict.Name(),
            result.Findings.Select(finding => new AuditFinding(finding.Code.Name(), finding.Severity.Name(), finding.Recipient, finding.Message)).ToList(),
            result.Text?.Language,
            result.Text?.Judged ?? true),
            result);
        summary.AddOutbound(sender, draft.AsOf, result);
    }

    private void RecordInbound(Draft draft, ContactLedger ledger, AuditSummary summary)
    {
        summary.AddInbound();
        foreach (var colleague in draft.AllRecipients().Where(internalDomains.Contains))
            ledger.RecordReply(draft.Sender!, colleague, draft.AsOf);
    }
}
