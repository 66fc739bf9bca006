using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookValueCheck.Api.Tests.Auth;

namespace OutlookValueCheck.Api.Tests.Resilience;

/// <summary>
/// What a source's Retry-After does to a check, for each upstream (Graph, Dataverse, Salesforce, HubSpot), measured by
/// the fake: a 429 asking for a second is retried no sooner than a second later and the check gets its facts; a 429
/// asking for longer than the check's lookup deadline is not waited for, and the check says so.
/// </summary>
public abstract class RetryAfterTests : ProductionServiceTestsOn
{
    /// <summary>
    /// Timers may fire up to one tick of the system's coarse clock early (4 ms on Linux, 15.6 ms on Windows), so the
    /// wait the fake measures can fall short of the second asked by that much; a fixed 200 ms back-off falls 800 ms short.
    /// </summary>
    private static readonly TimeSpan TimerGranularity = TimeSpan.FromMilliseconds(16);

    protected RetryAfterProbe Probe { get; }

    protected RetryAfterTests(string pathPrefix, bool postgres) : base(postgres) => Probe = new RetryAfterProbe(pathPrefix);

    /// <summary>"crm" or "graph", as the check names the source.</summary>
    protected abstract string Source { get; }

    /// <summary>How the source names itself in a reason the service words ("HubSpot "); empty for Graph.</summary>
    protected abstract string Vendor { get; }

    /// <summary>A recipient the source knows, set up in the fake.</summary>
    protected abstract string KnownRecipient();

    /// <summary>The recipient's facts came from the source.</summary>
    protected abstract void AssertFactsCameFromTheSource(JsonElement recipient);

    private HttpClient Seller()
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId));
        return client;
    }

    private async Task<JsonElement> CheckAsync(string to)
    {
        var response = await Seller().PostAsJsonAsync("/api/v1/checks", new { to = new[] { to }, subject = "Figures", body = "Here are the figures you asked for." });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    [Fact]
    public async Task A_429_with_Retry_After_1_is_retried_no_sooner_than_a_second_later_and_the_check_gets_the_facts()
    {
        // The longest lookup deadline a policy allows: the second asked for, and the rest of the lookup, fit in it.
        var manager = App.CreateClient();
        manager.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId, scope: null, roles: ["ValueCheck.PolicyManager"]));
        await manager.SavePolicyAsync("""{ "thresholds": { "lookupDeadlineMs": 2500 } }""");
        var recipient = KnownRecipient();
        Probe.RetryAfterSeconds = 1;

        var check = await CheckAsync(recipient);

        var facts = check.GetProperty("recipients")[0];
        Assert.Empty(facts.GetProperty("lookupFailures").EnumerateArray());
        AssertFactsCameFromTheSource(facts);
        var (throttled, retry) = Probe.FirstRetry();
        var waited = RetryAfterProbe.Between(throttled, retry);
        Assert.True(waited >= TimeSpan.FromSeconds(1) - TimerGranularity, $"The retry of {throttled.Target} came {waited.TotalMilliseconds:0} ms after the 429 that asked for 1 s.");
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_lookup_deadline_is_not_waited_for_and_the_check_says_so()
    {
        var recipient = KnownRecipient();
        Probe.RetryAfterSeconds = 5;
        Probe.ThrottleEveryRequest = true;

        var check = await CheckAsync(recipient);

        Assert.Contains(check.GetProperty("findings").EnumerateArray(), finding => finding.GetProperty("code").GetString() == "lookup-unavailable");
        var failure = Assert.Single(check.GetProperty("recipients")[0].GetProperty("lookupFailures").EnumerateArray());
        Assert.Equal(Source, failure.GetProperty("source").GetString());
        Assert.Equal($"{Vendor}asked to wait 5 s, longer than the 1500 ms lookup deadline", failure.GetProperty("reason").GetString());
        // Given up at the first answer: nothing was asked twice.
        var requests = Probe.RequestsPerTarget();
        Assert.NotEmpty(requests);
        Assert.All(requests, target => Assert.True(target.Value == 1, $"{target.Key} was asked {target.Value} times."));
    }
}
