using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookValueCheck.Api.Tests.AddIn;

/// <summary>The service's side of the add-in in Development: its files, configuration, settings and development tokens.</summary>
public sealed class AddInServiceTests(ValueCheckApplication app) : IClassFixture<ValueCheckApplication>
{
    [Fact]
    public async Task The_handler_script_is_served_with_this_deployments_configuration_in_front()
    {
        var script = await app.CreateClient().GetStringAsync("/addin/events.js");

        Assert.StartsWith("var VALUECHECK_CONFIG = {\"serviceOrigin\":\"http://localhost\",\"auth\":\"development\"", script, StringComparison.Ordinal);
        // The bundle itself follows, registering the manifests' function names.
        Assert.Contains("onMessageSendHandler", script, StringComparison.Ordinal);
        Assert.Contains("onMessageRecipientsChangedHandler", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_handler_bundle_stays_under_50_KB_so_Send_does_not_wait_on_it()
    {
        var script = await app.CreateClient().GetByteArrayAsync("/addin/events.js");

        Assert.InRange(script.Length, 1_000, 50 * 1024);
    }

    [Fact]
    public async Task The_task_pane_and_the_simulator_are_served_in_development()
    {
        var client = app.CreateClient();

        Assert.Contains("office.js", await client.GetStringAsync("/addin/taskpane/taskpane.html"), StringComparison.Ordinal);
        Assert.Contains("Value Check compose simulator", await client.GetStringAsync("/addin/simulator/simulator.html"), StringComparison.Ordinal);
        // The handlers' page for browser runtimes loads MSAL's Nested App Authentication beside the handlers.
        var eventsPage = await client.GetStringAsync("/addin/events/events.html");
        Assert.Contains("/addin/naa.js", eventsPage, StringComparison.Ordinal);
        var naa = await client.GetStringAsync("/addin/naa.js");
        Assert.Contains("globalThis.ValueCheckNaa", naa, StringComparison.Ordinal);
        Assert.Contains("nestedAppAuthBridge", naa, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classic_outlook_finds_the_handler_script_in_the_well_known_allowed_file()
    {
        var allowed = await app.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/microsoft-officeaddins-allowed.json");

        Assert.Equal("http://localhost/addin/events.js", allowed.GetProperty("allowed")[0].GetString());
    }

    [Fact]
    public async Task The_service_serves_both_manifests_for_its_own_address()
    {
        var client = app.CreateClient();

        var json = await client.GetStringAsync("/addin/manifest.json");
        var xml = await client.GetStringAsync("/addin/manifest.xml");

        Assert.Contains("http://localhost/addin/events.js", json, StringComparison.Ordinal);
        Assert.Contains("http://localhost/addin/taskpane/taskpane.html", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("valuecheck.example.com", json + xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_need_a_seller_token()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/addin/settings");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_manager_turning_checks_off_reaches_the_add_in_and_checks_then_allow_without_lookups()
    {
        var tenant = ValueCheckApplication.OwnTenants[10];
        await app.ImportCrmAsync(tenant,
            "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products\nA1,Example Ltd,example.com,customer,2021-01-01,,anna.berg@contoso.com,0,\n",
            "email,account_id,first_name,last_name,title,do_not_email\n");
        var seller = app.SellerClient(tenant);
        Assert.Equal("""{"checksEnabled":true,"failMode":"open"}""", await seller.GetStringAsync("/api/v1/addin/settings"));
        var draft = new { to = new[] { "buyer@example.com" }, subject = "Hi [First Name]", body = "Just checking in.", bodyFormat = "text" };
        var before = await (await seller.PostAsJsonAsync("/api/v1/checks", draft)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("block", before.GetProperty("verdict").GetString());
        Assert.Equal("Example Ltd", before.GetProperty("recipients")[0].GetProperty("account").GetProperty("name").GetString());

        await app.ManagerClient(tenant).SavePolicyAsync("""{ "checksEnabled": false, "failMode": "closed" }""");

        Assert.Equal("""{"checksEnabled":false,"failMode":"closed"}""", await seller.GetStringAsync("/api/v1/addin/settings"));
        var result = await (await seller.PostAsJsonAsync("/api/v1/checks", draft)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ok", result.GetProperty("verdict").GetString());
        Assert.Equal("none", result.GetProperty("sendMode").GetString());
        // Nothing was looked up: the customer's account is not in the answer any more.
        Assert.Equal(JsonValueKind.Null, result.GetProperty("recipients")[0].GetProperty("account").ValueKind);
    }

    [Fact]
    public async Task The_development_token_path_refuses_callers_that_are_not_on_loopback()
    {
        // The test server has no remote address, like a caller the service cannot place.
        var response = await app.CreateClient().PostAsync("/dev/token", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>The development token path as the simulator uses it, from loopback.</summary>
public sealed class DevelopmentTokenTests(DevelopmentTokenTests.LoopbackApplication app) : IClassFixture<DevelopmentTokenTests.LoopbackApplication>
{
    public sealed class LoopbackApplication : ValueCheckApplication
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Development:TenantId", TenantA);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackCaller>());
        }

        private sealed class LoopbackCaller : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
            {
                builder.Use((context, nextMiddleware) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Loopback;
                    return nextMiddleware(context);
                });
                next(builder);
            };
        }
    }

    [Fact]
    public async Task A_development_token_is_a_seller_token_the_service_accepts()
    {
        var token = await TokenAsync("");
        var seller = app.ClientWith(token);

        Assert.Equal(HttpStatusCode.OK, (await seller.GetAsync("/api/v1/addin/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await seller.GetAsync("/api/v1/policies/current")).StatusCode);
    }

    [Fact]
    public async Task A_development_manager_token_reaches_the_policies()
    {
        var manager = app.ClientWith(await TokenAsync("?role=manager"));

        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/v1/policies/current")).StatusCode);
    }

    private async Task<string> TokenAsync(string query)
    {
        var response = await app.CreateClient().PostAsync($"/dev/token{query}", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
