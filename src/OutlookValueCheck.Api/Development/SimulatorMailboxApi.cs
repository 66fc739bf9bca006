using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookValueCheck.Api.Addresses;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Decisions;
using OutlookValueCheck.Api.Endpoints;
using OutlookValueCheck.Api.Outcomes;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Development;

/// <summary>
/// POST /dev/mailbox/sent (Development, when the simulator plays the mailbox): the simulator says it sent a
/// message, and the seller's checks are followed up at once, so a report shows the outcome straight away.
/// </summary>
internal static class SimulatorMailboxApi
{
    public static IEndpointRouteBuilder MapSimulatorMailbox(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<ISentItems>() is not SimulatorMailbox)
            return app;
        app.MapTenantApi("/dev/mailbox", AccessPolicies.Seller, "Development").MapPost("/sent", SentAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<FollowedUp>, ValidationProblem>> SentAsync(SimulatorSent message, IValidator<SimulatorSent> validator, ClaimsPrincipal user,
        HttpRequest http, ISentItems mailbox, DecisionLog decisions, SentItemsFollowUp followUp, ValueCheckDbContext db, AddressHash addressHash, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(message, cancellationToken);
        if (!validation.IsValid)
            return TypedResults.ValidationProblem(validation.ToDictionary());
        var seller = CallerIdentity.From(user)!;
        string[] recipients = [.. message.To ?? [], .. message.Cc ?? [], .. message.Bcc ?? []];
        ((SimulatorMailbox)mailbox).Sent(seller, message.Subject, recipients);
        // The Send's own check may still be queued for storage: the follow-up must see it.
        await decisions.FlushAsync(TimeSpan.FromSeconds(3), cancellationToken);
        await followUp.FollowUpAsync(seller, BearerToken.Of(http), cancellationToken);
        // The follow-up the check itself queued may have settled this message first: count what is settled, not who did it.
        var sellerHash = addressHash.Of(seller.TenantId, seller.Email ?? seller.UserId);
        var messageHash = addressHash.OfMessage(seller.TenantId, message.Subject, recipients);
        var since = (clock.GetUtcNow() - SentItemsFollowUp.Window).UtcDateTime;
        var settled = await db.Decisions.CountAsync(row => row.SellerHash == sellerHash && row.MessageHash == messageHash && row.Delivery == DeliveryFacts.Sent
            && row.CheckedAt >= since, cancellationToken);
        return TypedResults.Ok(new FollowedUp(settled));
    }
}

internal sealed record SimulatorSent(string? Subject, List<string>? To, List<string>? Cc, List<string>? Bcc);

/// <summary>How many of the seller's checks of the last day this message settled as sent.</summary>
internal sealed record FollowedUp(int Settled);

internal sealed class SimulatorSentValidator : AbstractValidator<SimulatorSent>
{
    public SimulatorSentValidator()
    {
        RuleFor(message => message.Subject).MaximumLength(1000).OverridePropertyName("subject");
        RuleFor(message => message).Must(message => (message.To?.Count ?? 0) + (message.Cc?.Count ?? 0) + (message.Bcc?.Count ?? 0) is > 0 and <= AddressRules.MaxPerRequest)
            .OverridePropertyName("to").WithMessage($"A sent message has 1 to {AddressRules.MaxPerRequest} recipients in to, cc and bcc.");
        RuleForEach(message => message.To).MustBeAnAddress().OverridePropertyName("to");
        RuleForEach(message => message.Cc).MustBeAnAddress().OverridePropertyName("cc");
        RuleForEach(message => message.Bcc).MustBeAnAddress().OverridePropertyName("bcc");
    }
}
