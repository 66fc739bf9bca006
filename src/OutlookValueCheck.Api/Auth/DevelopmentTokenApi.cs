namespace OutlookValueCheck.Api.Auth;

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
        app.MapPost("/dev/token", Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<DevelopmentToken>, Microsoft.AspNetCore.Http.HttpResults.NotFound> (
                HttpContext context, DevelopmentTokens tokens, string? role) =>
            context.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address)
                ? TypedResults.Ok(new DevelopmentToken(tokens.Create(role == "manager")))
                : TypedResults.NotFound())
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}

internal sealed record DevelopmentToken(string Token);
