using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutlookValueCheck.Api.Tests.Abuse;

public sealed class TenantIdCaseOnSqliteTests(ValueCheckApplication app) : TenantIdCaseTests(app), IClassFixture<ValueCheckApplication>;

public sealed class TenantIdCaseOnPostgresTests(PostgresValueCheckApplication app) : TenantIdCaseTests(app), IClassFixture<PostgresValueCheckApplication>;

/// <summary>
/// A tenant ID is one tenant however a token spells its hex digits: stored and compared lower-case, an upper-case
/// <c>tid</c> reaches the same policy, writes into the same partition and is never a second tenant.
/// </summary>
public abstract class TenantIdCaseTests(ValueCheckApplication app)
{
    [Fact]
    public async Task An_upper_case_tenant_id_reads_and_writes_the_same_tenants_data()
    {
        var tenant = ValueCheckApplication.OwnTenants[1];
        var upper = tenant.ToUpperInvariant();
        await app.ManagerClient(tenant).SavePolicyAsync("""{ "severities": { "no-value-check-in": "block" } }""");

        var policy = await app.ManagerClient(upper).GetFromJsonAsync<JsonElement>("/api/v1/policies/current");
        var check = await (await app.SellerClient(upper).PostAsJsonAsync("/api/v1/checks",
            new { to = new[] { "julia@adatum.example" }, subject = "Hi", body = "Just checking in! Any updates?", bodyFormat = "text" })).Content.ReadFromJsonAsync<JsonElement>();
        await app.ManagerClient(upper).SavePolicyAsync("""{ "severities": { "no-value-check-in": "info" } }""", basedOn: 1);

        Assert.Equal(1, policy.GetProperty("version").GetInt32());
        Assert.Equal("block", check.GetProperty("verdict").GetString());
        Assert.Single(await app.DecisionsAsync(tenant));
        Assert.Empty(await app.DecisionsAsync(upper));
        var versions = await app.ManagerClient(tenant).GetFromJsonAsync<JsonElement>("/api/v1/policies/versions");
        Assert.Equal(3, versions.EnumerateArray().Count()); // two saved, and version 0 (the built-in defaults)
    }
}
