using System.Diagnostics;
using OutlookValueCheck.Api.Observability;
using Microsoft.Graph.Models.ODataErrors;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Crm;
using OutlookValueCheck.Api.Graph;
using OutlookValueCheck.Core.Crm;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Recipients;

/// <summary>
/// What the service knows about each recipient of the calling seller: the CRM (built-in store), and from Microsoft
/// Graph the organisation's verified domains and the seller's mail history. Sources are asked at the same time and
/// within the policy's lookup deadline; a source that fails or is late is named on each recipient
/// (<see cref="LookupFailure"/>) and the check goes on with what it has.
/// </summary>
internal sealed class RecipientFactsService(TenantCrm crm, GraphMailbox mailbox, OrganisationDomains organisation, ILogger<RecipientFactsService> logger)
{
    public async Task<List<RecipientFacts>> FactsForAsync(IReadOnlyList<string> addresses, FactsRequest request, CancellationToken cancellationToken)
    {
        var lookupDeadline = TimeSpan.FromMilliseconds(request.Policy.LookupDeadlineMilliseconds);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(lookupDeadline);

        var started = Stopwatch.GetTimestamp();
        // A source asking to be retried after longer than the deadline is not waited for: it could only answer too late.
        var (lookups, baseIndex) = WithSubAddressBases(addresses);
        var crmTask = crm.MatchesForAsync(lookups, lookupDeadline, deadline.Token);
        var graphTask = GraphFactsAsync(addresses, request, lookupDeadline, deadline.Token);
        var (crmMatches, crmFailure) = await Guard("crm", $"crm:{crm.Kind}", crm.SourceName, crmTask, started, request, cancellationToken);
        var (graph, graphFailure) = mailbox.IsConfigured
            ? await Guard("graph", "graph", null, graphTask, started, request, cancellationToken)
            : (await graphTask, null);

        var ownDomains = graph?.VerifiedDomains is { Length: > 0 } verified ? verified : organisation.WithoutGraph(request.SellerAddress);
        var failures = new[] { crmFailure, graphFailure }.OfType<LookupFailure>().ToList();
        var crmSource = crm.SourceName;
        var facts = new List<RecipientFacts>(addresses.Count);
        for (var i = 0; i < addresses.Count; i++)
        {
            var address = addresses[i];
            if (OrganisationDomains.IsAtAny(address, ownDomains))
            {
                facts.Add(new RecipientFacts { Address = address, IsInternal = true });
                continue;
            }
            var crmMatch = crmMatches?[i];
            var doNotEmailBase = baseIndex?[i] is { } at && crmMatches?[at].Contact is { DoNotEmail: true } baseContact ? baseContact : null;
            var inMailbox = graph?.Recipients.GetValueOrDefault(address);
            facts.Add(new RecipientFacts
            {
                Address = address,
                Contact = crmMatch?.Contact,
                Account = crmMatch?.Account,
                DoNotEmailBaseContact = doNotEmailBase,
                CrmSource = crmMatch is { Contact: not null } or { Account: not null } || doNotEmailBase is not null ? crmSource : null,
                MailHistory = inMailbox?.History,
                InSellerContacts = inMailbox?.InContacts,
                LookupFailures = failures,
            });
        }
        return facts;
    }

    /// <summary>
    /// The addresses to ask the CRM about: the recipients, then the base of each "+tag" sub-address (for
    /// do-not-email), with where each recipient's base is; the recipients alone, and no index, when none has a tag.
    /// </summary>
    private static (IReadOnlyList<string> Lookups, int?[]? BaseIndex) WithSubAddressBases(IReadOnlyList<string> addresses)
    {
        List<string>? lookups = null;
        int?[]? baseIndex = null;
        for (var i = 0; i < addresses.Count; i++)
        {
            if (EmailAddresses.SubAddressBase(EmailAddresses.Normalise(addresses[i])) is not { } baseAddress)
                continue;
            lookups ??= [.. addresses];
            baseIndex ??= new int?[addresses.Count];
            baseIndex[i] = lookups.Count;
            lookups.Add(baseAddress);
        }
        return (lookups ?? addresses, baseIndex);
    }

    private async Task<GraphFacts?> GraphFactsAsync(IReadOnlyList<string> addresses, FactsRequest request, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        if (!mailbox.IsConfigured || request.SellerToken is null)
            return null;
        var seller = mailbox.SellerFor(request.Caller, request.SellerToken, maxWait);
        var domains = mailbox.VerifiedDomainsAsync(seller, cancellationToken);
        var recipients = mailbox.AboutRecipientsAsync(seller, addresses, request.AsOf.AddDays(-request.Policy.FatigueWindowDays), cancellationToken);
        return new GraphFacts(await domains, await recipients);
    }

    /// <summary>
    /// The source's answer, or the reason it has none; only the request itself being aborted is thrown. A CRM names
    /// itself (<paramref name="vendor"/>) in a reason the service words; Graph needs not (the source says "graph").
    /// </summary>
    private async Task<(T? Answer, LookupFailure? Failure)> Guard<T>(string source, string metricSource, string? vendor, Task<T> lookup, long started, FactsRequest request,
        CancellationToken requestAborted)
        where T : class?
    {
        var outcome = "failed";
        try
        {
            var answer = await lookup;
            outcome = "ok";
            return (answer, null);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            outcome = "timeout";
            logger.LogWarning("The {Source} lookup of tenant {Tenant} missed the {Deadline} ms deadline; the check goes on without it.", source, request.Caller.TenantId, request.Policy.LookupDeadlineMilliseconds);
            return (null, new LookupFailure(source, $"no answer within {request.Policy.LookupDeadlineMilliseconds} ms"));
        }
#pragma warning disable CA1031 // Any failure of a source is reported on the recipients; the check must go on.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogWarning(exception, "The {Source} lookup of tenant {Tenant} failed; the check goes on without it.", source, request.Caller.TenantId);
            return (null, new LookupFailure(source, Describe(exception, vendor)));
        }
        finally
        {
            ValueCheckTelemetry.LookupDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("source", metricSource), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    // Short and free of data: it is shown to the seller as evidence of lookup-unavailable.
    private static string Describe(Exception exception, string? vendor) => exception switch
    {
        Resilience.RetryAfterBeyondLimitException wait =>
            $"{(vendor is null ? "" : $"{vendor} ")}asked to wait {Math.Ceiling(wait.RetryAfter.TotalSeconds):0} s, longer than the {wait.Limit.TotalMilliseconds:0} ms lookup deadline",
        ODataError { ResponseStatusCode: 429 } => "throttled",
        Crm.CrmSourceException source => source.Reason,
        ODataError error => $"answered {error.ResponseStatusCode}",
        Polly.CircuitBreaker.BrokenCircuitException => "paused after repeated failures",
        Azure.Identity.AuthenticationFailedException => "could not sign in on the seller's behalf",
        HttpRequestException { StatusCode: { } status } => $"answered {(int)status}",
        HttpRequestException => "unreachable",
        _ => "failed",
    };

    private sealed record GraphFacts(string[] VerifiedDomains, Dictionary<string, RecipientInMailbox> Recipients);
}

/// <summary>Who asks, on whose behalf, under which policy and as of when.</summary>
internal sealed record FactsRequest(CallerIdentity Caller, string? SellerAddress, string? SellerToken, Policy Policy, DateTimeOffset AsOf);
