using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OutlookValueCheck.Api.Tests.Abuse;

public sealed class StoredFieldAbuseOnSqliteTests(ValueCheckApplication app) : StoredFieldAbuseTests(app), IClassFixture<ValueCheckApplication>;

public sealed class StoredFieldAbuseOnPostgresTests(PostgresValueCheckApplication app) : StoredFieldAbuseTests(app), IClassFixture<PostgresValueCheckApplication>;

/// <summary>
/// Values that do not fit where they would be stored (longer than the column, or with a NUL, which PostgreSQL text
/// cannot hold) and documents the parser once tripped over: each is a 400 naming the field or file:line, never a
/// 500, and nothing of it is stored. Run on both stores: SQLite does not enforce column lengths, PostgreSQL does.
/// </summary>
public abstract class StoredFieldAbuseTests(ValueCheckApplication app)
{
    private const string AccountsHeader = "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products\n";
    private const string ContactsHeader = "email,account_id,first_name,last_name,title,do_not_email\n";
    private const string Team = "c7c482ed-1951-43db-9526-4579161bae78";

    private static async Task<HttpResponseMessage> SavePolicyAsync(HttpClient manager, string body, string ifMatch = "\"0\"")
    {
        using var save = new HttpRequestMessage(HttpMethod.Put, "/api/v1/policies/current") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        save.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await manager.SendAsync(save);
    }

    private static async Task<int> PolicyVersionAsync(HttpClient manager) =>
        (await manager.GetFromJsonAsync<JsonElement>("/api/v1/policies/current")).GetProperty("version").GetInt32();

    /// <summary>A 400 problem whose errors name <paramref name="field"/>; returns the field's messages.</summary>
    private static async Task<string> AssertBadRequestNamingAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 600)]}");
        Assert.Contains("application/problem+json", response.Content.Headers.ContentType?.ToString() ?? "", StringComparison.Ordinal);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {errors}");
        return string.Join(" ", messages.EnumerateArray().Select(message => message.GetString()));
    }

    [Theory]
    [InlineData("{\"teams\": {\"" + Team + "\": null}}", "teams." + Team)]
    [InlineData("{\"exemptAddresses\": [null]}", "exemptAddresses[0]")]
    [InlineData("{\"exemptDomains\": [null]}", "exemptDomains[0]")]
    [InlineData("{\"teams\": {\"" + Team + "\": {\"exemptAddresses\": [\"a@b.example\", null]}}}", "teams." + Team + ".exemptAddresses[1]")]
    public async Task A_policy_with_a_null_where_an_object_or_text_belongs_is_a_400_naming_it(string policy, string field)
    {
        var manager = app.ManagerClient(ValueCheckApplication.OwnTenants[0]);

        await AssertBadRequestNamingAsync(await SavePolicyAsync(manager, policy), field);
        var preview = await manager.PostAsync("/api/v1/policies/preview", new StringContent(
            "{\"policy\": " + policy + ", \"draft\": {\"to\": [\"buyer@example.com\"], \"subject\": \"Hi\", \"body\": \"Hello\"}}", Encoding.UTF8, "application/json"));
        await AssertBadRequestNamingAsync(preview, field);
        Assert.Equal(0, await PolicyVersionAsync(manager));
    }

    private static readonly string PaddedTeam = Team + new string(' ', 40);

    /// <summary>Policies holding text no store can keep, by name (the names keep NULs out of the test runner's output).</summary>
    private static readonly Dictionary<string, (string Policy, string Field)> UnstorablePolicies = new()
    {
        ["a NUL in a reason"] = ("{\"valueAnswerReasons\": [\"a\\u0000b\"]}", "valueAnswerReasons[0]"),
        ["a NUL in a team name"] = ("{\"teams\": {\"" + Team + "\": {\"name\": \"EMEA\\u0000\"}}}", "teams." + Team + ".name"),
        ["a team key padded past the team column"] = ("{\"teams\": {\"" + PaddedTeam + "\": {}}}", "teams." + PaddedTeam),
        ["a raw NUL in a comment"] = ("{ /* a raw \0 in a comment */ \"failMode\": \"open\" }", "body"),
    };

    public static TheoryData<string> UnstorablePolicyNames() => [.. UnstorablePolicies.Keys];

    [Theory]
    [MemberData(nameof(UnstorablePolicyNames))]
    public async Task A_policy_holding_text_no_store_can_keep_is_a_400_naming_the_field(string what)
    {
        var (policy, field) = UnstorablePolicies[what];
        var manager = app.ManagerClient(ValueCheckApplication.OwnTenants[1]);

        await AssertBadRequestNamingAsync(await SavePolicyAsync(manager, policy), field);
        Assert.Equal(0, await PolicyVersionAsync(manager));
    }

    [Theory]
    [InlineData("a-name-far-too-long")]
    [InlineData("nul")]
    public async Task A_policy_saved_by_a_user_whose_name_cannot_be_recorded_is_a_400_that_saves_nothing(string what)
    {
        var tenant = ValueCheckApplication.OwnTenants[2];
        var name = what == "nul" ? "maria\0manager@contoso.com" : new string('m', 330) + "@contoso.com";
        var manager = app.ClientWith(app.Token(tenant, user: name, scope: null, roles: ["ValueCheck.PolicyManager"]));

        var message = await AssertBadRequestNamingAsync(await SavePolicyAsync(manager, "{\"failMode\": \"closed\"}"), "changedBy");

        Assert.Contains("preferred_username", message, StringComparison.Ordinal);
        Assert.Equal(0, await PolicyVersionAsync(app.ManagerClient(tenant)));
    }

    [Fact]
    public async Task A_rollback_by_a_user_whose_name_cannot_be_recorded_is_a_400_that_saves_nothing()
    {
        var tenant = ValueCheckApplication.OwnTenants[3];
        await app.ManagerClient(tenant).SavePolicyAsync("{\"failMode\": \"closed\"}");
        var manager = app.ClientWith(app.Token(tenant, user: new string('m', 330) + "@contoso.com", scope: null, roles: ["ValueCheck.PolicyManager"]));
        using var rollback = new HttpRequestMessage(HttpMethod.Post, "/api/v1/policies/versions/1/rollback");
        rollback.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        await AssertBadRequestNamingAsync(await manager.SendAsync(rollback), "changedBy");
        Assert.Equal(1, await PolicyVersionAsync(app.ManagerClient(tenant)));
    }

    [Fact]
    public async Task A_value_answer_with_a_nul_is_a_400_and_the_check_stays_unanswered()
    {
        var tenant = ValueCheckApplication.OwnTenants[4];
        var seller = app.SellerClient(tenant);
        var check = await (await seller.PostAsJsonAsync("/api/v1/checks", new { to = new[] { "someone@example.org" }, body = "Just checking in. Any updates?" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var checkId = check.GetProperty("checkId").GetString();

        var response = await seller.PostAsync("/api/v1/decisions", new StringContent(
            "{\"checkId\": \"" + checkId + "\", \"outcome\": \"answered\", \"valueAnswer\": \"a\\u0000b\"}", Encoding.UTF8, "application/json"));

        await AssertBadRequestNamingAsync(response, "valueAnswer");
        var stored = Assert.Single(await app.DecisionsAsync(tenant));
        Assert.Null(stored.Outcome);
    }

    [Theory]
    [InlineData("from=9999-12-31&to=9999-12-31")]
    [InlineData("from=9999-01-01&to=9999-12-31")]
    [InlineData("from=0001-01-01&to=0001-01-01")]
    public async Task A_report_at_the_ends_of_the_calendar_is_empty_not_an_error(string query)
    {
        var response = await app.ManagerClient(ValueCheckApplication.OwnTenants[5]).GetAsync($"/api/v1/reports?{query}");

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        Assert.Equal(0, JsonDocument.Parse(text).RootElement.GetProperty("checks").GetInt32());
    }

    [Fact]
    public async Task A_report_for_a_team_with_a_nul_is_a_400_naming_the_team()
    {
        var response = await app.ManagerClient(ValueCheckApplication.OwnTenants[5]).GetAsync("/api/v1/reports?team=a%00b");

        await AssertBadRequestNamingAsync(response, "team");
    }

    /// <summary>CRM files with one value that does not fit where it is stored, by name, and what the problem must name.</summary>
    private static readonly Dictionary<string, (string Accounts, string Contacts, string Named)> CrmRowsThatDoNotFit = new()
    {
        ["a 500-character id"] = (AccountsHeader + new string('i', 500) + ",Long Id,longid.example,customer,,,,0,\n", ContactsHeader, "accounts.csv:2: id"),
        ["an 880-character email"] = (AccountsHeader + "A1,Fabrikam,fabrikam.example,customer,,,,0,\n", ContactsHeader + new string('e', 860) + "@fabrikam.example,A1,Eve,Long,,false\n", "contacts.csv:2: email"),
        ["a 300-character domain"] = (AccountsHeader + "A1,Long Domain," + string.Join('.', Enumerable.Repeat(new string('d', 59), 5)) + ".example,customer,,,,0,\n", ContactsHeader, "accounts.csv:2: domain"),
        ["a NUL in a name"] = (AccountsHeader + "A1,Fab\0rikam,fabrikam.example,customer,,,,0,\n", ContactsHeader, "accounts.csv:2: name"),
        ["a NUL in a contact's title"] = (AccountsHeader + "A1,Fabrikam,fabrikam.example,customer,,,,0,\n", ContactsHeader + "eve@fabrikam.example,A1,Eve,Long,Head\0,false\n", "contacts.csv:2: title"),
        ["a 400-character owner"] = (AccountsHeader + "A1,Fabrikam,fabrikam.example,customer,,," + new string('o', 380) + "@contoso.example,0,\n", ContactsHeader, "accounts.csv:2: owner_email"),
        ["a 200-character account_id"] = (AccountsHeader + "A1,Fabrikam,fabrikam.example,customer,,,,0,\n", ContactsHeader + "eve@fabrikam.example," + new string('a', 200) + ",Eve,Long,,false\n", "contacts.csv:2: account_id"),
    };

    public static TheoryData<string> CrmRowsThatDoNotFitNames() => [.. CrmRowsThatDoNotFit.Keys];

    [Theory]
    [MemberData(nameof(CrmRowsThatDoNotFitNames))]
    public async Task A_crm_value_that_does_not_fit_its_column_is_a_400_naming_file_line_and_column_and_the_crm_is_unchanged(string what)
    {
        var (accounts, contacts, named) = CrmRowsThatDoNotFit[what];
        var tenant = ValueCheckApplication.OwnTenants[6];
        await app.ImportCrmAsync(tenant, AccountsHeader + "K1,Kept,kept.example,customer,,,,0,\n", ContactsHeader + "anna@kept.example,K1,Anna,Kept,,false\n");

        var response = await app.ManagerClient(tenant).PostAsync("/api/v1/crm/import", CrmImportRequests.Files(accounts, contacts));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 600)]}");
        Assert.Contains(named, text, StringComparison.Ordinal);
        var lookup = await app.SellerClient(tenant).PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses = new[] { "anna@kept.example" } });
        Assert.Equal("Kept", (await lookup.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("account").GetProperty("name").GetString());
    }
}
