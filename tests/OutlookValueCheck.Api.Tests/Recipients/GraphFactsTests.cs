using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlookValueCheck.Api.Tests.Auth;
using OutlookValueCheck.Api.Tests.Faults;

namespace OutlookValueCheck.Api.Tests.Recipients;

/// <summary>
/// Facts from Microsoft Graph, asked on the seller's behalf: verified domains make colleagues internal, the seller's
/// sent items and the recipient's replies drive contact fatigue, and throttling, slowness and outages never fail a
/// check. Real Azure.Identity, Graph SDK and resilience pipeline against the fake Graph on 127.0.0.1.
/// </summary>
[Collection(FakeEntraId.Collection)]
public sealed class GraphFactsTests : ProductionServiceTests
{
    private const string Customer = "lena.fischer@fabrikam.com";
    private readonly string _seller = Guid.NewGuid().ToString();
    private readonly UpstreamFaults _faults = new("/v1.0");

    protected override Action<Microsoft.AspNetCore.Builder.WebApplication>[] Services => [_faults.Map];

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("AzureAd:ClientSecret", FakeEntraId.ClientSecret);
        builder.UseSetting("Graph:BaseUrl", Entra.BaseAddress + "v1.0");
    }

    private async Task SavePolicyAsync(string document)
    {
        var manager = App.CreateClient();
        manager.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId, scope: null, roles: ["ValueCheck.PolicyManager"]));
        await manager.SavePolicyAsync(document);
    }

    private async Task<JsonElement> CheckAsync(params string[] to)
    {
        var seller = App.CreateClient();
        seller.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId, user: _seller));
        var response = await seller.PostAsJsonAsync("/api/v1/checks", new { to, subject = "Dashboard", body = "Here is the fix for the refresh time you asked about." });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<string> Codes(JsonElement check) =>
        check.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("code").GetString()!);

    private void SentToCustomer(params int[] daysAgo) =>
        Entra.SentBy[_seller] = daysAgo.Select(days => (DateTimeOffset.UtcNow.AddDays(-days), Customer)).ToList();

    [Fact]
    public async Task A_recipient_at_one_of_the_organisations_verified_domains_is_internal()
    {
        Entra.VerifiedDomains.Add("contoso-sales.com");

        var check = await CheckAsync("colleague@contoso-sales.com", Customer);

        var recipients = check.GetProperty("recipients");
        Assert.True(recipients[0].GetProperty("isInternal").GetBoolean());
        Assert.False(recipients[1].GetProperty("isInternal").GetBoolean());
    }

    [Fact]
    public async Task Three_unanswered_mails_in_the_window_from_the_sellers_sent_items_are_contact_fatigue()
    {
        SentToCustomer(2, 5, 9, 40);

        var check = await CheckAsync(Customer);

        Assert.Contains("contact-fatigue", Codes(check));
        var history = check.GetProperty("recipients")[0].GetProperty("mailHistory");
        Assert.Equal(3, history.GetProperty("sentToRecipient").GetArrayLength()); // the 40-day-old one is outside the window
    }

    [Fact]
    public async Task Whether_a_recipient_is_in_the_sellers_contacts_is_shown()
    {
        Entra.ContactsOf[_seller] = ["o'brien@fabrikam.com"];

        var check = await CheckAsync("O'Brien@fabrikam.com", Customer);

        Assert.True(check.GetProperty("recipients")[0].GetProperty("inSellerContacts").GetBoolean());
        Assert.False(check.GetProperty("recipients")[1].GetProperty("inSellerContacts").GetBoolean());
    }

    [Fact]
    public async Task A_reply_after_the_sellers_mails_means_no_fatigue()
    {
        SentToCustomer(2, 5, 9);
        Entra.ReceivedBy[_seller] = [(DateTimeOffset.UtcNow.AddDays(-1), Customer.ToUpperInvariant())];

        var check = await CheckAsync(Customer);

        Assert.DoesNotContain("contact-fatigue", Codes(check));
        Assert.NotEqual(JsonValueKind.Null, check.GetProperty("recipients")[0].GetProperty("mailHistory").GetProperty("lastReceivedFromRecipient").ValueKind);
    }

    [Fact]
    public async Task What_the_add_in_prefetched_while_composing_serves_the_check_on_send()
    {
        SentToCustomer(2, 5, 9);
        var seller = Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId, user: _seller);
        var prefetch = App.CreateClient();
        prefetch.DefaultRequestHeaders.Authorization = new("Bearer", seller);
        Assert.Equal(HttpStatusCode.OK, (await prefetch.PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses = new[] { Customer } })).StatusCode);
        var callsAfterPrefetch = Entra.GraphCallsTo.Values.Sum();

        var check = await CheckAsync(Customer);

        Assert.Contains("contact-fatigue", Codes(check));
        Assert.True(callsAfterPrefetch > 0);
        Assert.Equal(callsAfterPrefetch, Entra.GraphCallsTo.Values.Sum()); // the check asked Graph nothing
    }

    [Fact]
    public async Task Fifty_concurrent_checks_for_the_same_cold_address_ask_graph_once()
    {
        SentToCustomer(2, 5, 9);
        // The longest deadline a policy allows: this is about asking Graph once, and fifty cold checks on a busy
        // two-core machine can take longer than the default 1.5 s to get their first answer.
        await SavePolicyAsync("""{ "thresholds": { "lookupDeadlineMs": 2500 } }""");

        var checks = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => CheckAsync(Customer)));

        Assert.All(checks, check => Assert.Contains("contact-fatigue", Codes(check)));
        Assert.Equal(1, Entra.GraphCallsTo["/v1.0/organization"]);
        // The outcome follow-up may read Sent Items (with subjects) meanwhile; contact fatigue read them once.
        Assert.Single(Entra.SentItemsSelects, select => !select.Contains("subject", StringComparison.Ordinal));
        Assert.Equal(1, Entra.GraphCallsTo["/v1.0/me/messages"]);
        Assert.Equal(1, Entra.GraphCallsTo["/v1.0/$batch"]);
    }

    [Fact]
    public async Task Ten_cold_recipients_are_asked_about_in_one_batch()
    {
        var recipients = Enumerable.Range(1, 10).Select(i => $"buyer{i}@fabrikam.com").ToArray();
        Entra.ContactsOf[_seller] = ["buyer3@fabrikam.com"];
        Entra.ReceivedBy[_seller] = [(DateTimeOffset.UtcNow.AddDays(-1), "buyer7@fabrikam.com")];

        var check = await CheckAsync(recipients);

        Assert.Equal(1, Entra.GraphCallsTo["/v1.0/$batch"]);
        Assert.Equal(10, Entra.GraphCallsTo["/v1.0/me/messages"]);
        Assert.Equal(10, Entra.GraphCallsTo["/v1.0/me/contacts"]);
        var seen = check.GetProperty("recipients").EnumerateArray().ToList();
        Assert.Equal([false, false, true, false, false, false, false, false, false, false], seen.Select(recipient => recipient.GetProperty("inSellerContacts").GetBoolean()));
        Assert.Equal(JsonValueKind.String, seen[6].GetProperty("mailHistory").GetProperty("lastReceivedFromRecipient").ValueKind);
        Assert.Equal(JsonValueKind.Null, seen[5].GetProperty("mailHistory").GetProperty("lastReceivedFromRecipient").ValueKind);
    }

    [Fact]
    public async Task A_step_graph_throttles_inside_a_batch_is_asked_again_after_the_time_graph_asks_for()
    {
        await SavePolicyAsync("""{ "thresholds": { "lookupDeadlineMs": 2500 } }""");
        SentToCustomer(2, 5, 9);
        Entra.ReceivedBy[_seller] = [(DateTimeOffset.UtcNow.AddDays(-1), Customer)];
        Entra.ThrottleNextBatchStep = 2;

        var check = await CheckAsync(Customer);

        Assert.DoesNotContain("lookup-unavailable", Codes(check));
        Assert.DoesNotContain("contact-fatigue", Codes(check)); // the reply was read, on the second try
        Assert.Equal(2, Entra.GraphCallsTo["/v1.0/$batch"]);
    }

    [Fact]
    public async Task A_throttled_call_is_retried_after_the_time_graph_asks_for()
    {
        await SavePolicyAsync("""{ "thresholds": { "lookupDeadlineMs": 2500 } }""");
        SentToCustomer(2, 5, 9);
        Entra.ThrottleNext = 1;

        var check = await CheckAsync(Customer);

        Assert.Contains("contact-fatigue", Codes(check));
        Assert.DoesNotContain("lookup-unavailable", Codes(check));
        var calls = Entra.GraphCallsTo.Values.Sum();
        Assert.Equal(6, calls); // organization, sent items, the batch of the reply and contact lookups (3 calls), and one of the three again after its 429
    }

    [Fact]
    public async Task A_slow_graph_is_given_up_at_the_deadline_and_the_check_says_so()
    {
        await SavePolicyAsync("""{ "thresholds": { "lookupDeadlineMs": 300 } }""");
        Entra.GraphDelay = TimeSpan.FromSeconds(5);

        var check = await CheckAsync(Customer);

        Assert.Contains("lookup-unavailable", Codes(check));
        var failure = check.GetProperty("recipients")[0].GetProperty("lookupFailures")[0];
        Assert.Equal("graph", failure.GetProperty("source").GetString());
        Assert.Equal("no answer within 300 ms", failure.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task When_graph_is_down_the_check_goes_on_with_the_crm_and_names_what_is_missing()
    {
        Entra.GraphFailsWith = 503;

        var check = await CheckAsync(Customer);

        Assert.Contains("lookup-unavailable", Codes(check));
        Assert.Equal("answered 503", check.GetProperty("recipients")[0].GetProperty("lookupFailures")[0].GetProperty("reason").GetString());
        Assert.Equal(3, Entra.GraphCallsTo["/v1.0/organization"]); // the first try and two retries, then it gave up
    }

    [Theory]
    [MemberData(nameof(UpstreamFaultOutcome.Each), MemberType = typeof(UpstreamFaultOutcome))]
    public async Task A_failing_graph_leaves_the_check_to_go_on_and_say_why(UpstreamFault fault)
    {
        _faults.Fault = fault;
        var seller = App.CreateClient();
        seller.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId, user: _seller));

        var response = await seller.PostAsJsonAsync("/api/v1/checks", new { to = new[] { Customer }, subject = "Dashboard", body = "Here is the fix for the refresh time you asked about." });

        await UpstreamFaultOutcome.AssertCheckGoesOnAsync(response, _faults, "graph");
    }
}
