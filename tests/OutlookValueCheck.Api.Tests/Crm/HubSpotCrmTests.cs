using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlookValueCheck.Api.Tests.Auth;
using OutlookValueCheck.Api.Tests.Faults;

namespace OutlookValueCheck.Api.Tests.Crm;

/// <summary>A tenant whose CRM is HubSpot: the connector against a fake HubSpot portal on 127.0.0.1 (HTTPS), in Production.</summary>
[Collection(FakeEntraId.Collection)]
public sealed class HubSpotCrmTests : ProductionServiceTests
{
    private readonly FakeHubSpot _hubSpot = new();

    private static FakeHubSpot.Company Fabrikam(string type = "OTHER", string stage = "customer") => new(9001, "Fabrikam", type, stage, 112, "Sam.Ortiz@contoso.com",
        "2021-04-12T09:30:00Z", "2027-02-28", [new("HIGH", "1"), new("URGENT", "2"), new("HIGH", "4"), new("LOW", "1")]);

    private readonly UpstreamFaults _faults = new("/crm");

    protected override Action<Microsoft.AspNetCore.Builder.WebApplication>[] Services => [_faults.Map, _hubSpot.Map];

    protected override void Configure(IWebHostBuilder builder)
    {
        var section = $"Crm:Tenants:{ValueCheckApplication.TenantA}";
        builder.UseSetting($"{section}:Kind", "HubSpot");
        builder.UseSetting($"{section}:HubSpot:BaseUrl", Entra.BaseAddress);
        builder.UseSetting($"{section}:HubSpot:AccessToken", FakeHubSpot.AccessToken);
        builder.UseSetting($"{section}:HubSpot:RenewalDateProperty", "renewal_date");
        builder.UseSetting($"{section}:HubSpot:Relationships:former_customer", "former-customer");
    }

    private async Task<JsonElement> LookUpAsync(string address)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId));
        var response = await client.PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses = new[] { address } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
    }

    [Fact]
    public async Task A_contact_in_hubspot_brings_company_owner_open_urgent_tickets_and_dates()
    {
        _hubSpot.Contacts.Add(new("tom@fabrikam.com", "Tom", "Berg", false, Fabrikam()));

        var recipient = await LookUpAsync("Tom@Fabrikam.com");

        Assert.Equal("HubSpot", recipient.GetProperty("crmSource").GetString());
        Assert.Equal("Tom Berg", recipient.GetProperty("contact").GetProperty("fullName").GetString());
        var account = recipient.GetProperty("account");
        Assert.Equal("customer", account.GetProperty("relationship").GetString());
        Assert.Equal("sam.ortiz@contoso.com", account.GetProperty("ownerEmail").GetString());
        Assert.Equal(2, account.GetProperty("openHighSeverityCases").GetInt32()); // HIGH and URGENT in open stages; the closed HIGH and the LOW do not count
        Assert.Equal("2021-04-12", account.GetProperty("customerSince").GetString());
        Assert.Equal("2027-02-28", account.GetProperty("renewalDate").GetString());
    }

    [Fact]
    public async Task Without_a_primary_company_property_the_primary_association_is_followed()
    {
        _hubSpot.Contacts.Add(new("eva@fabrikam.com", "Eva", "Lund", false, Fabrikam(), PrimaryOnlyAsAssociation: true));

        var recipient = await LookUpAsync("eva@fabrikam.com");

        Assert.Equal("Fabrikam", recipient.GetProperty("account").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Company_type_comes_before_lifecycle_stage_and_custom_values_are_mapped()
    {
        _hubSpot.Contacts.Add(new("ria@partner.com", "Ria", "Sen", false, Fabrikam(type: "PARTNER") with { Id = 9002, OwnerId = 113 }));
        _hubSpot.Contacts.Add(new("old@northwind.com", "Olle", "Holm", false, Fabrikam(stage: "former_customer") with { Id = 9003, OwnerId = 114 }));

        var partner = await LookUpAsync("ria@partner.com");
        var former = await LookUpAsync("old@northwind.com");

        Assert.Equal("partner", partner.GetProperty("account").GetProperty("relationship").GetString());
        Assert.Equal("former-customer", former.GetProperty("account").GetProperty("relationship").GetString());
    }

    [Fact]
    public async Task An_opted_out_contact_is_do_not_email_and_an_unknown_one_has_no_crm_facts()
    {
        _hubSpot.Contacts.Add(new("ann+news@fabrikam.com", "Ann", "Li", true, null));

        var optedOut = await LookUpAsync("ann+news@fabrikam.com");
        var unknown = await LookUpAsync("nobody@fabrikam.com");

        Assert.True(optedOut.GetProperty("contact").GetProperty("doNotEmail").GetBoolean());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("contact").ValueKind);
        Assert.Empty(unknown.GetProperty("lookupFailures").EnumerateArray());
    }

    [Fact]
    public async Task A_ten_secondly_limit_is_retried_and_a_daily_limit_is_reported()
    {
        _hubSpot.Contacts.Add(new("tom@fabrikam.com", "Tom", "Berg", false, null));
        _hubSpot.ThrottleNext = 1;
        var retried = await LookUpAsync("tom@fabrikam.com");

        var requestsBefore = _hubSpot.Requests;
        _hubSpot.DailyLimit = true;
        _hubSpot.ThrottleNext = 1_000;
        var stopped = await LookUpAsync("ann@fabrikam.com");

        Assert.Equal("Tom Berg", retried.GetProperty("contact").GetProperty("fullName").GetString());
        Assert.Equal("HubSpot daily API limit reached", stopped.GetProperty("lookupFailures")[0].GetProperty("reason").GetString());
        Assert.Equal(1, _hubSpot.Requests - requestsBefore); // a spent daily limit is not retried
    }

    [Fact]
    public void Settings_without_an_access_token_stop_the_service_naming_the_setting()
    {
        using var app = Entra.ServiceInProduction(Database, builder =>
            builder.UseSetting($"Crm:Tenants:{ValueCheckApplication.TenantA}:Kind", "HubSpot"));

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains($"Crm:Tenants:{ValueCheckApplication.TenantA}:HubSpot:AccessToken", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(UpstreamFaultOutcome.Each), MemberType = typeof(UpstreamFaultOutcome))]
    public async Task A_failing_hubspot_leaves_the_check_to_go_on_and_say_why(UpstreamFault fault)
    {
        _faults.Fault = fault;
        var seller = App.CreateClient();
        seller.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId));

        var response = await seller.PostAsJsonAsync("/api/v1/checks", new { to = new[] { "tom@fabrikam.com" }, body = "Here are the figures you asked for." });

        await UpstreamFaultOutcome.AssertCheckGoesOnAsync(response, _faults, "crm", "HubSpot");
    }
}
