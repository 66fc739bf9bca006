using Microsoft.AspNetCore.Diagnostics;

namespace OutlookValueCheck.Api.Storage;

/// <summary>
/// A request that needed storage while it was away gets 503 with Retry-After and the promise the caller relies on:
/// nothing of it was saved. The add-in and the console retry; a 500 would read as a bug.
/// </summary>
internal sealed class StorageUnavailableHandler(IProblemDetailsService problems, ILogger<StorageUnavailableHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!StorageFailures.IsOutage(exception))
            return false;
        logger.LogWarning("{Method} {Path} could not reach storage ({Reason}); answered 503.", context.Request.Method, context.Request.Path,
            exception.GetBaseException().Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Storage is unavailable.",
                Detail = $"Nothing was saved. Try again in {RetryAfterSeconds} seconds.",
            },
        });
    }
}
