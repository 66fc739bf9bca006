using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Decisions;
using OutlookValueCheck.Api.Endpoints;
using OutlookValueCheck.Api.Outcomes;
using OutlookValueCheck.Api.Policies;
using OutlookValueCheck.Api.Storage;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Api.Checks;

internal static class ChecksApi
{
    public static IEndpointRouteBuilder MapChecks(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantApi("/api/v1/checks", AccessPolicies.Seller, "Checks");
        group.MapPost("/", CheckAsync)
            .WithName("CheckDraft")
            .WithSummary("Checks a draft for its recipients and returns the verdict, findings with evidence, and the send mode for Outlook.");
        return app;
    }

    private static async Task<Results<Ok<CheckResponse>, ValidationProblem>> CheckAsync(
        CheckRequest request,
        IValidator<CheckRequest> validator,
        ClaimsPrincipal user,
        HttpRequest http,
        SellerPolicy sellerPolicy,
        DraftCheck drafts,
        DecisionLog decisions,
        AddressHash addressHash,
        FollowUpQueue followUps,
        CancellationToken cancellationToken)
    {
        // The rules are all synchronous: Validate skips the async machinery ValidateAsync adds on every check.
        var validation = validator.Validate(request);
        if (!validation.IsValid)
            return TypedResults.ValidationProblem(validation.ToDictionary());
        var caller = CallerIdentity.From(user)!; // RequireTenant has checked it.
        var sellerToken = BearerToken.Of(http);
        var applied = await sellerPolicy.ForAsync(caller, sellerToken, cancellationToken);
        var prepared = await drafts.PrepareAsync(request, caller, sellerToken, applied.Policy, senderFromRequest: true, cancellationToken);
        if (prepared.SenderRefusal is { } refusal)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sender"] = [refusal] });
        var result = drafts.Judge(prepared, applied.Policy);
        Observability.ValueCheckTelemetry.Checks.Add(1, new KeyValuePair<string, object?>("verdict", result.Verdict.Name()));

        var draft = prepared.Draft;
        var recipients = draft.AllRecipients();
        var checkId = CheckIds.NewId(draft.AsOf);
        await decisions.AddAsync(new DecisionRow
        {
            TenantId = caller.TenantId,
            CheckId = checkId,
            // The seller is who the token says, whatever the body's sender field claims.
            SellerHash = addressHash.Of(caller.TenantId, caller.Email ?? caller.UserId),
            RecipientHashes = addressHash.JoinedOf(caller.TenantId, recipients),
            HashKeyId = addressHash.KeyId,
            DraftKeyHash = string.IsNullOrEmpty(request.DraftKey) ? null : addressHash.OfDraftKey(caller.TenantId, request.DraftKey),
            MessageHash = addressHash.OfMessage(caller.TenantId, draft.Subject, recipients),
            Codes = string.Join(',', result.Findings.Select(finding => finding.Code.Name()).Distinct()),
            Verdict = result.Verdict.Name(),
            Team = applied.Team?.Group,
            FatigueAccounts = FatigueAccountsOf(result),
            TextLanguage = result.Text?.Language,
            // With checks switched off nothing was read, and that is no fact about the language.
            TextChecked = result.Text?.Judged ?? true,
            CheckedAt = draft.AsOf.UtcDateTime,
        }, cancellationToken);

        // The seller's earlier checks: did those mails go out? Learnt from their Sent Items after this answer.
        followUps.Request(caller, sellerToken);
        return TypedResults.Ok(new CheckResponse(checkId, result.Verdict, result.SendMode, result.Findings, result.Recipients, result.ValueQuestion, result.Text));
    }

    /// <summary>The accounts of the recipients a contact-fatigue finding names, as a JSON array; null when none.</summary>
    private static string? FatigueAccountsOf(CheckResult result)
    {
        var fatigued = result.Findings.Where(finding => finding.Code == FindingCode.ContactFatigue && finding.Recipient is not null)
            .Select(finding => result.Recipients.FirstOrDefault(facts => string.Equals(facts.Address, finding.Recipient, StringComparison.OrdinalIgnoreCase))?.Account?.Name)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return fatigued.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(fatigued);
    }
}
