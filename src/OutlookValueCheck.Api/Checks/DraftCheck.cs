using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Recipients;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Checks;

/// <summary>
/// The one sequence that judges a draft, for every endpoint that does (a seller's check, a manager's preview): the
/// draft as the signed-in seller writes it, its sender where the request names another mailbox, its recipients'
/// facts under the policy's deadline, then the judge's verdict under each policy asked about.
/// </summary>
internal sealed class DraftCheck(RecipientFactsService recipientFacts, DraftSenders senders, ValueChecker checker, TimeProvider clock)
{
    /// <summary>
    /// Reads the draft and looks its recipients up under <paramref name="lookupPolicy"/>'s deadline; with checks
    /// turned off there (a manager's switch for the day the service has an incident) nothing is looked up.
    /// </summary>
    /// <param name="senderFromRequest">Whether the request's sender field is honoured (a shared or delegated mailbox
    /// of the seller's organisation) or the draft is the signed-in seller's whatever it says.</param>
    public async Task<PreparedDraft> PrepareAsync(CheckRequest request, CallerIdentity caller, string? sellerToken, Policy lookupPolicy,
        bool senderFromRequest, CancellationToken cancellationToken)
    {
        // The signed-in seller writes the mail; without an address in the token they are named by object ID, which
        // no account owner matches. Who counts as a colleague follows them (or the tenant's verified domains), never
        // the sender field: a sender claiming the customer's domain must not make the customer "internal".
        var draft = request.ToDraft(caller.Email, caller.Email ?? caller.UserId, clock.GetUtcNow());
        if (!lookupPolicy.ChecksEnabled)
            return new PreparedDraft(draft, [], null, request.DisplayLanguage);
        // The sender may need the tenant's verified domains, which the facts lookup asks for too: both at once.
        var sender = senderFromRequest
            ? senders.ResolveAsync(request.Sender, caller, sellerToken, lookupPolicy.LookupDeadlineMilliseconds, cancellationToken)
            : Task.FromResult(new SenderAnswer(draft.Sender, null));
        var facts = await recipientFacts.FactsForAsync(draft.AllRecipients(), new FactsRequest(caller, caller.Email, sellerToken, lookupPolicy, draft.AsOf), cancellationToken);
        var answer = await sender;
        return new PreparedDraft(answer.Refusal is null ? draft with { Sender = answer.Sender } : draft, facts, answer.Refusal, request.DisplayLanguage);
    }

    /// <summary>The verdict on a prepared draft under <paramref name="policy"/>, said in the seller's language; the facts do not depend on the policy.</summary>
    public CheckResult Judge(PreparedDraft prepared, Policy policy) => checker.Check(prepared.Draft, prepared.Facts, policy, prepared.DisplayLanguage);
}

/// <summary>A draft ready to judge: what it says, who its recipients are, why its sender was refused (if it was), and the language to speak.</summary>
internal sealed record PreparedDraft(Draft Draft, List<RecipientFacts> Facts, string? SenderRefusal, string? DisplayLanguage);
