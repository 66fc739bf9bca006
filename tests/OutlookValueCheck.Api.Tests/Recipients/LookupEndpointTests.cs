using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutlookValueCheck.Api.Tests.Recipients;

public sealed class LookupEndpointTests(ValueCheckApplication app) : IClassFixture<ValueCheckApplication>, IAsyncLifetime
{
    public Task InitializeAsync() => app.ImportCrmAsync(ValueCheckApplication.TenantA,
        """
        id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products
        A1,Fabrikam <b>Inc</b>,fabrikam.com,customer,2021-04-12,2027-06-30,marco@contoso.com,2,Analytics
        """,
        """
        email,account_id,first_name,last_name,title,do_not_email
        tom@fabrikam.com,A1,Tom,Keller,IT Manager,true
        """);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Each_address_gets_what_is_known_and_where_it_comes_from()
    {
        var response = await app.SellerClient().PostAsJsonAsync("/api/v1/recipients/lookup",
            new { addresses = new[] { "Tom@Fabrikam.com", "new@emea.fabrikam.com", "colleague@contoso.com", "stranger@example.org" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cards = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(4, cards.Count);
        Assert.True(cards[0].GetProperty("contact").GetProperty("doNotEmail").GetBoolean());
        Assert.Equal(2, cards[0].GetProperty("account").GetProperty("openHighSeverityCases").GetInt32());
        Assert.Equal("built-in CRM", cards[0].GetProperty("crmSource").GetString());
        Assert.Equal("customer", cards[1].GetProperty("account").GetProperty("relationship").GetString());
        Assert.True(cards[2].GetProperty("isInternal").GetBoolean());
        Assert.Equal(JsonValueKind.Null, cards[3].GetProperty("account").ValueKind);
    }

    [Fact]
    public async Task Crm_values_come_back_as_data_never_as_markup()
    {
        var body = await (await app.SellerClient().PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses = new[] { "tom@fabrikam.com" } })).Content.ReadAsStringAsync();

        // JSON-escaped: a client that renders it as text shows "<b>", and nothing in the response is raw HTML.
        Assert.True(body.Contains("Fabrikam \\u003Cb\\u003EInc\\u003C/b\\u003E", StringComparison.Ordinal), body);
    }

    [Fact]
    public async Task Another_tenant_learns_nothing()
    {
        var body = await (await app.SellerClient(ValueCheckApplication.TenantB).PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses = new[] { "tom@fabrikam.com" } }))
            .Content.ReadAsStringAsync();

        Assert.DoesNotContain("Fabrikam", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_addresses_are_listed()
    {
        var response = await app.SellerClient().PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses = new[] { "ok@fabrikam.com", "nope" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("'nope' is not an email address.", errors.GetProperty("addresses[1]")[0].GetString());
    }
}
