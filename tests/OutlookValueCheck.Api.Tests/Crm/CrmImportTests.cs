using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OutlookValueCheck.Api.Tests.Crm;

public sealed class CrmImportTests(ValueCheckApplication app) : IClassFixture<ValueCheckApplication>
{
    private const string Header = "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products";
    private const string ContactsHeader = "email,account_id,first_name,last_name,title,do_not_email";
    private const string Pitch = "My name is Anna and I'm reaching out from Contoso, a leading analytics platform. Would you have 15 minutes for a quick intro call?";

    private HttpClient Manager(string tenant) => app.ClientWith(app.Token(tenant, scope: null, roles: ["ValueCheck.PolicyManager"]));

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<string> CheckAsync(string tenant, string to) =>
        await (await app.SellerClient(tenant).PostAsJsonAsync("/api/v1/checks", new { to = new[] { to }, body = Pitch })).Content.ReadAsStringAsync();

    [Fact]
    public async Task A_manager_imports_the_crm_and_the_next_check_uses_it()
    {
        var response = await Manager(ValueCheckApplication.TenantA).PostAsync("/api/v1/crm/import",
            CrmImportRequests.Files($"{Header}\nW1,Woodgrove,woodgrove.example,customer,2020-01-01,,,0,\n", $"{ContactsHeader}\nd@woodgrove.example,W1,Dan,O,,false\n"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accounts").GetInt32());
        Assert.Contains("pitch-to-customer", await CheckAsync(ValueCheckApplication.TenantA, "d@woodgrove.example"), StringComparison.Ordinal);
        Assert.DoesNotContain("pitch-to-customer", await CheckAsync(ValueCheckApplication.TenantB, "d@woodgrove.example"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_row_is_reported_with_its_line_and_nothing_changes()
    {
        await Manager(ValueCheckApplication.TenantB).PostAsync("/api/v1/crm/import",
            CrmImportRequests.Files($"{Header}\nL1,Litware,litware.example,customer,2020-01-01,,,0,\n", $"{ContactsHeader}\n"));

        var response = await Manager(ValueCheckApplication.TenantB).PostAsync("/api/v1/crm/import",
            CrmImportRequests.Files($"{Header}\nL1,Litware,litware.example,prospect,,,,0,\nL2,Broken,broken.example,client,,,,0,\n", $"{ContactsHeader}\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonOf(response)).GetProperty("errors").GetProperty("accounts.csv");
        Assert.StartsWith("accounts.csv:3: relationship 'client' is not one of", errors[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("pitch-to-customer", await CheckAsync(ValueCheckApplication.TenantB, "x@litware.example"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_replaces_what_earlier_checks_had_cached()
    {
        var tenant = ValueCheckApplication.OwnTenants[0];
        await Manager(tenant).PostAsync("/api/v1/crm/import", CrmImportRequests.Files($"{Header}\nN1,Nod,nod.example,prospect,,,,0,\n", $"{ContactsHeader}\n"));
        Assert.DoesNotContain("pitch-to-customer", await CheckAsync(tenant, "x@nod.example"), StringComparison.Ordinal);

        await Manager(tenant).PostAsync("/api/v1/crm/import", CrmImportRequests.Files($"{Header}\nN1,Nod,nod.example,customer,2020-01-01,,,0,\n", $"{ContactsHeader}\n"));

        Assert.Contains("pitch-to-customer", await CheckAsync(tenant, "x@nod.example"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_files_are_named()
    {
        using var form = new MultipartFormDataContent { { new StringContent($"{Header}\n"), "accounts", "accounts.csv" } };
        var response = await Manager(ValueCheckApplication.TenantA).PostAsync("/api/v1/crm/import", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("contacts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seller_cannot_import()
    {
        var response = await app.SellerClient().PostAsync("/api/v1/crm/import", CrmImportRequests.Files($"{Header}\n", $"{ContactsHeader}\n"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
