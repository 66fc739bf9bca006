using Microsoft.AspNetCore.Http.Metadata;

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

    /// <summary>
    /// Refuses a declared body over the endpoint's limit (1 MB unless the endpoint says more) with 413 before anything
    /// reads it, whatever server hosts the app; Kestrel's own limit also stops undeclared (chunked) bodies.
    /// </summary>
    public static WebApplication UseRequestBodyLimit(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? MaxRequestBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "The request body is too large.",
                        Detail = $"This endpoint accepts at most {limit / 1024} KB.",
                    },
                });
                return;
            }
            await next(context);
        });
        return app;
    }
}
