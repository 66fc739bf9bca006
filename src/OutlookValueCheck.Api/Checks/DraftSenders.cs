using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Recipients;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Checks;

/// <summary>
/// The sender a check takes for a draft (design.md, "The check"): the signed-in seller, or a mailbox at one of the
/// organisation's own domains (a shared mailbox, a delegate's). Any other sender is refused, so the request cannot
/// make the check judge the mail as if someone else had sent it.
/// </summary>
internal sealed class DraftSenders(OrganisationDomains domains, ILogger<DraftSenders> logger)
{
    public async Task<SenderAnswer> ResolveAsync(string? claimed, CallerIdentity caller, string? sellerToken, int deadlineMilliseconds,
        CancellationToken cancellationToken)
    {
        var own = caller.Email is { } email ? EmailAddresses.Normalise(email) : null;
        if (claimed is null || EmailAddresses.AreSame(claimed, own))
            return new SenderAnswer(own, null);
        var sender = EmailAddresses.Normalise(claimed);
        // The seller's own domain is always one of the tenant's (Entra ID signs users in at verified domains only).
        if (OrganisationDomains.IsAtAny(sender, domains.WithoutGraph(own)))
            return new SenderAnswer(sender, null);
        if (!domains.HasGraph || sellerToken is null)
            return Refused(claimed);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(deadlineMilliseconds);
        try
        {
            return OrganisationDomains.IsAtAny(sender, await domains.VerifiedAsync(caller, sellerToken, TimeSpan.FromMilliseconds(deadlineMilliseconds), deadline.Token)) ? new SenderAnswer(sender, null) : Refused(claimed);
        }
#pragma warning disable CA1031 // Graph failing must not fail the check: it is checked as the signed-in seller's instead.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            logger.LogWarning(exception, "Whether a sender is a mailbox of tenant {Tenant} could not be asked of Microsoft Graph; the check is made as the signed-in seller's.", caller.TenantId);
            return new SenderAnswer(own, null);
        }
    }

    private static SenderAnswer Refused(string claimed) => new(null,
        $"'{claimed.Trim()}' is not a mailbox of your organisation. Leave sender out to check the mail as yours, or name a shared or delegated mailbox at one of your organisation's domains.");
}

/// <summary>The sender to check the draft as, or why the requested one is refused.</summary>
internal sealed record SenderAnswer(string? Sender, string? Refusal);
