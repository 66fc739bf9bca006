using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Addresses;
using OutlookValueCheck.Api.Endpoints;
using OutlookValueCheck.Api.Policies;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Recipients;

/// <summary>
/// POST /api/v1/recipients/lookup: what is known about each address, for the task pane's recipient cards and for
/// the add-in's prefetch while the seller composes.
/// </summary>
internal static class RecipientsApi
{
    public static IEndpointRouteBuilder MapRecipients(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantApi("/api/v1/recipients", AccessPolicies.Seller, "Recipients");
        group.MapPost("/lookup", LookupAsync).WithName("LookupRecipients").WithSummary("What is known about each address, and where each fact comes from.");
        return app;
    }

    private static async Task<Results<Ok<RecipientFacts[]>, ValidationProblem>> LookupAsync(
        LookupRequest request, IValidator<LookupRequest> validator, ClaimsPrincipal user, HttpRequest http, SellerPolicy sellerPolicy,
        RecipientFactsService facts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
            return TypedResults.ValidationProblem(validation.ToDictionary());
        var addresses = request.Addresses!.Select(address => address.Trim()).Distinct(EmailAddresses.Comparer).ToList();
        // The same lookup as a check's, so what the add-in prefetches while the seller writes is in the cache on Send.
        var caller = CallerIdentity.From(user)!;
        var sellerToken = BearerToken.Of(http);
        var policy = (await sellerPolicy.ForAsync(caller, sellerToken, cancellationToken)).Policy;
        var known = await facts.FactsForAsync(addresses, new FactsRequest(caller, caller.Email, sellerToken, policy, clock.GetUtcNow()), cancellationToken);
        return TypedResults.Ok(known.ToArray());
    }
}

internal sealed record LookupRequest(List<string>? Addresses);

internal sealed class LookupRequestValidator : AbstractValidator<LookupRequest>
{
    public LookupRequestValidator()
    {
        RuleFor(request => request.Addresses).NotEmpty().OverridePropertyName("addresses").WithMessage("addresses needs at least one address.");
        RuleFor(request => request.Addresses).Must(addresses => addresses!.Count <= AddressRules.MaxPerRequest)
            .When(request => request.Addresses is not null).OverridePropertyName("addresses")
            .WithMessage($"At most {AddressRules.MaxPerRequest} addresses.");
        RuleForEach(request => request.Addresses).MustBeAnAddress().OverridePropertyName("addresses");
    }
}
