using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Graph;

namespace OutlookValueCheck.Api.Outcomes;

/// <summary>Sent Items through Microsoft Graph as the seller (Mail.ReadBasic: subjects and recipients, never bodies).</summary>
internal sealed class GraphSentItems(GraphMailbox mailbox) : ISentItems
{
    // Reading Sent Items is follow-up work after the check has answered: it may take its time, within reason.
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    public bool CanRead => mailbox.IsConfigured;

    public async Task<IReadOnlyList<SentMail>> SentSinceAsync(CallerIdentity seller, string? sellerToken, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (sellerToken is null)
            return [];
        var sent = await GraphMailbox.SentWithSubjectsSinceAsync(mailbox.SellerFor(seller, sellerToken, MaxWait), since, cancellationToken);
        return [.. sent.Select(message => new SentMail(message.SentAt, message.Subject, message.Recipients))];
    }
}
