using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Policies;

namespace OutlookValueCheck.Api.Development;

/// <summary>Development without Graph: a few made-up groups, so a team override can be picked by name and tried.</summary>
internal sealed class DemoGroups : IGroupDirectory
{
    private static readonly GroupFound[] Groups =
    [
        new("6f1b7c2e-0d4a-4c3e-9a51-2b7d3e8f1a01", "Renewals team", "renewals@contoso.com"),
        new("6f1b7c2e-0d4a-4c3e-9a51-2b7d3e8f1a02", "New business (Hunters)", "hunters@contoso.com"),
        new("6f1b7c2e-0d4a-4c3e-9a51-2b7d3e8f1a03", "Account managers EMEA", "am-emea@contoso.com"),
        new("6f1b7c2e-0d4a-4c3e-9a51-2b7d3e8f1a04", "Sales leadership", "sales-leads@contoso.com"),
    ];

    public bool CanSearch => true;

    public Task<IReadOnlyList<GroupFound>> SearchAsync(CallerIdentity manager, string? managerToken, string text, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GroupFound>>([.. Groups.Where(group => group.Name.Contains(text, StringComparison.OrdinalIgnoreCase))]);
}
