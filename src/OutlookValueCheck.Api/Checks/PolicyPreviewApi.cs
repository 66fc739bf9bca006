using System.Security.Claims;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Endpoints;
using OutlookValueCheck.Api.Policies;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Policies;

namespace OutlookValueCheck.Api.Checks;

/// <summary>
/// POST /api/v1/policies/preview (managers): what a policy the manager has not saved yet would say about a mail,
/// next to what the saved policy says. Nothing is stored: no decision row, no policy version.
/// </summary>
internal static class PolicyPreviewApi
{
    public static IEndpointRouteBuilder MapPolicyPreview(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantApi("/api/v1/policies", AccessPolicies.PolicyManager, "Policies");
        group.MapPost("/preview", PreviewAsync).WithName("PreviewPolicy")
            .WithSummary("Checks a mail under an unsaved policy and under the saved one, for the console's preview; stores nothing.");
        return app;
    }

    private static async Task<Results<Ok<PolicyPreview>, ValidationProblem>> PreviewAsync(
        PreviewRequest request, IValidator<CheckRequest> draftValidator, ClaimsPrincipal user, HttpRequest http,
        TenantPolicies policies, DraftCheck drafts, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        PolicySet? unsaved = null;
        var policyProblemCount = 0;
        if (request.Policy is not { ValueKind: JsonValueKind.Object } document)
            errors["policy"] = ["policy is the policy document to preview (an object, as saved with PUT /api/v1/policies/current)."];
        else
        {
            var (compiled, policyErrors) = PolicyParser.Compile(document.GetRawText());
            unsaved = compiled;
            foreach (var (field, messages) in PolicyProblems.ByField(policyErrors))
                errors[field] = messages;
            policyProblemCount = policyErrors.Count;
        }
        if (request.Draft is null)
            errors["draft"] = ["draft is the mail to preview: to, cc, bcc, subject, body, bodyFormat."];
        else
        {
            var validation = await draftValidator.ValidateAsync(request.Draft, cancellationToken);
            foreach (var (field, messages) in validation.ToDictionary())
                errors[$"draft.{field}"] = messages;
        }
        if (errors.Count > 0 || unsaved is null || request.Draft is null)
        {
            return policyProblemCount > PolicyProblems.MaxListed
                ? TypedResults.ValidationProblem(errors, detail: $"The policy has {policyProblemCount} problems; the first {PolicyProblems.MaxListed} are listed.")
                : TypedResults.ValidationProblem(errors);
        }

        var caller = CallerIdentity.From(user)!;
        var saved = await policies.CompiledAsync(cancellationToken);
        var team = request.Team is { Length: > 0 } ? [request.Team] : Array.Empty<string>();
        var (unsavedPolicy, savedPolicy) = (unsaved.For(team), saved.For(team));
        // A preview shows what the policy asks of the seller, so a value answer in the pasted draft is not applied,
        // and the draft is the manager's own whatever its sender field says. One lookup serves both answers: the
        // facts do not depend on the policy, only the deadline does.
        var prepared = await drafts.PrepareAsync(request.Draft with { ValueAnswer = null }, caller, BearerToken.Of(http),
            unsavedPolicy.ChecksEnabled ? unsavedPolicy : savedPolicy, senderFromRequest: false, cancellationToken);
        return TypedResults.Ok(new PolicyPreview(drafts.Judge(prepared, unsavedPolicy), drafts.Judge(prepared, savedPolicy)));
    }
}

internal sealed record PreviewRequest(JsonElement? Policy, CheckRequest? Draft, string? Team);

internal sealed record PolicyPreview(CheckResult Unsaved, CheckResult Saved);
