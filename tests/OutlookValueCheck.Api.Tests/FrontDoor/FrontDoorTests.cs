using System.Net;
using OutlookValueCheck.Api.Tests.Auth;

namespace OutlookValueCheck.Api.Tests.FrontDoor;

/// <summary>In Development, / is the way in: links to the simulator, the console, the API document and the probes.</summary>
public sealed class FrontDoorInDevelopmentTests(ValueCheckApplication app) : IClassFixture<ValueCheckApplication>
{
    [Fact]
    public async Task The_front_door_links_to_every_way_in_without_a_token()
    {
        var response = await app.CreateClient().GetAsync("/");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        foreach (var link in new[] { "/addin/simulator/simulator.html", "/addin/console/console.html", "/openapi/v1.json", "/healthz", "/readyz" })
            Assert.Contains($"href=\"{link}\"", page, StringComparison.Ordinal);
        Assert.Contains("ready", page, StringComparison.Ordinal);
        // A plain page under the policy every response carries: nothing it could run or load.
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", string.Join("", response.Headers.GetValues("Content-Security-Policy")));
    }
}

/// <summary>Elsewhere, / says only what the service is, its version and whether it is ready: no links in.</summary>
[Collection(FakeEntraId.Collection)]
public sealed class FrontDoorInProductionTests() : ProductionServiceTestsOn(postgres: false)
{
    [Fact]
    public async Task The_front_door_names_the_service_its_version_and_readiness_and_nothing_more()
    {
        var response = await App.CreateClient().GetAsync("/");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Outlook Value Check", page, StringComparison.Ordinal);
        Assert.Contains("Version ", page, StringComparison.Ordinal);
        Assert.Contains("ready", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", page, StringComparison.Ordinal);
    }
}
