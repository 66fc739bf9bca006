using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookValueCheck.Api.Tests.Auth;

namespace OutlookValueCheck.Api.Tests.AddIn;

/// <summary>Outside Development the simulator and the development token path do not exist, and the add-in uses SSO.</summary>
[Collection(FakeEntraId.Collection)]
public sealed class AddInInProductionTests : ProductionServiceTests
{
    [Fact]
    public async Task There_is_no_development_token_path_outside_development()
    {
        var response = await App.CreateClient().PostAsync("/dev/token", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_compose_simulator_is_not_served_outside_development()
    {
        var response = await App.CreateClient().GetAsync("/addin/simulator/simulator.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_add_in_is_told_to_use_single_sign_on_for_the_apis_scope()
    {
        var config = await App.CreateClient().GetFromJsonAsync<JsonElement>("/addin/config.json");

        Assert.Equal("entra", config.GetProperty("auth").GetString());
        Assert.Equal(FakeEntraId.ApiClientId, config.GetProperty("clientId").GetString());
        // Office's legacy SSO wants the application ID URI on the add-in's own host: the configured public one.
        Assert.Equal($"api://valuecheck.contoso.example/{FakeEntraId.ApiClientId}/access_as_user", config.GetProperty("apiScope").GetString());
        Assert.Equal(FakeEntraId.PublicBaseUrl, config.GetProperty("serviceOrigin").GetString());
    }
}
