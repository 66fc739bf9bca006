using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookValueCheck.Core.Crm;

namespace OutlookValueCheck.Api.Tests.Crm;

/// <summary>What the built-in CRM holds now, for a manager: counts, a search by address or domain, and the templates.</summary>
public sealed class CrmContentsTests(ValueCheckApplication app) : IClassFixture<ValueCheckApplication>
{
    private static readonly string Tenant = ValueCheckApplication.OwnTenants[16];
    private const string Accounts = "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products\n" +
        "F1,Fabrikam,fabrikam.com,Customer,2021-01-01,,,0,Analytics\nN1,Northwind,northwind.example,prospect,,,,0,\n";
    private const string Contacts = "email,account_id,first_name,last_name,title,do_not_email\n" +
        "lena@fabrikam.com,F1,Lena,Fischer,COO,false\ntom@fabrikam.com,F1,Tom,Berg,,true\nana@northwind.example,N1,Ana,Lopes,,false\n";

    private HttpClient Manager() => app.ClientWith(app.Token(Tenant, scope: null, roles: ["ValueCheck.PolicyManager"]));

    [Fact]
    public async Task The_manager_sees_what_the_built_in_CRM_holds_and_finds_an_account_by_address_or_domain()
    {
        await app.ImportCrmAsync(Tenant, Accounts, Contacts);

        var all = await Manager().GetFromJsonAsync<JsonElement>("/api/v1/crm/contents");
        Assert.Equal((2, 3, 1), (all.GetProperty("accounts").GetInt32(), all.GetProperty("contacts").GetInt32(), all.GetProperty("doNotEmail").GetInt32()));
        Assert.Empty(all.GetProperty("matches").EnumerateArray());

        var byAddress = (await Manager().GetFromJsonAsync<JsonElement>("/api/v1/crm/contents?search=LENA@fabrikam")).GetProperty("matches");
        var match = Assert.Single(byAddress.EnumerateArray());
        Assert.Equal("customer", match.GetProperty("account").GetProperty("relationship").GetString());
        Assert.Equal(["lena@fabrikam.com"], match.GetProperty("contacts").EnumerateArray().Select(contact => contact.GetProperty("email").GetString()));

        var byDomain = (await Manager().GetFromJsonAsync<JsonElement>("/api/v1/crm/contents?search=northwind.example")).GetProperty("matches");
        Assert.Equal("Northwind", Assert.Single(byDomain.EnumerateArray()).GetProperty("account").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_search_longer_than_an_address_is_refused_naming_the_field_and_sellers_may_not_look()
    {
        var response = await Manager().GetAsync("/api/v1/crm/contents?search=" + new string('a', 400));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("search", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientWith(app.Token(Tenant)).GetAsync("/api/v1/crm/contents")).StatusCode);
    }

    [Theory]
    [InlineData("accounts.csv")]
    [InlineData("contacts.csv")]
    public async Task A_template_is_a_file_the_import_accepts(string file)
    {
        var response = await Manager().GetAsync($"/api/v1/crm/templates/{file}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var template = await response.Content.ReadAsStringAsync();

        var accounts = file == "accounts.csv" ? template : await (await Manager().GetAsync("/api/v1/crm/templates/accounts.csv")).Content.ReadAsStringAsync();
        var contacts = file == "contacts.csv" ? template : await (await Manager().GetAsync("/api/v1/crm/templates/contacts.csv")).Content.ReadAsStringAsync();
        var result = CrmCsvImporter.Import(new CsvSource("accounts.csv", new StringReader(accounts)), new CsvSource("contacts.csv", new StringReader(contacts)));
        Assert.Empty(result.Errors);
        Assert.Equal(HttpStatusCode.NotFound, (await Manager().GetAsync("/api/v1/crm/templates/other.csv")).StatusCode);
    }
}
