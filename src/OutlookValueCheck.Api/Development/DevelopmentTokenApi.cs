using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlookValueCheck.Api.Development;

/// <summary>
/// POST /dev/token (Development only, loopback callers only): a seller's token for the compose simulator, or a
/// manager's with ?role=manager. Not mapped at all in any other environment.
/// </summary>
internal static class DevelopmentTokenApi
{
    public static IEndpointRouteBuilder MapDevelopmentTokens(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<DevelopmentTokens>() is null)
            return app;
        app.MapPost("/dev/token", Results<Ok<DevelopmentToken>, NotFound> (HttpContext context, DevelopmentTokens tokens, string? role) =>
                IsFromThisMachine(context) ? TypedResults.Ok(new DevelopmentToken(tokens.Create(role == "manager"))) : TypedResults.NotFound())
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// A loopback caller that also names a loopback host. The address alone is not enough: a page of any site whose
    /// name an attacker points at 127.0.0.1 (DNS rebinding) calls from the developer's own browser, on loopback, but
    /// with its own name in Host.
    /// </summary>
    private static bool IsFromThisMachine(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address) && IsLoopbackName(context.Request.Host.Host);

    private static bool IsLoopbackName(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.TrimStart('[').TrimEnd(']'), out var literal) && IPAddress.IsLoopback(literal));
}

internal sealed record DevelopmentToken(string Token);
