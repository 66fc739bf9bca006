namespace OutlookValueCheck.Api.Browser;

/// <summary>
/// Headers every response carries, whatever produced it (an endpoint, a static file, an error page): browsers never
/// guess a content type (nosniff), no address of ours leaves in a Referer, a response that is not one of the pages
/// (which set their own) may not be rendered or framed, and outside Development
/// browsers are told to reach the service over https only.
/// </summary>
internal static class SecurityHeaders
{
    // A year, the figure browsers' preload lists ask for; no includeSubDomains: the service's host says nothing
    // about other sites under the same parent domain.
    public const string StrictTransportSecurity = "max-age=31536000";

    /// <summary>The policy of every response that is not a page: nothing may load, run or frame it.</summary>
    public const string NothingAllowed = "default-src 'none'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // Outside Development the service is only reached over https (AddIn:PublicBaseUrl must be https), but TLS
        // usually ends at the platform in front of it (the container listens on http), so the request's scheme cannot
        // tell: the header goes on every response, and browsers ignore it on any that did not arrive over https.
        Func<object, Task> onStarting = app.Environment.IsDevelopment()
            ? static response => Apply((HttpResponse)response, hsts: false)
            : static response => Apply((HttpResponse)response, hsts: true);
        // Set as the response starts, so an error handler that clears the headers does not lose them.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(onStarting, context.Response);
            return next(context);
        });
        return app;
    }

    private static Task Apply(HttpResponse response, bool hsts)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            headers.ContentSecurityPolicy = NothingAllowed;
        if (hsts)
            headers.StrictTransportSecurity = StrictTransportSecurity;
        return Task.CompletedTask;
    }
}
