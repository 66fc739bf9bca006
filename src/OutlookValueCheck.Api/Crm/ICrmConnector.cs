namespace OutlookValueCheck.Api.Crm;

/// <summary>A remote CRM a tenant can name in section "Crm" (its <see cref="TenantCrmSettings.Kind"/>).</summary>
internal interface ICrmConnector
{
    /// <summary>The <see cref="CrmKinds"/> value that selects this connector.</summary>
    string Kind { get; }

    /// <summary>How the facts' source is named next to them in the task pane.</summary>
    string SourceName { get; }

    /// <summary>
    /// How many recipients of one check are looked up at once: what the vendor's documented limits allow, so a
    /// typical mail's recipients go in one round rather than several.
    /// </summary>
    int MaxConcurrentLookups { get; }

    /// <summary>
    /// What the CRM knows of one address, read with the tenant's settings for this connector; a Retry-After longer
    /// than <paramref name="maxWait"/> (the check's lookup deadline) is not waited for.
    /// </summary>
    Task<CrmMatch> LookUpAsync(string tenantId, TenantCrmSettings settings, string address, TimeSpan maxWait, CancellationToken cancellationToken);
}
