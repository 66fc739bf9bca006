namespace OutlookValueCheck.Core.Policies;

/// <summary>
/// A valid policy document resolved once: the tenant policy and each team's, so a check only picks one.
/// Immutable and safe to share between checks.
/// </summary>
public sealed class PolicySet
{
    private readonly IReadOnlyList<Team> _teams;

    internal PolicySet(Policy tenant, IReadOnlyList<Team> teams)
    {
        Tenant = tenant;
        _teams = teams;
    }

    public static PolicySet Default { get; } = new(Policy.Default, []);

    public Policy Tenant { get; }

    /// <summary>The teams in the order the document lists them.</summary>
    public IReadOnlyList<Team> Teams => _teams;

    /// <summary>The policy of the first listed team among <paramref name="groups"/>, else the tenant policy.</summary>
    public Policy For(IReadOnlyCollection<string> groups) => Resolve(groups).Policy;

    /// <summary>Which policy applies to a seller in <paramref name="groups"/>, and the team it came from (null: the tenant's).</summary>
    public AppliedPolicy Resolve(IReadOnlyCollection<string> groups)
    {
        if (groups.Count > 0)
        {
            foreach (var team in _teams)
            {
                if (groups.Contains(team.Group, StringComparer.OrdinalIgnoreCase))
                    return new AppliedPolicy(team.Policy, team);
            }
        }
        return new AppliedPolicy(Tenant, null);
    }

    /// <summary>A team of the document: its Entra ID group, its readable name if given, and its resolved policy.</summary>
    public sealed record Team(string Group, string? Name, Policy Policy);
}

/// <summary>The policy a check runs under and the team whose overrides it carries (null for the tenant policy).</summary>
public sealed record AppliedPolicy(Policy Policy, PolicySet.Team? Team);
