using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Crm;

/// <summary>
/// What a CRM knows of one address: the contact and their account, either possibly absent. Immutable, so
/// HybridCache hands out the cached instance instead of deserialising a copy on every hit.
/// </summary>
[System.ComponentModel.ImmutableObject(true)]
internal sealed record CrmMatch(CrmContact? Contact, CrmAccount? Account)
{
    public static CrmMatch None { get; } = new(null, null);
}
