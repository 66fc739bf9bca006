using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using OutlookValueCheck.Api.Tests.Auth;

namespace OutlookValueCheck.Api.Tests.Recipients;

/// <summary>
/// With Microsoft Graph (the fake on 127.0.0.1): the seller's mail history matches a recipient in any spelling, and a
/// draft's sender is accepted only at one of the tenant's verified domains.
/// </summary>
[Collection(FakeEntraId.Collection)]
public sealed class GraphSpellingAndSenderTests : ProductionServiceTests
{
    private const string Customer = "lena.fischer@fabrikam.com";
    private readonly string _seller = Guid.NewGuid().ToString();

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("AzureAd:ClientSecret", FakeEntraId.ClientSecret);
        builder.UseSetting("Graph:BaseUrl", Entra.BaseAddress + "v1.0");
    }

    // The longest deadline a policy allows: these tests are about what Graph answers, not about how fast on a busy machine.
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var manager = App.CreateClient();
        manager.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId, scope: null, roles: ["ValueCheck.PolicyManager"]));
        await manager.SavePolicyAsync("""{ "thresholds": { "lookupDeadlineMs": 2500 } }""");
    }

    private async Task<HttpResponseMessage> CheckAsync(string to, string? sender = null)
    {
        var seller = App.CreateClient();
        seller.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId, user: _seller));
        return await seller.PostAsJsonAsync("/api/v1/checks", new { sender, to = new[] { to }, subject = "Dashboard", body = "Here is the fix for the refresh time you asked about." });
    }

    private static async Task<List<string>> CodesAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("code").GetString()!).ToList();
    }

    [Theory]
    [InlineData("\"lena.fischer\"@fabrikam.com")]
    [InlineData("Lena.Fischer@Fabrikam.com.")]
    public async Task Contact_fatigue_counts_the_sent_items_whatever_the_spelling_of_either(string spelling)
    {
        Entra.SentBy[_seller] = [(DateTimeOffset.UtcNow.AddDays(-2), "Lena.Fischer@FABRIKAM.com"), (DateTimeOffset.UtcNow.AddDays(-5), "\"lena.fischer\"@fabrikam.com"), (DateTimeOffset.UtcNow.AddDays(-9), Customer)];

        Assert.Contains("contact-fatigue", await CodesAsync(await CheckAsync(spelling)));
    }

    [Fact]
    public async Task A_reply_counts_for_a_recipient_spelled_another_way()
    {
        // The seller's earlier mails went to the same odd spelling; Exchange records her reply under her real address.
        const string Spelled = "Lena.Fischer@Fabrikam.com.";
        Entra.SentBy[_seller] = [(DateTimeOffset.UtcNow.AddDays(-3), Spelled), (DateTimeOffset.UtcNow.AddDays(-5), Spelled), (DateTimeOffset.UtcNow.AddDays(-9), Spelled)];
        Entra.ReceivedBy[_seller] = [(DateTimeOffset.UtcNow.AddDays(-1), Customer)];

        var check = await CheckAsync(Spelled);

        Assert.DoesNotContain("contact-fatigue", await CodesAsync(check));
    }

    [Fact]
    public async Task A_sender_at_one_of_the_verified_domains_is_accepted()
    {
        Entra.VerifiedDomains.Add("contoso-sales.com");

        Assert.Equal(HttpStatusCode.OK, (await CheckAsync(Customer, sender: "deals@contoso-sales.com")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CheckAsync(Customer, sender: "shared@emea.contoso.com")).StatusCode);
    }

    [Fact]
    public async Task A_sender_at_no_verified_domain_is_a_400_naming_sender()
    {
        var response = await CheckAsync(Customer, sender: "someone@fabrikam.com");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not a mailbox of your organisation", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("sender")[0].GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_graph_cannot_say_the_check_goes_on_as_the_signed_in_sellers()
    {
        Entra.GraphFailsWith = 503;

        var response = await CheckAsync(Customer, sender: "deals@contoso-sales.com");

        Assert.Contains("lookup-unavailable", await CodesAsync(response));
    }
}
