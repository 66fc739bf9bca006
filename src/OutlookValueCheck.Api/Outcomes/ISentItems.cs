using OutlookValueCheck.Api.Auth;

namespace OutlookValueCheck.Api.Outcomes;

/// <summary>
/// The seller's Sent Items, read to learn whether a checked draft went out: Outlook does not tell a Send handler
/// which button the seller pressed, but the sent message itself is a fact.
/// </summary>
internal interface ISentItems
{
    /// <summary>Whether there is a mailbox to read at all (Graph configured, or Development's simulator mailbox).</summary>
    bool CanRead { get; }

    /// <summary>What the seller sent since <paramref name="since"/>: when, with what subject, to whom (To, Cc and Bcc).</summary>
    Task<IReadOnlyList<SentMail>> SentSinceAsync(CallerIdentity seller, string? sellerToken, DateTimeOffset since, CancellationToken cancellationToken);
}

internal sealed record SentMail(DateTimeOffset SentAt, string? Subject, IReadOnlyList<string> Recipients);
