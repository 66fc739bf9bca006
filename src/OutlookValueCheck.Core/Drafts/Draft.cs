namespace OutlookValueCheck.Core.Drafts;

/// <summary>
/// The mail about to be sent, as the check sees it. <see cref="AsOf"/> is the moment the check judges from
/// (renewal and fatigue windows): the send time for a live check, the message's Date for an audit.
/// </summary>
public sealed record Draft
{
    /// <summary>The mailbox the mail goes out from: the writer's own, or one of their organisation's (shared, delegated).</summary>
    public string? Sender { get; init; }

    /// <summary>
    /// Who writes the mail: the signed-in user, whichever mailbox it goes out from; null when that is the
    /// <see cref="Sender"/> (an audited message, where only its From is known). Account ownership is judged by the
    /// writer, so naming another mailbox as the sender never silences a finding.
    /// </summary>
    public string? Author { get; init; }

    public IReadOnlyList<string> To { get; init; } = [];
    public IReadOnlyList<string> Cc { get; init; } = [];
    public IReadOnlyList<string> Bcc { get; init; } = [];
    public string Subject { get; init; } = "";
    public string Body { get; init; } = "";
    public BodyFormat BodyFormat { get; init; } = BodyFormat.Text;
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>The seller's answer to "Does this add value for them?", if they gave one for this draft.</summary>
    public string? ValueAnswer { get; init; }

    /// <summary>The writer: <see cref="Author"/>, else the sender.</summary>
    public string? Writer => Author ?? Sender;

    /// <summary>Every recipient once, in To, Cc, Bcc order, compared in their normal spelling (<see cref="Recipients.EmailAddresses"/>).</summary>
    public IReadOnlyList<string> AllRecipients()
    {
        var all = new List<string>(To.Count + Cc.Count + Bcc.Count);
        var seen = new HashSet<string>(all.Capacity, Recipients.EmailAddresses.Comparer);
        AddEach(To);
        AddEach(Cc);
        AddEach(Bcc);
        return all;

        void AddEach(IReadOnlyList<string> addresses)
        {
            foreach (var address in addresses)
            {
                var trimmed = address.Trim();
                if (trimmed.Length > 0 && seen.Add(trimmed))
                    all.Add(trimmed);
            }
        }
    }
}
