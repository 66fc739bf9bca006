using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Tests.Decisions;

public sealed class DecisionAndReportOnSqliteTests(ValueCheckApplication app) : DecisionAndReportTests(app), IClassFixture<ValueCheckApplication>;

public sealed class DecisionAndReportOnPostgresTests(PostgresValueCheckApplication app) : DecisionAndReportTests(app), IClassFixture<PostgresValueCheckApplication>;

/// <summary>A check, then what the seller did, then what the manager's report shows.</summary>
public abstract class DecisionAndReportTests(ValueCheckApplication app)
{
    private static readonly object CheckIn = new { to = new[] { "someone@example.org" }, body = "Just checking in. Any updates?" };

    private static async Task<string> CheckAsync(HttpClient seller) =>
        (await (await seller.PostAsJsonAsync("/api/v1/checks", CheckIn)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checkId").GetString()!;

    [Fact]
    public async Task Rows_appended_in_bulk_keep_every_value_and_null_and_their_tenant()
    {
        var checkedAt = new DateTime(2026, 11, 23, 9, 30, 15, 123, DateTimeKind.Utc).AddTicks(4560);
        DecisionRow[] rows =
        [
            new() { TenantId = "ignored", CheckId = Guid.NewGuid(), SellerHash = "s1", RecipientHashes = "r1,r2", Codes = "no-value-check-in", Verdict = "warn",
                Team = "group-1", CheckedAt = checkedAt, FatigueAccounts = "[\"Fabrikam \\u0022Ltd\\u0022\"]", Outcome = "edited", ValueAnswer = "Zoë's numbers", DecidedAt = checkedAt.AddMinutes(1),
                TextLanguage = "de", TextChecked = false },
            new() { CheckId = Guid.NewGuid(), SellerHash = "s2", RecipientHashes = "", Codes = "", Verdict = "ok", CheckedAt = checkedAt.AddSeconds(1) },
        ];
        const string tenant = "bulk-insert-tenant";

        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant);
            await scope.ServiceProvider.GetRequiredService<ValueCheckDbContext>().InsertAllAsync(rows, CancellationToken.None);
        }

        var stored = (await app.DecisionsAsync(tenant)).OrderBy(row => row.SellerHash).ToList();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, row => Assert.Equal(tenant, row.TenantId));
        Assert.Equal((rows[0].CheckId, "r1,r2", "no-value-check-in", "warn", "group-1", rows[0].FatigueAccounts, "edited", "Zoë's numbers"),
            (stored[0].CheckId, stored[0].RecipientHashes, stored[0].Codes, stored[0].Verdict, stored[0].Team, stored[0].FatigueAccounts, stored[0].Outcome, stored[0].ValueAnswer));
        Assert.Equal(("de", false, null, true), (stored[0].TextLanguage, stored[0].TextChecked, stored[1].TextLanguage, stored[1].TextChecked));
        // PostgreSQL keeps microseconds: the stored instant is the written one to the microsecond, in UTC.
        Assert.Equal(checkedAt.Ticks / 10, Utc(stored[0].CheckedAt).Ticks / 10);
        Assert.Equal(checkedAt.AddMinutes(1).Ticks / 10, Utc(stored[0].DecidedAt!.Value).Ticks / 10);
        Assert.Equal((rows[1].CheckId, "", null, null, null, null, (DateTime?)null),
            (stored[1].CheckId, stored[1].Codes, stored[1].Team, stored[1].FatigueAccounts, stored[1].Outcome, stored[1].ValueAnswer, stored[1].DecidedAt));
    }

    // SQLite hands back an unspecified kind for what was written as UTC; Npgsql a UTC or local one.
    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    [Fact]
    public async Task Outcomes_and_value_answers_show_up_in_the_managers_report()
    {
        var tenant = ValueCheckApplication.OwnTenants[10];
        var seller = app.ClientWith(app.Token(tenant, user: "sam@contoso.com"));
        var answered = await CheckAsync(seller);
        var cancelled = await CheckAsync(seller);

        var first = await seller.PostAsJsonAsync("/api/v1/decisions", new { checkId = answered, outcome = "answered", valueAnswer = "They asked for an update" });
        var second = await seller.PostAsJsonAsync("/api/v1/decisions", new { checkId = cancelled, outcome = "cancelled" });
        await app.FlushDecisionsAsync();
        var report = await (await app.ClientWith(app.Token(tenant, scope: null, roles: ["ValueCheck.PolicyManager"])).GetAsync("/api/v1/reports"))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(2, report.GetProperty("checks").GetInt32());
        var code = report.GetProperty("byCode")[0];
        Assert.Equal("no-value-check-in", code.GetProperty("code").GetString());
        Assert.Equal(2, code.GetProperty("findings").GetInt32());
        Assert.Equal(1, code.GetProperty("outcomes").GetProperty("answered").GetInt32());
        Assert.Equal(1, code.GetProperty("outcomes").GetProperty("cancelled").GetInt32());
        Assert.Equal(2, report.GetProperty("byDay")[0].GetProperty("warned").GetInt32());
        Assert.Equal("They asked for an update", report.GetProperty("valueAnswers")[0].GetProperty("answer").GetString());
    }

    [Fact]
    public async Task A_draft_checked_three_times_is_one_draft_in_the_report_with_its_last_verdict_and_its_answer()
    {
        var tenant = ValueCheckApplication.OwnTenants[13];
        var seller = app.ClientWith(app.Token(tenant, user: "sam@contoso.com"));
        async Task<string> Check(string draftKey, string body) =>
            (await (await seller.PostAsJsonAsync("/api/v1/checks", new { to = new[] { "someone@example.org" }, body, draftKey })).Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("checkId").GetString()!;
        // The Send's check, the task pane showing it and recording the answer, the next Send of the edited draft.
        var sent = await Check("draft-1", "Just checking in. Any updates?");
        var answered = await seller.PostAsJsonAsync("/api/v1/decisions", new { checkId = sent, outcome = "answered", valueAnswer = "They asked for news" });
        await Check("draft-1", "Just checking in. Any updates?");
        await Check("draft-1", "The fix for the import errors is live; the log you sent shows none since Monday.");
        // Another draft, and a check that came without a key.
        await Check("draft-2", "Just checking in. Any updates?");
        await seller.PostAsJsonAsync("/api/v1/checks", CheckIn);
        await app.FlushDecisionsAsync();

        var report = await (await app.ClientWith(app.Token(tenant, scope: null, roles: ["ValueCheck.PolicyManager"])).GetAsync("/api/v1/reports"))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        Assert.Equal((3, 5), (report.GetProperty("drafts").GetInt32(), report.GetProperty("checks").GetInt32()));
        var code = Assert.Single(report.GetProperty("byCode").EnumerateArray());
        Assert.Equal(("no-value-check-in", 3), (code.GetProperty("code").GetString(), code.GetProperty("findings").GetInt32()));
        Assert.Equal(1, code.GetProperty("outcomes").GetProperty("answered").GetInt32());
        var day = report.GetProperty("byDay")[0];
        // The first draft ended clean: only the other two are warned.
        Assert.Equal((3, 2), (day.GetProperty("drafts").GetInt32(), day.GetProperty("warned").GetInt32()));
        Assert.Equal((1, 2), (report.GetProperty("byOutcome").GetProperty("answered").GetInt32(), report.GetProperty("byOutcome").GetProperty("unknown").GetInt32()));
        Assert.Equal("They asked for news", Assert.Single(report.GetProperty("valueAnswers").EnumerateArray()).GetProperty("answer").GetString());
    }

    [Fact]
    public async Task A_draft_key_is_stored_only_as_a_keyed_hash()
    {
        var tenant = ValueCheckApplication.OwnTenants[14];
        var seller = app.ClientWith(app.Token(tenant, user: "sam@contoso.com"));
        const string key = "draft-key-ana@fabrikam.example";

        await seller.PostAsJsonAsync("/api/v1/checks", new { to = new[] { "someone@example.org" }, body = "Hello", draftKey = key });
        await app.FlushDecisionsAsync();

        var stored = (await app.DecisionsAsync(tenant)).Select(row => row.DraftKeyHash).OfType<string>().ToList();
        Assert.NotEmpty(stored);
        Assert.All(stored, hash => Assert.Matches("^[0-9a-f]{64}$", hash));
        Assert.DoesNotContain(stored, hash => hash.Contains("fabrikam", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Checks_whose_text_was_not_read_are_counted_by_language_in_the_report()
    {
        var tenant = ValueCheckApplication.OwnTenants[12];
        var seller = app.ClientWith(app.Token(tenant, user: "sam@contoso.com"));
        // Italian: a language the shipped model was not trained in.
        object Italian(string body) => new { to = new[] { "someone@example.org" }, body };
        await seller.PostAsJsonAsync("/api/v1/checks", Italian("Volevo solo sapere se ci sono novità sulla nostra offerta della settimana scorsa."));
        await seller.PostAsJsonAsync("/api/v1/checks", Italian("Le scrivo per chiedere se ha avuto il tempo di guardare la nostra proposta."));
        await seller.PostAsJsonAsync("/api/v1/checks", CheckIn);
        await app.FlushDecisionsAsync();

        var report = await (await app.ClientWith(app.Token(tenant, scope: null, roles: ["ValueCheck.PolicyManager"])).GetAsync("/api/v1/reports"))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(3, report.GetProperty("checks").GetInt32());
        var notChecked = Assert.Single(report.GetProperty("textNotChecked").EnumerateArray());
        Assert.Equal(("it", "Italian", 2), (notChecked.GetProperty("language").GetString(), notChecked.GetProperty("name").GetString(), notChecked.GetProperty("drafts").GetInt32()));
    }

    [Fact]
    public async Task Another_tenants_or_another_sellers_check_is_not_found()
    {
        var tenant = ValueCheckApplication.OwnTenants[11];
        var checkId = await CheckAsync(app.ClientWith(app.Token(tenant, user: "ana@contoso.com")));

        var otherTenant = await app.SellerClient(ValueCheckApplication.TenantB).PostAsJsonAsync("/api/v1/decisions", new { checkId, outcome = "edited" });
        var otherSeller = await app.ClientWith(app.Token(tenant, user: "bob@contoso.com")).PostAsJsonAsync("/api/v1/decisions", new { checkId, outcome = "edited" });

        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherSeller.StatusCode);
    }

    [Fact]
    public async Task A_decision_needs_a_known_outcome_and_an_answer_when_answered()
    {
        var response = await app.SellerClient().PostAsJsonAsync("/api/v1/decisions", new { checkId = Guid.NewGuid(), outcome = "answered" });
        var unknown = await app.SellerClient().PostAsJsonAsync("/api/v1/decisions", new { checkId = Guid.NewGuid(), outcome = "ignored" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("valueAnswer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("sentAnyway", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?from=2026-13-01")]
    [InlineData("?from=2026-11-10&to=2026-11-01")]
    [InlineData("?from=2020-01-01&to=2026-01-01")]
    public async Task A_bad_report_range_is_400(string query)
    {
        var manager = app.ClientWith(app.Token(scope: null, roles: ["ValueCheck.PolicyManager"]));

        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync("/api/v1/reports" + query)).StatusCode);
    }

    [Fact]
    public async Task The_report_counts_checks_per_team_by_the_policy_that_applied()
    {
        var tenant = ValueCheckApplication.OwnTenants[9];
        const string renewals = "0f6c1d2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5";
        var manager = app.ManagerClient(tenant);
        await manager.SavePolicyAsync($$"""{ "teams": { "{{renewals}}": { "name": "Renewals desk" } } }""");

        await CheckAsync(app.ClientWith(app.Token(tenant, user: "rita@contoso.com", groups: [renewals])));
        await CheckAsync(app.ClientWith(app.Token(tenant, user: "rita@contoso.com", groups: [renewals])));
        await CheckAsync(app.ClientWith(app.Token(tenant, user: "olle@contoso.com", groups: ["11111111-2222-3333-4444-555555555555"])));
        await app.FlushDecisionsAsync();
        var teams = (await (await manager.GetAsync("/api/v1/reports")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("byTeam");

        Assert.Equal(2, teams.GetArrayLength());
        var team = teams.EnumerateArray().Single(entry => entry.GetProperty("group").GetString() == renewals);
        Assert.Equal("Renewals desk", team.GetProperty("name").GetString());
        Assert.Equal(2, team.GetProperty("drafts").GetInt32());
        Assert.Equal(2, team.GetProperty("warned").GetInt32());
        var tenantPolicy = teams.EnumerateArray().Single(entry => entry.GetProperty("group").ValueKind == JsonValueKind.Null);
        Assert.Equal(1, tenantPolicy.GetProperty("drafts").GetInt32());

        // The team filter: one team's checks, or the tenant policy's.
        var onlyRenewals = await (await manager.GetAsync($"/api/v1/reports?team={renewals}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, onlyRenewals.GetProperty("checks").GetInt32());
        Assert.Equal(renewals, onlyRenewals.GetProperty("team").GetString());
        var onlyTenant = await (await manager.GetAsync("/api/v1/reports?team=tenant")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, onlyTenant.GetProperty("checks").GetInt32());
    }

    [Fact]
    public async Task The_report_has_findings_per_code_per_week_and_the_accounts_most_often_fatigued()
    {
        var tenant = ValueCheckApplication.OwnTenants[7];
        var monday = new DateTime(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant);
            var db = scope.ServiceProvider.GetRequiredService<ValueCheckDbContext>();
            DecisionRow Row(DateTime at, string codes, string? accounts) => new()
            {
                TenantId = tenant, CheckId = Guid.NewGuid(), SellerHash = "s", RecipientHashes = "r", Codes = codes, Verdict = "warn", CheckedAt = at, FatigueAccounts = accounts,
            };
            db.Decisions.AddRange(
                Row(monday, "contact-fatigue", """["Tailwind Traders"]"""),
                Row(monday.AddDays(6), "contact-fatigue,no-value-check-in", """["Tailwind Traders","A. Datum, Inc."]"""),
                Row(monday.AddDays(7), "contact-fatigue", """["A. Datum, Inc."]"""),
                Row(monday.AddDays(8), "contact-fatigue", """["Tailwind Traders"]"""));
            await db.SaveChangesAsync();
        }
        var manager = app.ClientWith(app.Token(tenant, scope: null, roles: ["ValueCheck.PolicyManager"]));

        var report = await (await manager.GetAsync("/api/v1/reports?from=2026-11-16&to=2026-11-30")).Content.ReadFromJsonAsync<JsonElement>();

        var weeks = report.GetProperty("byWeek");
        Assert.Equal("2026-11-16", weeks[0].GetProperty("week").GetString());
        Assert.Equal(2, weeks[0].GetProperty("codes").GetProperty("contact-fatigue").GetInt32());
        Assert.Equal(1, weeks[0].GetProperty("codes").GetProperty("no-value-check-in").GetInt32());
        Assert.Equal("2026-11-23", weeks[1].GetProperty("week").GetString());
        var accounts = report.GetProperty("fatigueAccounts");
        Assert.Equal("Tailwind Traders", accounts[0].GetProperty("account").GetString());
        Assert.Equal(3, accounts[0].GetProperty("drafts").GetInt32());
        Assert.Equal("A. Datum, Inc.", accounts[1].GetProperty("account").GetString());
    }

    [Fact]
    public async Task A_seller_cannot_read_reports() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await app.SellerClient().GetAsync("/api/v1/reports")).StatusCode);
}
