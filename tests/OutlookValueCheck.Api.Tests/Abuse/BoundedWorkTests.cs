using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OutlookValueCheck.Api.Tests.Abuse;

public sealed class BoundedWorkOnSqliteTests(ValueCheckApplication app) : BoundedWorkTests(app), IClassFixture<ValueCheckApplication>;

public sealed class BoundedWorkOnPostgresTests(PostgresValueCheckApplication app) : BoundedWorkTests(app), IClassFixture<PostgresValueCheckApplication>;

/// <summary>
/// Requests whose work or answer would grow with what the caller sends: a CRM import of nothing but bad rows, an
/// upload past the cap, an import that would empty the CRM, a repeated form field, a policy with huge lists. Each
/// gets a bounded answer, and nothing changes unless the request explicitly asked for it.
/// </summary>
public abstract class BoundedWorkTests(ValueCheckApplication app)
{
    private const string AccountsHeader = "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products\n";
    private const string ContactsHeader = "email,account_id,first_name,last_name,title,do_not_email\n";

    private async Task<string> KeepOneAccountAsync(int ownTenant)
    {
        var tenant = ValueCheckApplication.OwnTenants[ownTenant];
        await app.ImportCrmAsync(tenant, AccountsHeader + "K1,Kept,kept.example,customer,,,,0,\n", ContactsHeader + "anna@kept.example,K1,Anna,Kept,,false\n");
        return tenant;
    }

    private async Task<string?> AccountOfAnnaAsync(string tenant)
    {
        var lookup = await app.SellerClient(tenant).PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses = new[] { "anna@kept.example" } });
        var account = (await lookup.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("account");
        return account.ValueKind == JsonValueKind.Null ? null : account.GetProperty("name").GetString();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 600)]}");
        Assert.Contains("application/problem+json", response.Content.Headers.ContentType?.ToString() ?? "", StringComparison.Ordinal);
        return JsonDocument.Parse(text).RootElement;
    }

    private static ByteArrayContent Csv(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return content;
    }

    [Fact]
    public async Task An_import_of_nothing_but_bad_rows_lists_the_first_100_problems_and_counts_them_all()
    {
        var tenant = await KeepOneAccountAsync(0);
        // Two problems in every row (relationship and date), 5,000 rows.
        var accounts = new StringBuilder(AccountsHeader);
        for (var row = 0; row < 5_000; row++)
            accounts.Append('B').Append(row).Append(",Bad,,friend,yesterday,,,0,\n");

        var response = await app.ManagerClient(tenant).PostAsync("/api/v1/crm/import", CrmImportRequests.Files(accounts.ToString(), ContactsHeader));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var listed = problem.GetProperty("errors").EnumerateObject().Sum(file => file.Value.GetArrayLength());
        Assert.Equal(100, listed);
        Assert.Equal("accounts.csv:2: relationship 'friend' is not one of customer, prospect, former-customer, partner, competitor",
            problem.GetProperty("errors").GetProperty("accounts.csv")[0].GetString());
        Assert.Contains("10000 problems in 5000 rows", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(10_000, problem.GetProperty("problemCount").GetInt32());
        Assert.Equal(5_000, problem.GetProperty("badRowCount").GetInt32());
        Assert.Equal("Kept", await AccountOfAnnaAsync(tenant));
    }

    [Fact]
    public async Task A_few_problems_are_all_listed_and_counted_by_row()
    {
        var tenant = await KeepOneAccountAsync(1);

        var response = await app.ManagerClient(tenant).PostAsync("/api/v1/crm/import", CrmImportRequests.Files(
            AccountsHeader + "A1,Ok,ok.example,customer,,,,0,\nA2,Bad,,friend,yesterday,,,0,\n",
            ContactsHeader + "not-an-address,A1,X,Y,,maybe\n"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("4 problems in 2 rows; nothing was imported.", problem.GetProperty("detail").GetString());
        Assert.Equal(2, problem.GetProperty("errors").GetProperty("accounts.csv").GetArrayLength());
        Assert.Equal(2, problem.GetProperty("errors").GetProperty("contacts.csv").GetArrayLength());
    }

    [Fact]
    public async Task An_upload_over_20_MB_is_413_and_the_crm_is_unchanged()
    {
        var tenant = await KeepOneAccountAsync(2);
        var accounts = AccountsHeader + string.Concat(Enumerable.Repeat("A1,Padding " + new string('p', 980) + ",pad.example,customer,,,,0,\n", 21_500));

        var response = await app.ManagerClient(tenant).PostAsync("/api/v1/crm/import", CrmImportRequests.Files(accounts, ContactsHeader));

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("20480 KB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Kept", await AccountOfAnnaAsync(tenant));
    }

    [Fact]
    public async Task Files_with_no_rows_are_refused_unless_the_request_asks_to_empty_the_crm()
    {
        var tenant = await KeepOneAccountAsync(3);

        var refused = await app.ManagerClient(tenant).PostAsync("/api/v1/crm/import", CrmImportRequests.Files(AccountsHeader, ContactsHeader));

        var problem = await ProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains("replaceWithEmpty=true", problem.GetProperty("errors").GetProperty("replaceWithEmpty")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Kept", await AccountOfAnnaAsync(tenant));

        using var empty = CrmImportRequests.Files(AccountsHeader, ContactsHeader);
        empty.Add(new StringContent("true"), "replaceWithEmpty");
        var emptied = await app.ManagerClient(tenant).PostAsync("/api/v1/crm/import", empty);

        Assert.Equal(HttpStatusCode.OK, emptied.StatusCode);
        Assert.Equal(0, (await emptied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accounts").GetInt32());
        Assert.Null(await AccountOfAnnaAsync(tenant));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("yes")]
    public async Task Asking_to_empty_the_crm_with_files_that_have_rows_or_an_unclear_answer_is_a_400(string replaceWithEmpty)
    {
        var tenant = await KeepOneAccountAsync(4);
        using var form = CrmImportRequests.Files(AccountsHeader + "N1,New,new.example,customer,,,,0,\n", ContactsHeader);
        form.Add(new StringContent(replaceWithEmpty), "replaceWithEmpty");

        var response = await app.ManagerClient(tenant).PostAsync("/api/v1/crm/import", form);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("replaceWithEmpty", out _), problem.ToString());
        Assert.Equal("Kept", await AccountOfAnnaAsync(tenant));
    }

    [Theory]
    [InlineData("accounts")]
    [InlineData("contacts")]
    [InlineData("replaceWithEmpty")]
    [InlineData("acounts")]
    public async Task A_form_field_sent_twice_or_unknown_is_a_400_naming_it(string field)
    {
        var tenant = await KeepOneAccountAsync(5);
        using var form = CrmImportRequests.Files(AccountsHeader + "N1,New,new.example,customer,,,,0,\n", ContactsHeader);
        switch (field)
        {
            case "accounts":
                form.Add(Csv(AccountsHeader + "M1,Other,other.example,customer,,,,0,\n"), "accounts", "accounts.csv");
                break;
            case "contacts":
                form.Add(Csv(ContactsHeader), "contacts", "contacts.csv");
                break;
            case "replaceWithEmpty":
                form.Add(new StringContent("false"), "replaceWithEmpty");
                form.Add(new StringContent("false"), "replaceWithEmpty");
                break;
            default:
                form.Add(Csv(AccountsHeader), field, "accounts.csv");
                break;
        }

        var response = await app.ManagerClient(tenant).PostAsync("/api/v1/crm/import", form);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal("Kept", await AccountOfAnnaAsync(tenant));
    }

    [Theory]
    [InlineData("exemptDomains", 40_000)]
    [InlineData("exemptAddresses", 20_000)]
    public async Task A_policy_list_past_its_documented_cap_is_a_400_naming_the_list(string list, int entries)
    {
        var manager = app.ManagerClient(ValueCheckApplication.OwnTenants[6]);
        var values = Enumerable.Range(0, entries).Select(i => list == "exemptDomains" ? $"d{i}.example" : $"p{i}@x.example");
        using var save = new HttpRequestMessage(HttpMethod.Put, "/api/v1/policies/current")
        {
            Content = new StringContent(JsonSerializer.Serialize(new Dictionary<string, object> { [list] = values }), Encoding.UTF8, "application/json"),
        };
        save.Headers.TryAddWithoutValidation("If-Match", "\"0\"");

        var problem = await ProblemAsync(await manager.SendAsync(save), HttpStatusCode.BadRequest);

        var messages = problem.GetProperty("errors").GetProperty(list);
        Assert.Equal(1, messages.GetArrayLength());
        Assert.Contains("At most 1000", messages[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await manager.GetFromJsonAsync<JsonElement>("/api/v1/policies/current")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_policy_with_thousands_of_bad_entries_lists_the_first_100_problems_and_counts_them_all()
    {
        var manager = app.ManagerClient(ValueCheckApplication.OwnTenants[7]);
        var teams = Enumerable.Range(0, 90).ToDictionary(i => $"00000000-0000-0000-0000-{i:000000000000}",
            _ => (object)new { exemptDomains = Enumerable.Range(0, 50).Select(j => $"not a domain {j}").ToArray() });
        using var save = new HttpRequestMessage(HttpMethod.Put, "/api/v1/policies/current")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { teams }), Encoding.UTF8, "application/json"),
        };
        save.Headers.TryAddWithoutValidation("If-Match", "\"0\"");

        var problem = await ProblemAsync(await manager.SendAsync(save), HttpStatusCode.BadRequest);

        Assert.Equal(100, problem.GetProperty("errors").EnumerateObject().Sum(field => field.Value.GetArrayLength()));
        Assert.Contains("4500 problems", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
