using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace OutlookValueCheck.Api.Errors;

/// <summary>
/// Turns a request the framework could not read (malformed JSON, a wrong type, a body over the limit) into a 4xx
/// problem that says what is wrong and where, instead of a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
            return false;
        context.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request body could not be read.",
                Detail = Describe(badRequest),
            },
        });
    }

    private static string Describe(BadHttpRequestException exception) => exception.InnerException switch
    {
        JsonException { Path: { } path } json when json.LineNumber is { } line =>
            $"Invalid JSON at {path} (line {line + 1}, position {json.BytePositionInLine + 1}): a value is missing or has the wrong type.",
        JsonException => "The body is not valid JSON.",
        _ => exception.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? $"Request bodies are limited to {ErrorHandlingSetup.MaxRequestBodyBytes / 1024} KB."
            : "The body must be a JSON object with the documented fields.",
    };
}
