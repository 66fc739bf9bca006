using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OutlookValueCheck.Api.Tests.Policies;

public sealed class PolicyEndpointOnSqliteTests(ValueCheckApplication app) : PolicyEndpointTests(app), IClassFixture<ValueCheckApplication>;

public sealed class PolicyEndpointOnPostgresTests(PostgresValueCheckApplication app) : PolicyEndpointTests(app), IClassFixture<PostgresValueCheckApplication>;

public abstract class PolicyEndpointTests(ValueCheckApplication app)
{
    private HttpClient Manager(string tenant, string who = "maria.manager@contoso.com") => app.ManagerClient(tenant, who);

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string json, string? ifMatch, string path = "/api/v1/policies/current")
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<int> CurrentVersionAsync(string tenant) =>
        (await JsonOf(await Manager(tenant).GetAsync("/api/v1/policies/current"))).GetProperty("version").GetInt32();

    [Fact]
    public async Task A_tenant_that_never_saved_a_policy_has_version_0_with_the_defaults()
    {
        var response = await Manager(ValueCheckApplication.OwnTenants[0]).GetAsync("/api/v1/policies/current");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        Assert.Equal(0, (await JsonOf(response)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_saved_change_applies_to_the_next_check_without_a_restart()
    {
        var tenant = ValueCheckApplication.OwnTenants[1];
        var draft = new { to = new[] { "someone@example.org" }, body = "Just checking in. Any updates?" };
        var before = await JsonOf(await app.SellerClient(tenant).PostAsJsonAsync("/api/v1/checks", draft));

        var saved = await PutAsync(Manager(tenant), """{ "severities": { "no-value-check-in": "block" } }""", "\"0\"");
        var after = await JsonOf(await app.SellerClient(tenant).PostAsJsonAsync("/api/v1/checks", draft));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("\"1\"", saved.Headers.ETag?.Tag);
        Assert.Equal("maria.manager@contoso.com", (await JsonOf(saved)).GetProperty("changedBy").GetString());
        Assert.Equal("warn", before.GetProperty("verdict").GetString());
        Assert.Equal("block", after.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_seller_in_a_team_gets_the_teams_overrides()
    {
        var tenant = ValueCheckApplication.OwnTenants[11];
        const string team = "0f6c1d2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5";
        const string other = "11111111-2222-3333-4444-555555555555";
        await PutAsync(Manager(tenant), $$"""{ "teams": { "{{team}}": { "name": "Strict", "severities": { "no-value-check-in": "block" } } } }""", "\"0\"");
        var draft = new { to = new[] { "someone@example.org" }, body = "Just checking in. Any updates?" };

        var member = await JsonOf(await app.ClientWith(app.Token(tenant, groups: [team, other])).PostAsJsonAsync("/api/v1/checks", draft));
        var outsider = await JsonOf(await app.ClientWith(app.Token(tenant, groups: [other])).PostAsJsonAsync("/api/v1/checks", draft));

        Assert.Equal("block", member.GetProperty("verdict").GetString());
        Assert.Equal("warn", outsider.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_save_without_if_match_is_428_and_saves_nothing()
    {
        var tenant = ValueCheckApplication.OwnTenants[2];

        var response = await PutAsync(Manager(tenant), "{}", ifMatch: null);

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        Assert.Equal(0, await CurrentVersionAsync(tenant));
    }

    [Fact]
    public async Task The_second_of_two_managers_saving_on_the_same_version_gets_412_naming_the_first()
    {
        var tenant = ValueCheckApplication.OwnTenants[3];

        var first = await PutAsync(Manager(tenant, "first@contoso.com"), """{ "thresholds": { "fatigueWindowDays": 21 } }""", "\"0\"");
        var second = await PutAsync(Manager(tenant, "second@contoso.com"), """{ "thresholds": { "fatigueWindowDays": 7 } }""", "\"0\"");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Contains("first@contoso.com", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var current = await JsonOf(await Manager(tenant).GetAsync("/api/v1/policies/current"));
        Assert.Equal(21, current.GetProperty("document").GetProperty("thresholds").GetProperty("fatigueWindowDays").GetInt32());
    }

    [Fact]
    public async Task Concurrent_saves_on_the_same_version_keep_exactly_one()
    {
        var tenant = ValueCheckApplication.OwnTenants[4];

        var saves = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            PutAsync(Manager(tenant, $"m{i}@contoso.com"), $$"""{ "thresholds": { "fatigueMessageCount": {{i + 2}} } }""", "\"0\"")));

        Assert.Equal(1, saves.Count(response => response.StatusCode == HttpStatusCode.OK));
        Assert.All(saves.Where(response => response.StatusCode != HttpStatusCode.OK), response => Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode));
        Assert.Equal(1, await CurrentVersionAsync(tenant));
    }

    [Fact]
    public async Task An_invalid_policy_is_400_by_field_and_saves_nothing()
    {
        var tenant = ValueCheckApplication.OwnTenants[5];

        var response = await PutAsync(Manager(tenant), """{ "thresholds": { "fatigueWindowDays": -1 }, "severities": { "pitch-to-nobody": "warn" } }""", "\"0\"");
        var misspelt = await PutAsync(Manager(tenant), """{ "tresholds": {} }""", "\"0\"");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonOf(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("thresholds.fatigueWindowDays", out _));
        Assert.True(errors.TryGetProperty("severities.pitch-to-nobody", out _));
        Assert.Equal(HttpStatusCode.BadRequest, misspelt.StatusCode);
        Assert.Contains("unknown field", await misspelt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CurrentVersionAsync(tenant));
    }

    [Fact]
    public async Task A_sensitivity_is_saved_as_written_for_the_tenant_and_a_team_and_refused_by_field_for_a_fact_code()
    {
        var tenant = ValueCheckApplication.OwnTenants[10];
        const string team = "7a2b3c4d-5e6f-4a1b-8c9d-0e1f2a3b4c5d";

        var refused = await PutAsync(Manager(tenant), $$"""{ "sensitivity": { "do-not-email": "high" }, "teams": { "{{team}}": { "sensitivity": { "seller-centric": "very" } } } }""", "\"0\"");
        var saved = await PutAsync(Manager(tenant), $$"""{ "sensitivity": { "no-value-check-in": "high" }, "teams": { "{{team}}": { "name": "Careful", "sensitivity": { "no-value-check-in": "low" } } } }""", "\"0\"");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await JsonOf(refused)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("sensitivity.do-not-email", out _));
        Assert.True(errors.TryGetProperty($"teams.{team}.sensitivity.seller-centric", out _));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var document = (await JsonOf(await Manager(tenant).GetAsync("/api/v1/policies/current"))).GetProperty("document");
        Assert.Equal("high", document.GetProperty("sensitivity").GetProperty("no-value-check-in").GetString());
        Assert.Equal("low", document.GetProperty("teams").GetProperty(team).GetProperty("sensitivity").GetProperty("no-value-check-in").GetString());
    }

    [Fact]
    public async Task Rollback_makes_an_earlier_version_current_as_a_new_version()
    {
        var tenant = ValueCheckApplication.OwnTenants[6];
        var manager = Manager(tenant);
        await PutAsync(manager, """{ "failMode": "closed" }""", "\"0\"");
        await PutAsync(manager, """{ "failMode": "open" }""", "\"1\"");

        using var rollback = new HttpRequestMessage(HttpMethod.Post, "/api/v1/policies/versions/1/rollback");
        rollback.Headers.TryAddWithoutValidation("If-Match", "\"2\"");
        var response = await manager.SendAsync(rollback);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var current = await JsonOf(response);
        Assert.Equal(3, current.GetProperty("version").GetInt32());
        Assert.Equal(1, current.GetProperty("rolledBackFrom").GetInt32());
        Assert.Equal("closed", current.GetProperty("document").GetProperty("failMode").GetString());
        var history = await JsonOf(await manager.GetAsync("/api/v1/policies/versions"));
        Assert.Equal([3, 2, 1, 0], history.EnumerateArray().Select(version => version.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Version_0_is_the_built_in_defaults_and_a_rollback_to_the_policy_in_force_is_refused()
    {
        var tenant = ValueCheckApplication.OwnTenants[17];
        var manager = Manager(tenant);
        await PutAsync(manager, """{ "failMode": "closed" }""", "\"0\"");
        await PutAsync(manager, """{ "failMode": "closed" }""", "\"1\"");
        async Task<HttpResponseMessage> RollBackAsync(int version, int basedOn)
        {
            using var rollback = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/policies/versions/{version}/rollback");
            rollback.Headers.TryAddWithoutValidation("If-Match", $"\"{basedOn}\"");
            return await manager.SendAsync(rollback);
        }

        var same = await RollBackAsync(1, 2);
        Assert.Equal(HttpStatusCode.Conflict, same.StatusCode);
        Assert.Contains("nothing to roll back", (await JsonOf(same)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var defaults = await JsonOf(await manager.GetAsync("/api/v1/policies/versions/0"));
        Assert.Equal("built-in defaults", defaults.GetProperty("changedBy").GetString());
        var back = await RollBackAsync(0, 2);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var current = await JsonOf(await manager.GetAsync("/api/v1/policies/current"));
        Assert.Equal((3, 0), (current.GetProperty("version").GetInt32(), current.GetProperty("rolledBackFrom").GetInt32()));
        Assert.Empty(current.GetProperty("document").EnumerateObject());
        Assert.Equal(HttpStatusCode.Conflict, (await RollBackAsync(0, 3)).StatusCode);
    }

    [Fact]
    public async Task Another_tenant_cannot_even_learn_of_a_version()
    {
        var tenant = ValueCheckApplication.OwnTenants[7];
        await PutAsync(Manager(tenant), """{ "failMode": "closed" }""", "\"0\"");

        var other = await Manager(ValueCheckApplication.OwnTenants[8]).GetAsync("/api/v1/policies/versions/1");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task A_seller_cannot_read_or_change_the_policy()
    {
        var seller = app.SellerClient(ValueCheckApplication.OwnTenants[9]);

        Assert.Equal(HttpStatusCode.Forbidden, (await seller.GetAsync("/api/v1/policies/current")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(seller, "{}", "\"0\"")).StatusCode);
    }
}
