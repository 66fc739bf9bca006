using Microsoft.Net.Http.Headers;

namespace OutlookValueCheck.Api.Auth;

internal static class BearerToken
{
    /// <summary>The token the request was authenticated with (already validated), for on-behalf-of calls; never logged.</summary>
    public static string? Of(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }
}
