namespace OutlookValueCheck.Api.Storage;

/// <summary>
/// The tenant every query of this request is filtered by. Set once from the caller's token; a DbContext used
/// before it is set sees nothing (the empty tenant owns no rows).
/// </summary>
internal sealed class TenantScope
{
    public string TenantId { get; private set; } = "";

    public void Enter(string tenantId)
    {
        if (TenantId.Length > 0 && TenantId != tenantId)
            throw new InvalidOperationException("A request cannot switch tenants.");
        TenantId = tenantId;
    }
}
