using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using OutlookValueCheck.Api.Tests.Auth;

namespace OutlookValueCheck.Api.Tests.Policies;

/// <summary>
/// A manager finds the group for a team override by its name: the real Graph SDK asks the fake Graph as the manager,
/// with the header $search needs; bad searches are refused naming the field, and sellers may not search.
/// </summary>
[Collection(FakeEntraId.Collection)]
public sealed class GroupSearchTests : ProductionServiceTests
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("AzureAd:ClientSecret", FakeEntraId.ClientSecret);
        builder.UseSetting("Graph:BaseUrl", Entra.BaseAddress + "v1.0");
    }

    private HttpClient As(string? scope, string[]? roles)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId, scope: scope, roles: roles));
        return client;
    }

    [Fact]
    public async Task A_manager_finds_groups_by_part_of_their_name()
    {
        Entra.DirectoryGroups.Add(("aaaaaaaa-1111-1111-1111-000000000001", "Renewals team", "renewals@contoso.com"));
        Entra.DirectoryGroups.Add(("aaaaaaaa-1111-1111-1111-000000000002", "Hunters", null));

        var answer = await As(null, ["ValueCheck.PolicyManager"]).GetFromJsonAsync<JsonElement>("/api/v1/groups?search=renew");

        Assert.True(answer.GetProperty("available").GetBoolean());
        var group = Assert.Single(answer.GetProperty("groups").EnumerateArray());
        Assert.Equal(("aaaaaaaa-1111-1111-1111-000000000001", "Renewals team"), (group.GetProperty("id").GetString(), group.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("r")]
    [InlineData("")]
    public async Task A_search_too_short_is_refused_naming_the_field(string search)
    {
        var response = await As(null, ["ValueCheck.PolicyManager"]).GetAsync($"/api/v1/groups?search={search}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("search", out _));
    }

    [Fact]
    public async Task A_seller_may_not_search_the_groups() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await As("access_as_user", null).GetAsync("/api/v1/groups?search=renew")).StatusCode);
}
