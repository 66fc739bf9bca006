using Microsoft.EntityFrameworkCore;
using OutlookValueCheck.Api.Decisions;
using OutlookValueCheck.Api.Outcomes;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Development;

/// <summary>
/// A little made-up history for a fresh Development start, so the console's reports show what they are for:
/// three weeks of drafts with findings, answers and outcomes, every row marked <see cref="DecisionRow.IsDemo"/>
/// (the reports count them apart and the console says so). Made once, only while the tenant has no decisions.
/// </summary>
internal static class DemoHistory
{
    private static readonly (string Codes, string Verdict, string? Outcome, string? Answer, string? Delivery)[] Drafts =
    [
        ("pitch-to-customer", "warn", "answered", "It follows up on something we agreed", DeliveryFacts.Sent),
        ("pitch-to-customer", "warn", null, null, DeliveryFacts.Sent),
        ("no-value-check-in", "warn", "edited", null, DeliveryFacts.Sent),
        ("no-value-check-in", "warn", null, null, DeliveryFacts.Sent),
        ("no-value-check-in", "warn", "answered", "They asked for news on their order", DeliveryFacts.Sent),
        ("no-value-check-in", "warn", null, null, DeliveryFacts.NotSent),
        ("seller-centric", "ok", null, null, DeliveryFacts.Sent),
        ("renewal-without-value", "warn", "edited", null, DeliveryFacts.Sent),
        ("renewal-without-value", "warn", "answered", "Their renewal date is close and they asked for the quote", DeliveryFacts.Sent),
        ("contact-fatigue", "warn", null, null, DeliveryFacts.NotSent),
        ("contact-fatigue,no-value-check-in", "warn", null, null, DeliveryFacts.Sent),
        ("unfilled-placeholder", "block", "edited", null, DeliveryFacts.Sent),
        ("at-risk-account", "warn", "answered", "They asked for the upgrade themselves", DeliveryFacts.Sent),
        ("owned-by-colleague", "ok", null, null, DeliveryFacts.Sent),
        ("", "ok", null, null, DeliveryFacts.Sent),
        ("", "ok", null, null, DeliveryFacts.Sent),
        ("", "ok", null, null, null),
    ];

    public static async Task SeedAsync(ValueCheckDbContext db, AddressHash hashes, string tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Decisions.AnyAsync(cancellationToken))
            return;
        var random = new Random(20261202); // the same history at every fresh start
        var rows = new List<DecisionRow>();
        for (var day = 20; day >= 1; day--)
        {
            foreach (var draft in Drafts.Where(_ => random.NextDouble() < 0.35))
            {
                var at = now.UtcDateTime.Date.AddDays(-day).AddHours(8 + random.Next(9)).AddMinutes(random.Next(60));
                rows.Add(new DecisionRow
                {
                    TenantId = tenantId,
                    CheckId = Guid.CreateVersion7(new DateTimeOffset(at, TimeSpan.Zero)),
                    SellerHash = hashes.Of(tenantId, DevelopmentTokens.SellerEmail),
                    HashKeyId = hashes.KeyId,
                    Codes = draft.Codes,
                    Verdict = draft.Verdict,
                    Outcome = draft.Outcome,
                    ValueAnswer = draft.Answer,
                    DecidedAt = draft.Outcome is null ? null : at.AddMinutes(2),
                    Delivery = draft.Delivery,
                    SentAt = draft.Delivery == DeliveryFacts.Sent ? at.AddMinutes(3) : null,
                    CheckedAt = at,
                    TextLanguage = "en",
                    IsDemo = true,
                });
            }
        }
        db.Decisions.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }
}
