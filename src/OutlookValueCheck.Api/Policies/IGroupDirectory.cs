using OutlookValueCheck.Api.Auth;

namespace OutlookValueCheck.Api.Policies;

/// <summary>Where a manager finds the group a team override is for, by its name.</summary>
internal interface IGroupDirectory
{
    /// <summary>Whether there is a directory to search (Graph configured, or Development's demo groups).</summary>
    bool CanSearch { get; }

    Task<IReadOnlyList<GroupFound>> SearchAsync(CallerIdentity manager, string? managerToken, string text, CancellationToken cancellationToken);
}

/// <summary>A group of the tenant: its object ID (what a team override is keyed by), its name and its address.</summary>
internal sealed record GroupFound(string Id, string Name, string? Mail);
