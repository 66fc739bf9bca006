namespace OutlookValueCheck.Api.Graph;

/// <summary>
/// The tenant's groups by name, as the signed-in manager may see them (delegated GroupMember.Read.All, the least
/// privilege Graph's "list groups" takes): GET /groups?$search="displayName:…" with ConsistencyLevel: eventual,
/// which $search requires.
/// </summary>
internal sealed class GraphGroups(SellerGraph graph)
{
    public const int MaxResults = 20;

    public bool IsConfigured => graph.IsConfigured;

    public async Task<IReadOnlyList<(string Id, string Name, string? Mail)>> SearchAsync(string tenantId, string managerToken, string text, CancellationToken cancellationToken)
    {
        // $search takes a quoted phrase; a quote or backslash in it would end the phrase early.
        var phrase = text.Replace("\\", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal);
        var page = await graph.For(tenantId, managerToken).Groups.GetAsync(request =>
        {
            request.QueryParameters.Search = $"\"displayName:{phrase}\"";
            request.QueryParameters.Select = ["id", "displayName", "mail"];
            request.QueryParameters.Top = MaxResults;
            request.Headers.Add("ConsistencyLevel", "eventual");
        }, cancellationToken);
        // Sorted here: Graph does not take $orderby beside $search on every tenant.
        return [.. (page?.Value ?? []).Where(group => group.Id is not null).Select(group => (group.Id!, group.DisplayName ?? group.Id!, group.Mail))
            .OrderBy(group => group.Item2, StringComparer.CurrentCultureIgnoreCase)];
    }
}
