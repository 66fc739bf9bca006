using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutlookValueCheck.Api.Tests.Checks;

public sealed class PolicyPreviewTests(ValueCheckApplication app) : IClassFixture<ValueCheckApplication>
{
    private HttpClient Manager(string tenant) => app.ManagerClient(tenant);

    private static readonly object CheckIn = new { to = new[] { "buyer@example.com" }, subject = "Hi", body = "Just checking in! Any updates?", bodyFormat = "text" };

    [Fact]
    public async Task An_unsaved_policy_is_previewed_next_to_the_saved_one_and_nothing_is_stored()
    {
        var tenant = ValueCheckApplication.OwnTenants[8];
        await app.ImportCrmAsync(tenant,
            "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products\nA1,Example Ltd,example.com,customer,2021-01-01,,anna.berg@contoso.com,0,\n",
            "email,account_id,first_name,last_name,title,do_not_email\n");

        var response = await Manager(tenant).PostAsJsonAsync("/api/v1/policies/preview", new
        {
            policy = new { severities = new Dictionary<string, string> { ["no-value-check-in"] = "block" } },
            draft = CheckIn,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("block", preview.GetProperty("unsaved").GetProperty("verdict").GetString());
        Assert.Equal("warn", preview.GetProperty("saved").GetProperty("verdict").GetString());
        Assert.Equal("Example Ltd", preview.GetProperty("unsaved").GetProperty("recipients")[0].GetProperty("account").GetProperty("name").GetString());
        Assert.Empty(await app.DecisionsAsync(tenant));
        var current = await Manager(tenant).GetFromJsonAsync<JsonElement>("/api/v1/policies/current");
        Assert.Equal(0, current.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Errors_in_the_policy_and_the_draft_are_named_by_field()
    {
        var response = await Manager(ValueCheckApplication.TenantA).PostAsJsonAsync("/api/v1/policies/preview", new
        {
            policy = new { thresholds = new { fatigueMessageCount = -1 } },
            draft = new { to = new[] { "not an address" }, subject = "", body = "", bodyFormat = "text" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("thresholds.fatigueMessageCount", out _), errors.ToString());
        Assert.Contains(errors.EnumerateObject(), field => field.Name.StartsWith("draft.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_seller_cannot_preview_policies()
    {
        var response = await app.SellerClient().PostAsJsonAsync("/api/v1/policies/preview", new { policy = new { }, draft = CheckIn });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
