namespace OutlookValueCheck.Api.Storage;

/// <summary>Every stored row belongs to one tenant (the token's tid); queries are filtered by it.</summary>
internal interface ITenantRow
{
    string TenantId { get; set; }
}

internal sealed class CrmAccountRow : ITenantRow
{
    public long Key { get; set; }
    public string TenantId { get; set; } = "";
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Domain { get; set; }
    public string Relationship { get; set; } = "";
    public DateOnly? CustomerSince { get; set; }
    public DateOnly? RenewalDate { get; set; }
    public string? OwnerEmail { get; set; }
    public int OpenHighSeverityCases { get; set; }
    public string Products { get; set; } = "";
}

internal sealed class CrmContactRow : ITenantRow
{
    public long Key { get; set; }
    public string TenantId { get; set; } = "";
    public string Email { get; set; } = "";
    public string? AccountId { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Title { get; set; }
    public bool DoNotEmail { get; set; }
}

/// <summary>What a check decided, without the mail: hashed addresses, codes, verdict, time. Never subject or body.</summary>
internal sealed class DecisionRow : ITenantRow
{
    public long Key { get; set; }
    public string TenantId { get; set; } = "";
    public Guid CheckId { get; set; }

    /// <summary>
    /// The seller's and the recipients' addresses as <see cref="Checks.AddressHash"/> hashes them; null in rows of
    /// builds that keyed them by the tenant ID (reversible from the database alone, so the upgrade forgot them).
    /// </summary>
    public string? SellerHash { get; set; }
    public string? RecipientHashes { get; set; }

    /// <summary>Which deployment secret keyed the hashes (<see cref="Checks.AddressHash.KeyId"/>): a rotation shows as a new value.</summary>
    public string? HashKeyId { get; set; }

    /// <summary>
    /// The draft this check was of: the add-in's key for the compose item, keyed-hashed like the addresses
    /// (<see cref="Checks.AddressHash.OfDraftKey"/>) so a caller's text is never stored as given. Reports count a draft
    /// checked several times once. Null for checks that came without a key (each its own draft).
    /// </summary>
    /// <summary>
    /// The keyed hash of the message the check saw (AddressHash.OfMessage: subject and recipients), by which the
    /// seller's Sent Items later tell whether it went out; null for checks from before.
    /// </summary>
    public string? MessageHash { get; set; }

    /// <summary>What the seller's Sent Items said: "sent" (a matching message, at <see cref="SentAt"/>), "notSent"
    /// (none within a day of the check), or null (not looked at yet, or nowhere to look: not known).</summary>
    public string? Delivery { get; set; }

    /// <summary>Made up at a fresh Development start so the reports are not empty (Development.DemoHistory); never real.</summary>
    public bool IsDemo { get; set; }

    public DateTime? SentAt { get; set; }

    public string? DraftKeyHash { get; set; }
    public string Codes { get; set; } = "";
    public string Verdict { get; set; } = "";

    /// <summary>The Entra ID group of the team whose policy applied; null when the tenant policy did.</summary>
    public string? Team { get; set; }

    /// <summary>UTC. A DateTime rather than DateTimeOffset so SQLite can compare and order it in queries.</summary>
    public DateTime CheckedAt { get; set; }

    /// <summary>
    /// The CRM accounts whose contacts this check found fatigued (a JSON array of account names), for the managers'
    /// report; names are company data from the tenant's CRM, never a person's address.
    /// </summary>
    public string? FatigueAccounts { get; set; }

    /// <summary>
    /// The language the mail's own text looked like (ISO 639-1, "de"); null when there was too little text to tell.
    /// A language, never words of the mail.
    /// </summary>
    public string? TextLanguage { get; set; }

    /// <summary>False when the judge does not read that language, so the text findings were not looked for.</summary>
    public bool TextChecked { get; set; } = true;

    /// <summary>What the seller did next (sentAnyway, edited, cancelled, answered), once they said.</summary>
    public string? Outcome { get; set; }
    public string? ValueAnswer { get; set; }
    public DateTime? DecidedAt { get; set; }
}

/// <summary>One saved version of a tenant's policy document: versions are never changed, only added.</summary>
internal sealed class PolicyVersionRow : ITenantRow
{
    public long Key { get; set; }
    public string TenantId { get; set; } = "";
    public int Version { get; set; }
    public string Document { get; set; } = "{}";
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
    public int? RolledBackFrom { get; set; }
}
