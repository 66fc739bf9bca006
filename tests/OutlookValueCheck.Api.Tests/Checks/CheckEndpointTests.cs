using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutlookValueCheck.Api.Tests.Checks;

public sealed class CheckEndpointOnSqliteTests(ValueCheckApplication app) : CheckEndpointTests(app), IClassFixture<ValueCheckApplication>;

public sealed class CheckEndpointOnPostgresTests(PostgresValueCheckApplication app) : CheckEndpointTests(app), IClassFixture<PostgresValueCheckApplication>;

/// <summary>Runs against both storage providers (the subclasses above).</summary>
public abstract class CheckEndpointTests : IAsyncLifetime
{
    private const string Accounts = """
        id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products
        A1,Fabrikam,fabrikam.com,customer,2021-04-12,2027-06-30,anna.berg@contoso.com,0,Analytics
        """;
    private const string Contacts = """
        email,account_id,first_name,last_name,title,do_not_email
        tom@fabrikam.com,A1,Tom,Keller,IT Manager,false
        """;
    private const string GenericPitch =
        "Hi Tom, my name is Anna and I'm reaching out from Contoso, a leading analytics platform. Would you have 15 minutes for a quick intro call?";

    private readonly ValueCheckApplication _app;

    protected CheckEndpointTests(ValueCheckApplication app) => _app = app;

    public Task InitializeAsync() => _app.ImportCrmAsync(ValueCheckApplication.TenantA, Accounts, Contacts);

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Draft(string body, params string[] to) => new { to, cc = Array.Empty<string>(), bcc = Array.Empty<string>(), subject = "Hello", body, bodyFormat = "text" };

    [Fact]
    public async Task A_pitch_to_a_customer_in_the_tenants_crm_gets_a_warning_with_evidence()
    {
        var response = await _app.SellerClient().PostAsJsonAsync("/api/v1/checks", Draft(GenericPitch, "tom@fabrikam.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("warn", root.GetProperty("verdict").GetString());
        Assert.Equal("promptUser", root.GetProperty("sendMode").GetString());
        Assert.True(Guid.TryParse(root.GetProperty("checkId").GetString(), out _));
        var finding = root.GetProperty("findings")[0];
        Assert.Equal("pitch-to-customer", finding.GetProperty("code").GetString());
        Assert.Equal("tom@fabrikam.com", finding.GetProperty("recipient").GetString());
        Assert.Equal("Does this add value for them?", root.GetProperty("valueQuestion").GetProperty("question").GetString());
    }

    [Theory]
    [InlineData("de-AT", "Fabrikam ist seit April 2021 Kunde, aber diese Mail stellt uns Tom Keller vor", "Bringt das dem Empfänger etwas?")]
    [InlineData("fr-CA", "Fabrikam est client depuis avril 2021, mais ce message nous présente à Tom Keller", "Est-ce que cela leur apporte quelque chose\u00a0?")]
    [InlineData("es-419", "Fabrikam es cliente desde abril de 2021, pero este correo nos presenta a Tom Keller", "¿Esto les aporta algo?")]
    [InlineData("it-IT", "Fabrikam has been a customer since April 2021, but this mail introduces us to Tom Keller", "Does this add value for them?")]
    public async Task The_findings_and_the_value_question_are_said_in_the_sellers_display_language(string displayLanguage, string opening, string question)
    {
        var response = await _app.SellerClient().PostAsJsonAsync("/api/v1/checks",
            new { to = new[] { "tom@fabrikam.com" }, subject = "Intro", body = GenericPitch, displayLanguage });
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(opening, check.GetProperty("findings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(question, check.GetProperty("valueQuestion").GetProperty("question").GetString());
    }

    [Fact]
    public async Task A_display_language_that_is_not_a_language_tag_is_refused_naming_the_field()
    {
        var response = await _app.SellerClient().PostAsJsonAsync("/api/v1/checks",
            new { to = new[] { "tom@fabrikam.com" }, subject = "Intro", body = GenericPitch, displayLanguage = "<script>" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("displayLanguage must be a language tag", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("displayLanguage")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sender_field_claiming_the_customers_domain_does_not_make_the_customer_a_colleague()
    {
        var claimed = await _app.SellerClient().PostAsJsonAsync("/api/v1/checks",
            new { sender = "someone@fabrikam.com", to = new[] { "tom@fabrikam.com" }, subject = "Intro", body = GenericPitch });
        // Issue 15: a sender outside the organisation is refused outright; the same draft from the seller still warns.
        var response = await _app.SellerClient().PostAsJsonAsync("/api/v1/checks",
            new { to = new[] { "tom@fabrikam.com" }, subject = "Intro", body = GenericPitch });
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, claimed.StatusCode);
        Assert.True((await claimed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("sender", out _));
        Assert.False(check.GetProperty("recipients")[0].GetProperty("isInternal").GetBoolean());
        Assert.Contains(check.GetProperty("findings").EnumerateArray(), finding => finding.GetProperty("code").GetString() == "pitch-to-customer");
    }

    [Fact]
    public async Task Another_tenant_never_sees_this_tenants_crm()
    {
        var response = await _app.SellerClient(ValueCheckApplication.TenantB).PostAsJsonAsync("/api/v1/checks", Draft(GenericPitch, "tom@fabrikam.com"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("pitch-to-customer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fabrikam", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_records_a_decision_with_hashed_addresses_and_never_the_mail()
    {
        var before = (await _app.DecisionsAsync(ValueCheckApplication.TenantA)).Count;

        await _app.SellerClient().PostAsJsonAsync("/api/v1/checks", Draft(GenericPitch, "tom@fabrikam.com"));

        var decisions = await _app.DecisionsAsync(ValueCheckApplication.TenantA);
        Assert.Equal(before + 1, decisions.Count);
        var decision = decisions.OrderBy(row => row.Key).Last();
        Assert.Equal("pitch-to-customer,seller-centric", decision.Codes);
        Assert.Equal("warn", decision.Verdict);
        Assert.DoesNotContain("tom@fabrikam.com", decision.RecipientHashes, StringComparison.Ordinal);
        Assert.DoesNotContain("anna", decision.SellerHash, StringComparison.Ordinal);
        Assert.Empty(await _app.DecisionsAsync(ValueCheckApplication.UnknownTenant));
    }

    [Fact]
    public async Task Invalid_input_is_a_400_listing_every_field_and_nothing_is_stored()
    {
        var before = (await _app.DecisionsAsync(ValueCheckApplication.TenantA)).Count;

        var response = await _app.SellerClient().PostAsJsonAsync("/api/v1/checks",
            new { to = new[] { "not-an-address", "x@fabrikam.com", "X@fabrikam.com", "evil@fabrikam.com\r\nBcc: all@fabrikam.com" }, body = "hi", bodyFormat = "rtf", subject = new string('s', 1001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.Contains("not-an-address", errors.GetProperty("to[0]")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("to[3]", out _));
        Assert.Contains("x@fabrikam.com", errors.GetProperty("to")[0].GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(errors.TryGetProperty("bodyFormat", out _));
        Assert.True(errors.TryGetProperty("subject", out _));
        Assert.Equal(before, (await _app.DecisionsAsync(ValueCheckApplication.TenantA)).Count);
    }

    [Fact]
    public async Task No_recipients_or_too_many_recipients_is_a_400()
    {
        var none = await _app.SellerClient().PostAsJsonAsync("/api/v1/checks", Draft("hi"));
        var many = await _app.SellerClient().PostAsJsonAsync("/api/v1/checks", Draft("hi", Enumerable.Range(0, 501).Select(i => $"p{i}@fabrikam.com").ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        Assert.Contains("At most 500 recipients", await many.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_413_before_any_work_and_nothing_is_stored()
    {
        var before = (await _app.DecisionsAsync(ValueCheckApplication.TenantA)).Count;

        var response = await _app.SellerClient().PostAsJsonAsync("/api/v1/checks", Draft(new string('x', 1_100_000), "tom@fabrikam.com"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, (await _app.DecisionsAsync(ValueCheckApplication.TenantA)).Count);
    }

    [Theory]
    [InlineData("{\"to\":[", "$.to")]
    [InlineData("{\"to\":5,\"body\":\"x\"}", "$.to")]
    public async Task Unreadable_json_is_a_400_naming_where(string body, string path)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await _app.SellerClient().PostAsync("/api/v1/checks", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(path, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_with_script_is_analysed_as_text_and_never_echoed_back()
    {
        var response = await _app.SellerClient().PostAsJsonAsync("/api/v1/checks",
            new { to = new[] { "tom@fabrikam.com" }, subject = "Notes", bodyFormat = "html", body = "<p>Here are the notes you asked for.</p><script>alert('x')</script>" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
