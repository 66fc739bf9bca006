using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OutlookValueCheck.Api.Tests.Abuse;

/// <summary>
/// Hostile requests at the manager endpoints (policy save and rollback, CRM import, reports): each a 4xx with a
/// problem that says what is wrong, never a 5xx, and the policy and the CRM exactly as they were.
/// </summary>
public sealed class ManagerEndpointAbuseTests(ValueCheckApplication app) : IClassFixture<ValueCheckApplication>
{
    private const string AccountsHeader = "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products\n";
    private const string ContactsHeader = "email,account_id,first_name,last_name,title,do_not_email\n";

    public static TheoryData<string, byte[]> PolicyBodies() => new()
    {
        { "nesting past the reader's depth", Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)) },
        { "nested objects inside a team", Encoding.UTF8.GetBytes("{\"teams\": {\"g\": " + string.Concat(Enumerable.Repeat("{\"a\":", 2000)) + "1" + new string('}', 2000) + "}}") },
        { "a 900 KB reason", Encoding.UTF8.GetBytes("{\"valueAnswerReasons\": [\"" + new string('r', 900_000) + "\"]}") },
        { "wrong types", Encoding.UTF8.GetBytes("{\"severities\": \"block\", \"thresholds\": [1, 2], \"exemptDomains\": {\"a\": 1}, \"checksEnabled\": \"yes\"}") },
        { "a code that does not exist", Encoding.UTF8.GetBytes("{\"severities\": {\"<script>alert(1)</script>\": \"block\"}}") },
        { "invalid UTF-8", [.. Encoding.UTF8.GetBytes("{\"valueAnswerReasons\": [\""), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\"]}")] },
        { "not JSON at all", Encoding.UTF8.GetBytes("<policy><failMode>open</failMode></policy>") },
        { "an empty body", [] },
    };

    [Theory]
    [MemberData(nameof(PolicyBodies))]
    public async Task A_hostile_policy_is_a_4xx_that_saves_nothing(string what, byte[] body)
    {
        var tenant = ValueCheckApplication.OwnTenants[7];
        var manager = app.ManagerClient(tenant);
        using var save = new HttpRequestMessage(HttpMethod.Put, "/api/v1/policies/current") { Content = new ByteArrayContent(body) };
        save.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        save.Headers.TryAddWithoutValidation("If-Match", "\"0\"");

        var response = await manager.SendAsync(save);

        await AssertRefusedAsync(response, what);
        Assert.Equal(0, (await manager.GetFromJsonAsync<JsonElement>("/api/v1/policies/current")).GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/policies/versions/-1/rollback", "\"0\"")]
    [InlineData("/api/v1/policies/versions/2147483647/rollback", "\"0\"")]
    [InlineData("/api/v1/policies/versions/1/rollback", "\"not a version\"")]
    [InlineData("/api/v1/policies/versions/1/rollback", "\"0\", \"1\", *")]
    [InlineData("/api/v1/policies/versions/99999999999999999999/rollback", "\"0\"")]
    public async Task A_rollback_to_nowhere_is_a_4xx(string path, string ifMatch)
    {
        var manager = app.ManagerClient(ValueCheckApplication.OwnTenants[7]);
        using var rollback = new HttpRequestMessage(HttpMethod.Post, path);
        rollback.Headers.TryAddWithoutValidation("If-Match", ifMatch);

        await AssertRefusedAsync(await manager.SendAsync(rollback), path);
    }

    public static TheoryData<string, string> CrmImports() => new()
    {
        { "markup and formulas in a bad row", AccountsHeader + "A1,=HYPERLINK(\"http://x\"),x.example,<script>alert(1)</script>,,,,0,\n" },
        { "ten thousand columns", string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"c{i}")) + "\n" },
        { "a 5 MB cell", AccountsHeader + "A1," + new string('n', 5_000_000) + ",x.example,customer,,,,0,\n" },
        { "unbalanced quotes", AccountsHeader + "A1,\"Fabrikam,fabrikam.example,customer,,,,0,\n" },
    };

    [Theory]
    [MemberData(nameof(CrmImports))]
    public async Task A_hostile_crm_file_is_a_4xx_naming_the_file_and_the_crm_is_unchanged(string what, string accounts)
    {
        var tenant = ValueCheckApplication.OwnTenants[8];
        await app.ImportCrmAsync(tenant, AccountsHeader + "K1,Kept,kept.example,customer,,,,0,\n", ContactsHeader + "anna@kept.example,K1,Anna,Kept,,false\n");

        var response = await app.ManagerClient(tenant).PostAsync("/api/v1/crm/import", CrmImportRequests.Files(accounts, ContactsHeader));

        var problem = await AssertRefusedAsync(response, what);
        Assert.Contains("accounts.csv", problem, StringComparison.Ordinal);
        await AssertCrmStillHoldsKeptAsync(tenant);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused_with_its_line()
    {
        var tenant = ValueCheckApplication.OwnTenants[8];
        byte[] accounts = [.. Encoding.UTF8.GetBytes(AccountsHeader + "A1,M"), 0xFC, .. Encoding.UTF8.GetBytes("ller GmbH,mueller.example,customer,,,,0,\n")];

        var response = await app.ManagerClient(tenant).PostAsync("/api/v1/crm/import", CrmImportRequests.Files(accounts, Encoding.UTF8.GetBytes(ContactsHeader)));

        Assert.Contains("accounts.csv:2: not UTF-8 text", await AssertRefusedAsync(response, "Windows-1252"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_that_is_not_a_form_or_lacks_a_file_says_what_to_send()
    {
        var manager = app.ManagerClient(ValueCheckApplication.OwnTenants[8]);

        await AssertRefusedAsync(await manager.PostAsync("/api/v1/crm/import", new StringContent("{\"accounts\": []}", Encoding.UTF8, "application/json")), "JSON instead of a form");
        var onlyAccounts = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(AccountsHeader)), "accounts", "accounts.csv" } };
        Assert.Contains("contacts.csv", await AssertRefusedAsync(await manager.PostAsync("/api/v1/crm/import", onlyAccounts), "one file"), StringComparison.Ordinal);
        var broken = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"accounts\"; filename=\"a.csv\"\r\n\r\nid", Encoding.UTF8);
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        await AssertRefusedAsync(await manager.PostAsync("/api/v1/crm/import", broken), "a form cut off mid-way");
    }

    [Theory]
    [InlineData("from=yesterday")]
    [InlineData("from=2026-13-45")]
    [InlineData("from=2026-06-01&to=2026-01-01")]
    [InlineData("from=0001-01-01&to=9999-12-31")]
    [InlineData("from=2026-01-01'%20OR%201=1--")]
    public async Task A_report_for_an_impossible_range_is_a_400(string query)
    {
        var response = await app.ManagerClient(ValueCheckApplication.OwnTenants[8]).GetAsync($"/api/v1/reports?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_report_for_a_team_with_markup_in_its_name_is_empty_not_an_error()
    {
        var response = await app.ManagerClient(ValueCheckApplication.OwnTenants[8]).GetAsync("/api/v1/reports?team=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetInt32());
    }

    private async Task AssertCrmStillHoldsKeptAsync(string tenant)
    {
        var lookup = await app.SellerClient(tenant).PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses = new[] { "anna@kept.example" } });
        Assert.Equal("Kept", (await lookup.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("account").GetProperty("name").GetString());
    }

    /// <summary>A 4xx problem (never a 5xx, never an echo of markup as HTML); returns its text.</summary>
    private static async Task<string> AssertRefusedAsync(HttpResponseMessage response, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{what}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 400)]}");
        Assert.DoesNotContain("text/html", response.Content.Headers.ContentType?.ToString() ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        return text;
    }
}
