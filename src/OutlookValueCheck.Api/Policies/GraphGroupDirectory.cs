using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Graph;

namespace OutlookValueCheck.Api.Policies;

/// <summary>The tenant's groups through Microsoft Graph, as the manager sees them.</summary>
internal sealed class GraphGroupDirectory(GraphGroups groups) : IGroupDirectory
{
    public bool CanSearch => groups.IsConfigured;

    public async Task<IReadOnlyList<GroupFound>> SearchAsync(CallerIdentity manager, string? managerToken, string text, CancellationToken cancellationToken) =>
        managerToken is null ? [] : [.. (await groups.SearchAsync(manager.TenantId, managerToken, text, cancellationToken)).Select(group => new GroupFound(group.Id, group.Name, group.Mail))];
}
