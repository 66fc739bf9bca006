using Microsoft.EntityFrameworkCore;
using OutlookValueCheck.Core.Stored;

namespace OutlookValueCheck.Api.Storage;

/// <summary>
/// The service's storage. One subclass per provider (<see cref="SqliteValueCheckDbContext"/>,
/// <see cref="PostgresValueCheckDbContext"/>) so each has its own migrations; code uses this type.
/// </summary>
internal abstract class ValueCheckDbContext(DbContextOptions options, TenantScope tenant) : DbContext(options)
{
    public DbSet<CrmAccountRow> CrmAccounts => Set<CrmAccountRow>();
    public DbSet<CrmContactRow> CrmContacts => Set<CrmContactRow>();
    public DbSet<DecisionRow> Decisions => Set<DecisionRow>();
    public DbSet<PolicyVersionRow> PolicyVersions => Set<PolicyVersionRow>();

    // Read by the query filters on every query, so each context only ever sees its own tenant's rows.
    private string TenantId => tenant.TenantId;

    internal string CurrentTenantId => TenantId;

    /// <remarks>
    /// Column lengths come from <see cref="StoredLengths"/>, the lengths the validators hold values to, so what passes
    /// validation fits. Columns without a length (names, titles, products) are text; the validators cap them anyway.
    /// </remarks>
    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<CrmAccountRow>(account =>
        {
            account.HasKey(row => row.Key);
            account.HasIndex(row => new { row.TenantId, row.Id }).IsUnique();
            account.HasIndex(row => new { row.TenantId, row.Domain });
            account.Property(row => row.TenantId).HasMaxLength(StoredLengths.TenantId);
            account.Property(row => row.Id).HasMaxLength(StoredLengths.CrmId);
            account.Property(row => row.Domain).HasMaxLength(StoredLengths.Domain);
            account.HasQueryFilter(row => row.TenantId == TenantId);
        });
        model.Entity<CrmContactRow>(contact =>
        {
            contact.HasKey(row => row.Key);
            contact.HasIndex(row => new { row.TenantId, row.Email }).IsUnique();
            contact.Property(row => row.TenantId).HasMaxLength(StoredLengths.TenantId);
            contact.Property(row => row.Email).HasMaxLength(StoredLengths.EmailAddress);
            contact.HasQueryFilter(row => row.TenantId == TenantId);
        });
        model.Entity<DecisionRow>(decision =>
        {
            decision.HasKey(row => row.Key);
            decision.HasIndex(row => new { row.TenantId, row.CheckId }).IsUnique();
            decision.HasIndex(row => new { row.TenantId, row.CheckedAt });
            decision.HasIndex(row => new { row.TenantId, row.DraftKeyHash });
            decision.Property(row => row.DraftKeyHash).HasMaxLength(StoredLengths.DraftKeyHash);
            decision.Property(row => row.MessageHash).HasMaxLength(StoredLengths.DraftKeyHash);
            decision.Property(row => row.Delivery).HasMaxLength(16);
            // The follow-up on Sent Items reads one seller's checks that are still open.
            decision.HasIndex(row => new { row.TenantId, row.SellerHash, row.Delivery });
            decision.Property(row => row.TenantId).HasMaxLength(StoredLengths.TenantId);
            decision.Property(row => row.Outcome).HasMaxLength(StoredLengths.Outcome);
            decision.Property(row => row.Team).HasMaxLength(StoredLengths.TeamGroup);
            decision.Property(row => row.HashKeyId).HasMaxLength(StoredLengths.HashKeyId);
            decision.Property(row => row.ValueAnswer).HasMaxLength(StoredLengths.ValueAnswer);
            decision.Property(row => row.TextLanguage).HasMaxLength(StoredLengths.LanguageCode);
            decision.HasQueryFilter(row => row.TenantId == TenantId);
        });
        model.Entity<PolicyVersionRow>(policy =>
        {
            policy.HasKey(row => row.Key);
            // Two managers saving on the same version both try to insert version N+1: one wins, the other gets 412.
            policy.HasIndex(row => new { row.TenantId, row.Version }).IsUnique();
            policy.Property(row => row.TenantId).HasMaxLength(StoredLengths.TenantId);
            policy.Property(row => row.ChangedBy).HasMaxLength(StoredLengths.PolicyAuthor);
            policy.HasQueryFilter(row => row.TenantId == TenantId);
        });
    }

    /// <summary>Stamps new rows with the request's tenant, so no code path can write a row for another tenant.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<ITenantRow>().Where(entry => entry.State == EntityState.Added))
        {
            if (TenantId.Length == 0)
                throw new InvalidOperationException("No tenant is set for this request; nothing may be stored.");
            entry.Entity.TenantId = TenantId;
        }
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}

internal sealed class SqliteValueCheckDbContext(DbContextOptions<SqliteValueCheckDbContext> options, TenantScope tenant) : ValueCheckDbContext(options, tenant);

internal sealed class PostgresValueCheckDbContext(DbContextOptions<PostgresValueCheckDbContext> options, TenantScope tenant) : ValueCheckDbContext(options, tenant);
