using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlookValueCheck.Api.Crm.Salesforce;
using OutlookValueCheck.Api.Tests.Auth;
using OutlookValueCheck.Api.Tests.Faults;

namespace OutlookValueCheck.Api.Tests.Crm;

/// <summary>
/// A tenant whose CRM is Salesforce: the connector's OAuth client-credentials sign-in and SOQL queries against a fake
/// Salesforce org on 127.0.0.1 (HTTPS), in the Production environment.
/// </summary>
[Collection(FakeEntraId.Collection)]
public sealed class SalesforceCrmTests : ProductionServiceTests
{
    private static readonly FakeSalesforce.Account Fabrikam = new("001fake", "Fabrikam", "Customer - Direct", "Sam.Ortiz@contoso.com", "2027-03-31", 3, "2020-05-04", "2026-12-31");
    private readonly FakeSalesforce _salesforce = new();

    private readonly UpstreamFaults _faults = new("/services/data");

    protected override Action<Microsoft.AspNetCore.Builder.WebApplication>[] Services => [_faults.Map, _salesforce.Map];

    protected override void Configure(IWebHostBuilder builder) => ConfigureSalesforce(builder, "Renewal_Date__c");

    private void ConfigureSalesforce(IWebHostBuilder builder, string? renewalField)
    {
        var section = $"Crm:Tenants:{ValueCheckApplication.TenantA}";
        builder.UseSetting($"{section}:Kind", "Salesforce");
        builder.UseSetting($"{section}:Salesforce:Url", Entra.BaseAddress);
        builder.UseSetting($"{section}:Salesforce:ClientId", FakeSalesforce.ClientId);
        builder.UseSetting($"{section}:Salesforce:ClientSecret", FakeEntraId.ClientSecret);
        if (renewalField is not null)
            builder.UseSetting($"{section}:Salesforce:RenewalDateField", renewalField);
    }

    private static async Task<JsonElement> LookUpAsync(WebApplicationFactory<Program> app, string token, string address)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var response = await client.PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses = new[] { address } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
    }

    private Task<JsonElement> LookUpAsync(string address) =>
        LookUpAsync(App, Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId), address);

    [Fact]
    public async Task A_contact_in_salesforce_brings_account_type_owner_cases_customer_since_and_renewal()
    {
        _salesforce.Contacts.Add(new("tom@fabrikam.com", "Tom", "Berg", false, Fabrikam));

        var recipient = await LookUpAsync("tom@fabrikam.com");

        Assert.Equal("Salesforce", recipient.GetProperty("crmSource").GetString());
        Assert.Equal("Tom Berg", recipient.GetProperty("contact").GetProperty("fullName").GetString());
        var account = recipient.GetProperty("account");
        Assert.Equal("customer", account.GetProperty("relationship").GetString());
        Assert.Equal("sam.ortiz@contoso.com", account.GetProperty("ownerEmail").GetString());
        Assert.Equal(3, account.GetProperty("openHighSeverityCases").GetInt32());
        Assert.Equal("2020-05-04", account.GetProperty("customerSince").GetString());
        Assert.Equal("2027-03-31", account.GetProperty("renewalDate").GetString());
    }

    [Fact]
    public async Task Without_a_renewal_field_the_latest_activated_contract_end_is_the_renewal()
    {
        _salesforce.Contacts.Add(new("tom@fabrikam.com", "Tom", "Berg", false, Fabrikam));
        await using var app = Entra.ServiceInProduction(Database, builder => ConfigureSalesforce(builder, renewalField: null));

        var recipient = await LookUpAsync(app, Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId), "tom@fabrikam.com");

        Assert.Equal("2026-12-31", recipient.GetProperty("account").GetProperty("renewalDate").GetString());
    }

    [Fact]
    public async Task An_opted_out_contact_is_do_not_email_and_an_unknown_address_has_no_crm_facts()
    {
        _salesforce.Contacts.Add(new("ann@fabrikam.com", "Ann", "Li", true, null));

        var optedOut = await LookUpAsync("ann@fabrikam.com");
        var unknown = await LookUpAsync("nobody@fabrikam.com");

        Assert.True(optedOut.GetProperty("contact").GetProperty("doNotEmail").GetBoolean());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("contact").ValueKind);
        Assert.Empty(unknown.GetProperty("lookupFailures").EnumerateArray());
    }

    [Fact]
    public async Task A_quote_in_an_address_is_escaped_in_the_soql()
    {
        _salesforce.Contacts.Add(new("o'neil@fabrikam.com", "Pat", "O'Neil", false, null));

        var recipient = await LookUpAsync("o'neil@fabrikam.com");

        Assert.Equal("Pat O'Neil", recipient.GetProperty("contact").GetProperty("fullName").GetString());
        Assert.EndsWith(@"WHERE Email = 'o\'neil@fabrikam.com' LIMIT 1", _salesforce.Queries.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Soql_literals_escape_quotes_backslashes_and_control_characters() =>
        Assert.Equal(@"'a\'b\\c\""d\ne\tf'", OutlookValueCheck.Api.Connectors.QueryLiterals.Soql("a'b\\c\"d\ne\tf"));

    [Fact]
    public async Task An_expired_session_is_signed_in_again_once()
    {
        _salesforce.Contacts.Add(new("tom@fabrikam.com", "Tom", "Berg", false, null));
        await LookUpAsync("someone@example.org");
        _salesforce.ExpireSession = true;

        var recipient = await LookUpAsync("tom@fabrikam.com");

        Assert.Equal("Tom Berg", recipient.GetProperty("contact").GetProperty("fullName").GetString());
        Assert.Equal(2, _salesforce.TokensIssued);
    }

    [Fact]
    public async Task The_orgs_api_limit_leaves_the_check_to_go_on_and_say_so()
    {
        _salesforce.LimitExceeded = true;

        var recipient = await LookUpAsync("tom@fabrikam.com");

        var failure = recipient.GetProperty("lookupFailures")[0];
        Assert.Equal("crm", failure.GetProperty("source").GetString());
        Assert.Equal("Salesforce API limit reached", failure.GetProperty("reason").GetString());
        Assert.Single(_salesforce.Queries); // a spent allocation is not retried
    }

    [Fact]
    public void Settings_without_a_client_secret_stop_the_service_naming_the_setting()
    {
        using var app = Entra.ServiceInProduction(Database, builder =>
        {
            builder.UseSetting($"Crm:Tenants:{ValueCheckApplication.TenantA}:Kind", "Salesforce");
            builder.UseSetting($"Crm:Tenants:{ValueCheckApplication.TenantA}:Salesforce:Url", "https://fabrikam.my.salesforce.com");
            builder.UseSetting($"Crm:Tenants:{ValueCheckApplication.TenantA}:Salesforce:ClientId", FakeSalesforce.ClientId);
        });

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains($"Crm:Tenants:{ValueCheckApplication.TenantA}:Salesforce:ClientSecret", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(UpstreamFaultOutcome.Each), MemberType = typeof(UpstreamFaultOutcome))]
    public async Task A_failing_salesforce_leaves_the_check_to_go_on_and_say_why(UpstreamFault fault)
    {
        _faults.Fault = fault;
        var seller = App.CreateClient();
        seller.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId));

        var response = await seller.PostAsJsonAsync("/api/v1/checks", new { to = new[] { "tom@fabrikam.com" }, body = "Here are the figures you asked for." });

        await UpstreamFaultOutcome.AssertCheckGoesOnAsync(response, _faults, "crm", "Salesforce");
    }
}
