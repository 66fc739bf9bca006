using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutlookValueCheck.Api.Tests.Outcomes;

/// <summary>
/// Development without Graph: the compose simulator plays the seller's mailbox. What it says it sent settles the
/// seller's checks at once, so the report's outcomes can be tried end to end.
/// </summary>
public sealed class SimulatorMailboxTests(ValueCheckApplication app) : IClassFixture<ValueCheckApplication>
{
    private static readonly string Tenant = ValueCheckApplication.OwnTenants[15];
    private static readonly string OtherTenant = ValueCheckApplication.OwnTenants[14];

    [Fact]
    public async Task A_warned_draft_the_simulator_sends_is_sent_anyway_in_the_report()
    {
        var seller = app.ClientWith(app.Token(Tenant, user: "ines.sousa@contoso.com"));
        var check = await seller.PostAsJsonAsync("/api/v1/checks", new { to = new[] { "tom@fabrikam.com" }, subject = "Any news?", body = "Hi Tom, just checking in. Any update?", draftKey = "draft-1" });
        Assert.Equal("warn", (await check.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("verdict").GetString());

        var sent = await seller.PostAsJsonAsync("/dev/mailbox/sent", new { subject = "Any news?", to = new[] { "Tom@Fabrikam.com" } });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(1, (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("settled").GetInt32());
        var report = await app.ClientWith(app.Token(Tenant, scope: null, roles: ["ValueCheck.PolicyManager"])).GetFromJsonAsync<JsonElement>("/api/v1/reports");
        Assert.Equal(1, report.GetProperty("byOutcome").GetProperty("sentAnyway").GetInt32());
        var code = report.GetProperty("byCode").EnumerateArray().Single(entry => entry.GetProperty("code").GetString() == "no-value-check-in");
        Assert.Equal(1, code.GetProperty("outcomes").GetProperty("sentAnyway").GetInt32());
    }

    [Fact]
    public async Task A_message_already_settled_still_counts_as_settled_by_it()
    {
        // The follow-up the check queues runs in the background and may settle the message before this call does.
        var seller = app.ClientWith(app.Token(OtherTenant, user: "joao.lima@contoso.com"));
        await seller.PostAsJsonAsync("/api/v1/checks", new { to = new[] { "ana@fabrikam.com" }, subject = "Quarterly numbers", body = "Hi Ana, just checking in.", draftKey = "draft-2" });
        var message = new { subject = "Quarterly numbers", to = new[] { "ana@fabrikam.com" } };

        var first = await seller.PostAsJsonAsync("/dev/mailbox/sent", message);
        var again = await seller.PostAsJsonAsync("/dev/mailbox/sent", message);

        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("settled").GetInt32());
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("settled").GetInt32());
    }

    [Fact]
    public async Task A_sent_message_without_recipients_is_refused_naming_the_field()
    {
        var seller = app.ClientWith(app.Token(Tenant));

        var response = await seller.PostAsJsonAsync("/dev/mailbox/sent", new { subject = "Hi", to = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("to", out _));
    }
}
