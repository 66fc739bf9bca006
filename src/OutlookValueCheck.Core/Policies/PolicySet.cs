namespace OutlookValueCheck.Core.Policies;

/// <summary>
/// A valid policy document resolved once: the tenant policy and each team's, so a check only picks one.
/// Immutable and safe to share between checks.
/// </summary>
public sealed class PolicySet
{
    private readonly IReadOnlyList<(string Group, Policy Policy)> _teams;

    internal PolicySet(Policy tenant, IReadOnlyList<(string Group, Policy Policy)> teams)
    {
        Tenant = tenant;
        _teams = teams;
    }

    public static PolicySet Default { get; } = new(Policy.Default, []);

    public Policy Tenant { get; }

    /// <summary>The policy of the first listed team among <paramref name="groups"/>, else the tenant policy.</summary>
    public Policy For(IReadOnlyCollection<string> groups)
    {
        if (groups.Count == 0)
            return Tenant;
        foreach (var (group, policy) in _teams)
        {
            if (groups.Contains(group, StringComparer.OrdinalIgnoreCase))
                return policy;
        }
        return Tenant;
    }
}
