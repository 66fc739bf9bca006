using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace OutlookValueCheck.Api.Tests.Abuse;

/// <summary>The test service with a second internal domain configured for Development, as an IT admin would set it.</summary>
public sealed class InternalDomainsApplication : ValueCheckApplication
{
    public const string SisterDomain = "contoso-sales.com";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Development:InternalDomains:0", SisterDomain);
    }
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class PostgresInternalDomainsApplication : PostgresValueCheckApplication
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Development:InternalDomains:0", InternalDomainsApplication.SisterDomain);
    }
}

public sealed class SenderSteeringOnSqliteTests(InternalDomainsApplication app) : SenderSteeringTests(app), IClassFixture<InternalDomainsApplication>;

public sealed class SenderSteeringOnPostgresTests(PostgresInternalDomainsApplication app) : SenderSteeringTests(app), IClassFixture<PostgresInternalDomainsApplication>;

/// <summary>
/// The request's sender field cannot steer the verdict: a sender outside the organisation is a 400, and an internal
/// one (a shared mailbox, a sister domain's, the account owner's own mailbox) is accepted and silences nothing. One
/// test per finding whose detector reads the sender: pitch-to-customer, former-customer, at-risk-account and
/// seller-centric (the sender's organisation is "us" in the text), owned-by-colleague (the sender against the owner).
/// </summary>
public abstract class SenderSteeringTests(ValueCheckApplication app) : IAsyncLifetime
{
    private const string Tenant = ValueCheckApplication.TenantA;
    private const string Owner = "joao.costa@contoso.com"; // the demo accounts' owner; the seller is anna.berg@contoso.com

    // The demo CRM's customers, with Tailwind Traders' renewal always 40 days ahead.
    private static readonly string Accounts = $"""
        id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products
        D01,Tailwind Traders,tailwindtraders.com,customer,2020-03-01,{DateTime.UtcNow.AddDays(40):yyyy-MM-dd},{Owner},0,Analytics;Reporting
        D03,A. Datum Corporation,adatum.com,prospect,,,{Owner},0,
        D04,Wingtip Toys,wingtiptoys.com,former-customer,2019-01-15,,mia.schulz@contoso.com,0,
        """;
    private const string Contacts = """
        email,account_id,first_name,last_name,title,do_not_email
        sara.lind@tailwindtraders.com,D01,Sara,Lind,COO,false
        julia.berg@adatum.com,D03,Julia,Berg,Head of Analytics,false
        ken.ito@wingtiptoys.com,D04,Ken,Ito,CFO,false
        """;

    private const string Pitch =
        "Hi, my name is Anna and I'm reaching out from Contoso, a leading analytics platform. Would you have 15 minutes for a quick intro call?";

    // Mails that read as a pitch, or as all about us, only because "Contoso" is the seller's own name: a sender whose
    // domain names another organisation must not make "Contoso" a stranger's name.
    private const string IntroPitch = "I would like to introduce Contoso to your team. Could we set up a quick call next week?";

    private const string AboutUs =
        "Big news: Contoso won the Analytics Award this year, and Contoso was named a leader by Forrester. Contoso has just released Contoso Insights. "
        + "Thank you for reading, and have a good week, you deserve it!";

    public Task InitializeAsync() => app.ImportCrmAsync(Tenant, Accounts, Contacts);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpResponseMessage> CheckAsync(string? sender, string to, string body) =>
        await app.SellerClient(Tenant).PostAsJsonAsync("/api/v1/checks", new { sender, to = new[] { to }, subject = "Hello", body });

    private static async Task<List<string>> CodesAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();
        return check.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("code").GetString()!).ToList();
    }

    /// <summary>Senders of the seller's own organisation: a shared mailbox, a sister domain's mailbox, the account owner's.</summary>
    public static TheoryData<string> InternalSenders() =>
    [
        "sales@contoso.com",
        $"deals@{InternalDomainsApplication.SisterDomain}",
        Owner,
        "Sales@Contoso.com.",
    ];

    [Theory]
    [InlineData("someone@tailwindtraders.com")]
    [InlineData("sara.lind@tailwindtraders.com")]
    [InlineData("anna.berg@contoso.com.evil.example")]
    [InlineData("anna.berg@notcontoso.com")]
    public async Task A_sender_outside_the_organisation_is_a_400_naming_sender_and_nothing_is_stored(string sender)
    {
        var before = (await app.DecisionsAsync(Tenant)).Count;

        var response = await CheckAsync(sender, "sara.lind@tailwindtraders.com", Pitch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("sender")[0].GetString();
        Assert.Contains("is not a mailbox of your organisation", message, StringComparison.Ordinal);
        Assert.Equal(before, (await app.DecisionsAsync(Tenant)).Count);
    }

    [Fact]
    public async Task Without_a_sender_the_mails_raise_what_the_tests_below_keep()
    {
        var pitch = await CodesAsync(await CheckAsync(null, "sara.lind@tailwindtraders.com", Pitch));
        var intro = await CodesAsync(await CheckAsync(null, "sara.lind@tailwindtraders.com", IntroPitch));

        Assert.Contains("pitch-to-customer", pitch);
        Assert.Contains("at-risk-account", pitch);
        Assert.Contains("owned-by-colleague", pitch);
        Assert.Contains("pitch-to-customer", intro);
        Assert.Contains("at-risk-account", intro);
        Assert.Contains("former-customer", await CodesAsync(await CheckAsync(null, "ken.ito@wingtiptoys.com", IntroPitch)));
        Assert.Contains("seller-centric", await CodesAsync(await CheckAsync(null, "julia.berg@adatum.com", AboutUs)));
    }

    [Theory]
    [MemberData(nameof(InternalSenders))]
    public async Task An_internal_sender_is_accepted_and_cannot_silence_pitch_to_customer(string sender)
    {
        Assert.Contains("pitch-to-customer", await CodesAsync(await CheckAsync(sender, "sara.lind@tailwindtraders.com", IntroPitch)));
    }

    [Theory]
    [MemberData(nameof(InternalSenders))]
    public async Task An_internal_sender_is_accepted_and_cannot_silence_at_risk_account(string sender)
    {
        Assert.Contains("at-risk-account", await CodesAsync(await CheckAsync(sender, "sara.lind@tailwindtraders.com", IntroPitch)));
    }

    [Theory]
    [MemberData(nameof(InternalSenders))]
    public async Task An_internal_sender_is_accepted_and_cannot_silence_former_customer(string sender)
    {
        Assert.Contains("former-customer", await CodesAsync(await CheckAsync(sender, "ken.ito@wingtiptoys.com", IntroPitch)));
    }

    [Theory]
    [MemberData(nameof(InternalSenders))]
    public async Task An_internal_sender_is_accepted_and_cannot_silence_owned_by_colleague(string sender)
    {
        Assert.Contains("owned-by-colleague", await CodesAsync(await CheckAsync(sender, "sara.lind@tailwindtraders.com", Pitch)));
    }

    [Theory]
    [MemberData(nameof(InternalSenders))]
    public async Task An_internal_sender_is_accepted_and_cannot_silence_seller_centric(string sender)
    {
        Assert.Contains("seller-centric", await CodesAsync(await CheckAsync(sender, "julia.berg@adatum.com", AboutUs)));
    }

    [Fact]
    public async Task The_account_owner_writing_from_a_shared_mailbox_is_still_the_owner()
    {
        var owner = app.ClientWith(app.Token(Tenant, user: Owner));

        var response = await owner.PostAsJsonAsync("/api/v1/checks", new { sender = "sales@contoso.com", to = new[] { "sara.lind@tailwindtraders.com" }, subject = "Hello", body = Pitch });

        Assert.DoesNotContain("owned-by-colleague", await CodesAsync(response));
    }

    [Fact]
    public async Task A_recipient_at_a_configured_internal_domain_is_a_colleague()
    {
        var response = await app.SellerClient(Tenant).PostAsJsonAsync("/api/v1/recipients/lookup",
            new { addresses = new[] { $"deals@{InternalDomainsApplication.SisterDomain.ToUpper(CultureInfo.InvariantCulture)}", "sara.lind@tailwindtraders.com" } });

        var cards = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(cards[0].GetProperty("isInternal").GetBoolean());
        Assert.False(cards[1].GetProperty("isInternal").GetBoolean());
    }
}
