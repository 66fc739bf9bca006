using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Endpoints;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Decisions;

/// <summary>POST /api/v1/decisions: the seller says what they did after a check (sent anyway, edited, cancelled, answered).</summary>
internal static class DecisionsApi
{
    public static IEndpointRouteBuilder MapDecisions(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantApi("/api/v1/decisions", AccessPolicies.Seller, "Decisions");
        group.MapPost("/", RecordAsync).WithName("RecordDecision").WithSummary("Records what the seller did after a check.");
        return app;
    }

    private static async Task<Results<NoContent, ValidationProblem, NotFound>> RecordAsync(
        DecisionRequest request, IValidator<DecisionRequest> validator, ClaimsPrincipal user, ValueCheckDbContext db, DecisionLog log, AddressHash addressHash, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
            return TypedResults.ValidationProblem(validation.ToDictionary());
        var caller = CallerIdentity.From(user)!;
        // Another tenant's check, or another seller's, is simply not found: 404 says nothing about whether it exists.
        var decision = await db.Decisions.FirstOrDefaultAsync(row => row.CheckId == request.CheckId, cancellationToken);
        if (decision is null)
        {
            // The check's own record may still be queued: wait for the writer once, then look again. Still queued
            // after a few seconds means storage is away: 503 asks the add-in to try again, which it does.
            if (!await log.FlushAsync(TimeSpan.FromSeconds(3), cancellationToken))
                throw new StorageUnavailableException("The check's decision is still waiting for storage.");
            decision = await db.Decisions.FirstOrDefaultAsync(row => row.CheckId == request.CheckId, cancellationToken);
        }
        // A check whose hashes an upgrade forgot, or made under a rotated-away key, has no seller to match: not found.
        if (decision is null || decision.SellerHash != addressHash.Of(caller.TenantId, caller.Email ?? caller.UserId))
            return TypedResults.NotFound();
        decision.Outcome = request.Outcome;
        decision.ValueAnswer = request.ValueAnswer?.Trim();
        decision.DecidedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
