using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Endpoints;

namespace OutlookValueCheck.Api.Policies;

/// <summary>GET /api/v1/groups?search=…: the groups a manager can make a team override for, found by name.</summary>
internal static class GroupSearchApi
{
    public const int MinSearchLength = 2;
    public const int MaxSearchLength = 100;

    public static IEndpointRouteBuilder MapGroupSearch(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantApi("/api/v1/groups", AccessPolicies.PolicyManager, "Policies");
        group.MapGet("/", SearchAsync).WithName("SearchGroups")
            .WithSummary($"The tenant's groups whose name matches the search (at most {Graph.GraphGroups.MaxResults}), for picking a team override by name; available is false when there is no directory to search (Graph not configured).");
        return app;
    }

    private static async Task<Results<Ok<GroupSearch>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        string? search, ClaimsPrincipal user, HttpRequest http, IGroupDirectory directory, ILogger<IGroupDirectory> logger, CancellationToken cancellationToken)
    {
        var text = search?.Trim() ?? "";
        if (text.Length is < MinSearchLength or > MaxSearchLength || text.Contains('\0', StringComparison.Ordinal))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["search"] = [$"search is part of a group's name: {MinSearchLength} to {MaxSearchLength} characters."] });
        if (!directory.CanSearch)
            return TypedResults.Ok(new GroupSearch(false, []));
        var caller = CallerIdentity.From(user)!;
        try
        {
            return TypedResults.Ok(new GroupSearch(true, await directory.SearchAsync(caller, BearerToken.Of(http), text, cancellationToken)));
        }
#pragma warning disable CA1031 // Whatever Graph answered, the manager gets a plain 502 and can still type the group's object ID.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            logger.LogWarning("Searching the groups of tenant {Tenant} in Microsoft Graph failed: {Reason}", caller.TenantId, exception.GetBaseException().Message);
            return TypedResults.Problem("Microsoft Graph could not be asked for the tenant's groups just now. Try again, or type the group's object ID.",
                statusCode: StatusCodes.Status502BadGateway, title: "The groups could not be searched.");
        }
    }
}

internal sealed record GroupSearch(bool Available, IReadOnlyList<GroupFound> Groups);
