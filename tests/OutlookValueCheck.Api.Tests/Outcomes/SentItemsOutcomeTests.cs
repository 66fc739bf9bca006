using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Decisions;
using OutlookValueCheck.Api.Outcomes;
using OutlookValueCheck.Api.Storage;
using OutlookValueCheck.Api.Tests.Auth;

namespace OutlookValueCheck.Api.Tests.Outcomes;

/// <summary>
/// What sellers did, learnt from their Sent Items through the real Graph SDK against the fake Graph: a warned
/// draft that shows up sent was sent anyway, a clean one was sent, and a check a day old with no such message was
/// not sent. The report counts each as a fact.
/// </summary>
[Collection(FakeEntraId.Collection)]
public sealed class SentItemsOutcomeTests : ProductionServiceTests
{
    private readonly string _seller = Guid.NewGuid().ToString();
    private const string Customer = "lena.fischer@fabrikam.com";
    private const string Tenant = ValueCheckApplication.TenantA;

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("AzureAd:ClientSecret", FakeEntraId.ClientSecret);
        builder.UseSetting("Graph:BaseUrl", Entra.BaseAddress + "v1.0");
    }

    private HttpClient Seller()
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(Tenant, FakeEntraId.ApiClientId, user: _seller));
        return client;
    }

    private async Task<JsonElement> ReportAsync()
    {
        var manager = App.CreateClient();
        manager.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(Tenant, FakeEntraId.ApiClientId, scope: null, roles: ["ValueCheck.PolicyManager"]));
        return await manager.GetFromJsonAsync<JsonElement>("/api/v1/reports");
    }

    private async Task<string> CheckAsync(string subject, string body)
    {
        var response = await Seller().PostAsJsonAsync("/api/v1/checks", new { to = new[] { Customer }, subject, body, draftKey = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("verdict").GetString()!;
    }

    private void InSentItems(string subject, DateTimeOffset sent) =>
        Entra.MessagesSentBy.GetOrAdd(_seller, _ => []).Add((sent, subject, [Customer.ToUpperInvariant()]));

    /// <summary>
    /// The follow-up runs after the check, off the seller's path, and checks reach the report once the decision log
    /// is written: wait for the report to show every outcome expected.
    /// </summary>
    private async Task<JsonElement> OutcomesOnceSettledAsync(params string[] expected)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var outcomes = (await ReportAsync()).GetProperty("byOutcome");
            if (expected.All(outcome => outcomes.TryGetProperty(outcome, out _)))
                return outcomes;
            await Task.Delay(100);
        }
        return (await ReportAsync()).GetProperty("byOutcome");
    }

    [Fact]
    public async Task A_warned_draft_that_shows_up_in_Sent_Items_was_sent_anyway()
    {
        // Exchange stamps the message a moment after the Send that was checked; the subject's case and spacing may differ.
        InSentItems("any  NEWS?", DateTimeOffset.UtcNow.AddSeconds(20));

        Assert.Equal("warn", await CheckAsync("Any news?", "Hi Lena,\n\nJust checking in to see if there is any update on your side?\n\nBest"));

        var outcomes = await OutcomesOnceSettledAsync("sentAnyway");
        Assert.Equal(1, outcomes.GetProperty("sentAnyway").GetInt32());
        Assert.False(outcomes.TryGetProperty("unknown", out _));
    }

    [Fact]
    public async Task A_clean_draft_that_shows_up_in_Sent_Items_was_sent_and_one_that_does_not_is_not_known_yet()
    {
        InSentItems("Your dashboard fix", DateTimeOffset.UtcNow.AddSeconds(5));

        Assert.Equal("ok", await CheckAsync("Your dashboard fix", "Hi Lena,\n\nThe refresh time you asked about is fixed: the dashboard now updates every 5 minutes.\n\nBest"));
        Assert.Equal("ok", await CheckAsync("Another subject", "Hi Lena,\n\nThe export you asked about now holds all 412 rows of your March data.\n\nBest"));

        var outcomes = await OutcomesOnceSettledAsync("sent", "unknown");
        Assert.Equal(1, outcomes.GetProperty("sent").GetInt32());
        Assert.Equal(1, outcomes.GetProperty("unknown").GetInt32());
    }

    [Fact]
    public async Task A_check_over_a_day_old_with_no_such_message_was_not_sent_and_a_week_old_one_is_left_alone()
    {
        var hash = App.Services.GetRequiredService<AddressHash>();
        var seller = new CallerIdentity(Tenant, _seller, null, []);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(Tenant);
            var db = scope.ServiceProvider.GetRequiredService<ValueCheckDbContext>();
            foreach (var daysAgo in new[] { 2, 8 })
            {
                db.Decisions.Add(new DecisionRow
                {
                    TenantId = Tenant, CheckId = Guid.NewGuid(), SellerHash = hash.Of(Tenant, _seller), Verdict = "warn", Codes = "no-value-check-in",
                    MessageHash = hash.OfMessage(Tenant, "Checking in", [Customer]), CheckedAt = DateTime.UtcNow.AddDays(-daysAgo),
                });
            }
            await db.SaveChangesAsync();
        }

        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(Tenant);
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<SentItemsFollowUp>().FollowUpAsync(seller, Entra.Token(Tenant, FakeEntraId.ApiClientId, user: _seller), CancellationToken.None));
            var deliveries = await scope.ServiceProvider.GetRequiredService<ValueCheckDbContext>().Decisions.AsNoTracking()
                .OrderBy(row => row.CheckedAt).Select(row => row.Delivery).ToListAsync();
            Assert.Equal([null, "notSent"], deliveries);
        }
    }
}
