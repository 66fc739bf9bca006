using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Endpoints;
using OutlookValueCheck.Api.Storage;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Stored;

namespace OutlookValueCheck.Api.Policies;

/// <summary>
/// The tenant policy for managers: read with its ETag, replace with If-Match (428 without, 412 when stale), every
/// save a new version with who and when, history, and rollback (which is a new version too).
/// </summary>
internal static class PoliciesApi
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEndpointRouteBuilder MapPolicies(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantApi("/api/v1/policies", AccessPolicies.PolicyManager, "Policies");
        group.MapGet("/current", GetCurrentAsync).WithName("GetPolicy").WithSummary("The policy in force, with its version as ETag.");
        group.MapPut("/current", SaveAsync).WithName("SavePolicy").WithSummary("Replaces the policy; needs If-Match with the version it was based on.");
        group.MapGet("/versions", HistoryAsync).WithName("PolicyHistory").WithSummary("Every saved version, newest first, with who and when, and version 0 (the built-in defaults) last.");
        group.MapGet("/versions/{version:int}", GetVersionAsync).WithName("GetPolicyVersion");
        group.MapPost("/versions/{version:int}/rollback", RollbackAsync).WithName("RollbackPolicy")
            .WithSummary("Makes an earlier version (0: the built-in defaults) current again, as a new version; needs If-Match with the current version; 409 when it is the policy in force already.");
        return app;
    }

    private static async Task<Ok<PolicyVersionView>> GetCurrentAsync(TenantPolicies policies, HttpResponse response, CancellationToken cancellationToken)
    {
        var current = await policies.CurrentAsync(cancellationToken);
        response.Headers.ETag = ETagOf(current.Version);
        return TypedResults.Ok(PolicyVersionView.Of(current));
    }

    private static async Task<Results<Ok<PolicyVersionView>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        HttpRequest request, HttpResponse response, ClaimsPrincipal user, TenantPolicies policies, CancellationToken cancellationToken)
    {
        if (ExpectedVersion(request) is not { } expected)
            return MissingOrBadIfMatch(request);
        string document;
        try
        {
            using var reader = new StreamReader(request.Body, StrictUtf8);
            document = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            // A lenient reader would store U+FFFD in place of the bytes; the manager would never see why.
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The policy is not UTF-8 text."] });
        }
        // JSON strings cannot hold a raw NUL, but comments can, and the document is stored as it was sent.
        if (StoredText.HasNul(document))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The policy must not contain a NUL character (U+0000): it could not be stored."] });
        var parsed = PolicyParser.Parse(document);
        if (!parsed.IsValid)
            return PolicyProblems.Of(parsed.Errors);
        if (UnrecordableAuthor(user) is { } unrecordable)
            return unrecordable;
        return await SaveVersionAsync(policies, response, expected, document, user, rolledBackFrom: null, cancellationToken) switch
        {
            (Ok<PolicyVersionView> saved, _) => saved,
            (_, var conflict) => conflict!,
        };
    }

    private static async Task<Ok<PolicyVersionSummary[]>> HistoryAsync(TenantPolicies policies, CancellationToken cancellationToken) =>
        TypedResults.Ok((await policies.HistoryAsync(cancellationToken)).Select(PolicyVersionSummary.Of).ToArray());

    private static async Task<Results<Ok<PolicyVersionView>, NotFound>> GetVersionAsync(int version, TenantPolicies policies, CancellationToken cancellationToken) =>
        await policies.VersionAsync(version, cancellationToken) is { } row ? TypedResults.Ok(PolicyVersionView.Of(row)) : TypedResults.NotFound();

    private static async Task<Results<Ok<PolicyVersionView>, ProblemHttpResult, ValidationProblem, NotFound>> RollbackAsync(
        int version, HttpRequest request, HttpResponse response, ClaimsPrincipal user, TenantPolicies policies, CancellationToken cancellationToken)
    {
        if (ExpectedVersion(request) is not { } expected)
            return MissingOrBadIfMatch(request);
        if (await policies.VersionAsync(version, cancellationToken) is not { } earlier)
            return TypedResults.NotFound();
        if (UnrecordableAuthor(user) is { } unrecordable)
            return unrecordable;
        // A rollback that changes nothing would only add a version (a double click would add two): refused.
        var current = await policies.CurrentAsync(cancellationToken);
        if (current.Version == expected && SameDocument(current.Document, earlier.Document))
        {
            response.Headers.ETag = ETagOf(current.Version);
            return TypedResults.Problem(
                string.Create(CultureInfo.InvariantCulture, $"Version {version} is the same policy as version {current.Version}, which is in force: nothing to roll back."),
                statusCode: StatusCodes.Status409Conflict, title: "That version is already in force.");
        }
        return await SaveVersionAsync(policies, response, expected, earlier.Document, user, rolledBackFrom: version, cancellationToken) switch
        {
            (Ok<PolicyVersionView> saved, _) => saved,
            (_, var conflict) => conflict!,
        };
    }

    /// <summary>The saved version, or the 412 problem when another save came first.</summary>
    private static async Task<(Ok<PolicyVersionView>? Saved, ProblemHttpResult? Conflict)> SaveVersionAsync(
        TenantPolicies policies, HttpResponse response, int expected, string document, ClaimsPrincipal user, int? rolledBackFrom, CancellationToken cancellationToken)
    {
        var saved = await policies.SaveAsync(expected, document, AuthorOf(user), rolledBackFrom, cancellationToken);
        if (saved is null)
        {
            var current = await policies.CurrentAsync(cancellationToken);
            response.Headers.ETag = ETagOf(current.Version);
            return (null, TypedResults.Problem(
                string.Create(CultureInfo.InvariantCulture, $"The policy changed since version {expected}: version {current.Version} was saved by {current.ChangedBy} at {current.ChangedAt:u}. Reload it and apply your change again."),
                statusCode: StatusCodes.Status412PreconditionFailed, title: "The policy was changed by someone else."));
        }
        response.Headers.ETag = ETagOf(saved.Version);
        return (TypedResults.Ok(PolicyVersionView.Of(saved)), null);
    }

    /// <summary>Who a saved version names as its author: the caller's sign-in name, else their object ID.</summary>
    private static string AuthorOf(ClaimsPrincipal user)
    {
        var caller = CallerIdentity.From(user)!;
        return caller.Email ?? caller.UserId;
    }

    /// <summary>
    /// A 400 when the caller's name cannot be stored as a version's author (longer than the column, or with a NUL):
    /// no real sign-in name is, and saving the version without its author would lose who changed the policy.
    /// </summary>
    private static ValidationProblem? UnrecordableAuthor(ClaimsPrincipal user) =>
        StoredText.ProblemWith(AuthorOf(user), StoredLengths.PolicyAuthor) is { } problem
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["changedBy"] = [$"Your sign-in name (the token's preferred_username, upn or email claim, else its oid) {problem}, so no policy version can record it as its author. Nothing was saved."],
            })
            : null;

    /// <summary>Two policy documents that say the same (formatting and comments aside).</summary>
    private static bool SameDocument(string one, string other)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        return System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(one, documentOptions: options), System.Text.Json.Nodes.JsonNode.Parse(other, documentOptions: options));
    }

    private static string ETagOf(int version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>The version in If-Match ("3" or W/"3"), or null when the header is missing or not a version.</summary>
    private static int? ExpectedVersion(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
            value = value[2..];
        value = value.Trim('"');
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    private static ProblemHttpResult MissingOrBadIfMatch(HttpRequest request) =>
        request.Headers.IfMatch.Count == 0
            ? TypedResults.Problem("Send If-Match with the ETag of the policy version your change is based on (GET /api/v1/policies/current).",
                statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required.")
            : TypedResults.Problem("If-Match must be the ETag of a policy version, such as \"3\".", statusCode: StatusCodes.Status400BadRequest, title: "If-Match is not a policy version.");
}

internal sealed record PolicyVersionSummary(int Version, string ChangedBy, DateTimeOffset ChangedAt, int? RolledBackFrom)
{
    public static PolicyVersionSummary Of(PolicyVersionRow row) => new(row.Version, row.ChangedBy, row.ChangedAt, row.RolledBackFrom);
}

internal sealed record PolicyVersionView(int Version, string ChangedBy, DateTimeOffset ChangedAt, int? RolledBackFrom, JsonElement Document)
{
    public static PolicyVersionView Of(PolicyVersionRow row)
    {
        using var document = JsonDocument.Parse(row.Document, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return new(row.Version, row.ChangedBy, row.ChangedAt, row.RolledBackFrom, document.RootElement.Clone());
    }
}
