namespace OutlookValueCheck.Api.Errors;

internal static class ErrorHandlingSetup
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>Every error is RFC 9457 problem details; request bodies over 1 MB are refused (413) before any work.</summary>
    public static WebApplicationBuilder AddValueCheckErrors(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Let unreadable requests reach the handler above in every environment (the default throws only in Development).
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        return builder;
    }
}
