using Microsoft.EntityFrameworkCore;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Decisions;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Outcomes;

/// <summary>
/// Learns from the seller's Sent Items which of their checked drafts went out: a check whose message (its keyed
/// hash of subject and recipients) shows up sent within a day of the check was <c>sent</c>; one with no such
/// message a day later was <c>notSent</c>. Checks older than a week, or with nowhere to look, stay not known.
/// </summary>
internal sealed class SentItemsFollowUp(ValueCheckDbContext db, AddressHash addressHash, ISentItems sentItems, TimeProvider clock)
{
    /// <summary>How long after its check a message may be sent and still be that check's.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(1);

    /// <summary>Checks older than this are not looked at again: their outcome stays what it was, or not known.</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(7);

    // A message is stamped by Exchange a moment after the Send that was checked; clocks differ by a little.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    /// <summary>Settles what can be settled for this seller's open checks; returns how many were settled.</summary>
    public async Task<int> FollowUpAsync(CallerIdentity seller, string? sellerToken, CancellationToken cancellationToken)
    {
        if (!sentItems.CanRead)
            return 0;
        var now = clock.GetUtcNow();
        var sellerHash = addressHash.Of(seller.TenantId, seller.Email ?? seller.UserId);
        var oldest = (now - LookBack).UtcDateTime;
        var open = await db.Decisions
            .Where(row => row.SellerHash == sellerHash && row.Delivery == null && row.MessageHash != null && row.CheckedAt >= oldest)
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
            return 0;

        var since = new DateTimeOffset(open.Min(row => row.CheckedAt), TimeSpan.Zero) - ClockSkew;
        var sent = (await sentItems.SentSinceAsync(seller, sellerToken, since, cancellationToken))
            .Select(message => (message.SentAt, Hash: addressHash.OfMessage(seller.TenantId, message.Subject, message.Recipients)))
            .ToList();
        var settled = 0;
        foreach (var check in open)
        {
            var checkedAt = new DateTimeOffset(check.CheckedAt, TimeSpan.Zero);
            // The earliest matching message after the check: a later one may be the next draft with the same subject.
            var match = sent.Where(message => message.Hash == check.MessageHash && message.SentAt >= checkedAt - ClockSkew && message.SentAt <= checkedAt + Window)
                .OrderBy(message => message.SentAt).FirstOrDefault();
            if (match.Hash is not null)
            {
                check.Delivery = DeliveryFacts.Sent;
                check.SentAt = match.SentAt.UtcDateTime;
            }
            else if (now - checkedAt > Window + ClockSkew)
                check.Delivery = DeliveryFacts.NotSent;
            else
                continue;
            settled++;
        }
        if (settled > 0)
            await db.SaveChangesAsync(cancellationToken);
        return settled;
    }
}

/// <summary>What a check's Sent Items follow-up found (<see cref="DecisionRow.Delivery"/>).</summary>
internal static class DeliveryFacts
{
    public const string Sent = "sent";
    public const string NotSent = "notSent";
}
