using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlookValueCheck.Api.Tests.Auth;
using OutlookValueCheck.Api.Tests.Faults;

namespace OutlookValueCheck.Api.Tests.Crm;

/// <summary>
/// A tenant whose CRM is Dynamics 365: the real Azure.Identity client-credentials flow against the fake Entra ID and
/// the connector's queries against a fake Dataverse Web API on 127.0.0.1, in the Production environment.
/// </summary>
[Collection(FakeEntraId.Collection)]
public sealed class DataverseCrmTests : ProductionServiceTests
{
    private static readonly FakeDataverse.Account Fabrikam = new(Guid.Parse("a1b2c3d4-0000-4000-8000-000000000001"), "Fabrikam", 3, "Sam.Ortiz@contoso.com", "2027-01-10", 2, "2021-04-12T00:00:00Z");
    private readonly FakeDataverse _dataverse = new();

    private readonly UpstreamFaults _faults = new("/api/data");

    protected override Action<Microsoft.AspNetCore.Builder.WebApplication>[] Services => [_faults.Map, _dataverse.Map];

    protected override void Configure(IWebHostBuilder builder) => ConfigureDataverse(builder, Entra.BaseAddress);

    private static void ConfigureDataverse(IWebHostBuilder builder, string environment)
    {
        FakeDataverse.ConfigureService(builder, environment);
        var section = $"Crm:Tenants:{ValueCheckApplication.TenantA}";
        builder.UseSetting($"{section}:Dataverse:RenewalDateColumn", "new_renewaldate");
        builder.UseSetting($"{section}:Dataverse:Relationships:100000001", "former-customer");
    }

    private HttpClient Seller()
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId));
        return client;
    }

    private async Task<JsonElement> LookUpAsync(string address)
    {
        var response = await Seller().PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses = new[] { address } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
    }

    [Fact]
    public async Task A_contact_in_dynamics_brings_its_account_owner_cases_renewal_and_customer_since()
    {
        _dataverse.Contacts.Add(new("tom@fabrikam.com", "Tom", "Berg", false, Fabrikam));

        var recipient = await LookUpAsync("Tom@Fabrikam.com");

        Assert.Equal("Dynamics 365", recipient.GetProperty("crmSource").GetString());
        Assert.Equal("Tom Berg", recipient.GetProperty("contact").GetProperty("fullName").GetString());
        var account = recipient.GetProperty("account");
        Assert.Equal("Fabrikam", account.GetProperty("name").GetString());
        Assert.Equal("customer", account.GetProperty("relationship").GetString());
        Assert.Equal("sam.ortiz@contoso.com", account.GetProperty("ownerEmail").GetString());
        Assert.Equal(2, account.GetProperty("openHighSeverityCases").GetInt32());
        Assert.Equal("2027-01-10", account.GetProperty("renewalDate").GetString());
        Assert.Equal("2021-04-12", account.GetProperty("customerSince").GetString());
    }

    [Fact]
    public async Task Do_not_email_in_dynamics_blocks_the_send()
    {
        _dataverse.Contacts.Add(new("ann@fabrikam.com", "Ann", "Li", true, Fabrikam));

        var response = await Seller().PostAsJsonAsync("/api/v1/checks", new { to = new[] { "ann@fabrikam.com" }, body = "Here are the figures you asked for." });
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("block", check.GetProperty("verdict").GetString());
        Assert.Contains(check.GetProperty("findings").EnumerateArray(), finding => finding.GetProperty("code").GetString() == "do-not-email");
    }

    [Theory]
    [InlineData("\"Ann\"@Fabrikam.com.")]
    [InlineData("ann+newsletter@fabrikam.com")]
    public async Task Dynamics_is_asked_in_the_normal_spelling_and_do_not_email_blocks_every_spelling(string spelling)
    {
        _dataverse.Contacts.Add(new("ann@fabrikam.com", "Ann", "Li", true, Fabrikam));

        var response = await Seller().PostAsJsonAsync("/api/v1/checks", new { to = new[] { spelling }, body = "Here are the figures you asked for." });
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("block", check.GetProperty("verdict").GetString());
        Assert.Contains(check.GetProperty("findings").EnumerateArray(), finding => finding.GetProperty("code").GetString() == "do-not-email");
        Assert.Contains(_dataverse.ContactFilters, filter => filter.Contains("emailaddress1 eq 'ann@fabrikam.com'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tenants_own_relationship_codes_are_mapped()
    {
        _dataverse.Contacts.Add(new("old@northwind.com", "Olle", "Holm", false, Fabrikam with { Id = Guid.NewGuid(), Name = "Northwind", CustomerTypeCode = 100000001 }));

        var recipient = await LookUpAsync("old@northwind.com");

        Assert.Equal("former-customer", recipient.GetProperty("account").GetProperty("relationship").GetString());
    }

    [Fact]
    public async Task An_address_with_a_quote_and_a_plus_is_escaped_in_the_query()
    {
        _dataverse.Contacts.Add(new("o'neil+sales@fabrikam.com", "Pat", "O'Neil", false, null));

        var recipient = await LookUpAsync("o'neil+sales@fabrikam.com");

        Assert.Equal("Pat O'Neil", recipient.GetProperty("contact").GetProperty("fullName").GetString());
        // Issue 15: a +tag address's base is asked about too (for do-not-email), escaped the same way.
        Assert.Equal(2, _dataverse.ContactFilters.Count);
        Assert.Single(_dataverse.ContactFilters, filter => filter.Contains("emailaddress1 eq 'o''neil+sales@fabrikam.com'", StringComparison.Ordinal));
        Assert.Single(_dataverse.ContactFilters, filter => filter.Contains("emailaddress1 eq 'o''neil@fabrikam.com'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_address_dynamics_does_not_know_has_no_crm_facts()
    {
        var recipient = await LookUpAsync("stranger@example.org");

        Assert.Equal(JsonValueKind.Null, recipient.GetProperty("contact").ValueKind);
        Assert.Equal(JsonValueKind.Null, recipient.GetProperty("crmSource").ValueKind);
        Assert.Empty(recipient.GetProperty("lookupFailures").EnumerateArray());
    }

    [Fact]
    public async Task Several_recipients_are_looked_up_at_once_up_to_the_connectors_own_limit()
    {
        // Ten at a time (DataverseCrm.MaxConcurrentLookups, far inside Dataverse's 52): twelve recipients take two rounds.
        var addresses = Enumerable.Range(1, 12).Select(i => $"person{i}@fabrikam.com").ToArray();
        _dataverse.Contacts.AddRange(addresses.Select(address => new FakeDataverse.Contact(address, "P", "Q", false, null)));
        _dataverse.Delay = TimeSpan.FromMilliseconds(150);

        var response = await Seller().PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses });
        var recipients = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.All(recipients.EnumerateArray(), recipient => Assert.Equal("Dynamics 365", recipient.GetProperty("crmSource").GetString()));
        Assert.InRange(_dataverse.MostAtOnce, 5, 10);
    }

    [Fact]
    public async Task Throttling_is_waited_out_as_dataverse_asks()
    {
        _dataverse.Contacts.Add(new("tom@fabrikam.com", "Tom", "Berg", false, null));
        _dataverse.ThrottleNext = 1;

        var response = await Seller().PostAsJsonAsync("/api/v1/checks", new { to = new[] { "tom@fabrikam.com" }, body = "Here are the figures you asked for." });
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Tom Berg", check.GetProperty("recipients")[0].GetProperty("contact").GetProperty("fullName").GetString());
        Assert.Equal(2, _dataverse.Requests);
    }

    [Fact]
    public async Task A_dynamics_outage_leaves_the_check_to_go_on_and_say_so()
    {
        _dataverse.ThrottleNext = 1_000;

        var response = await Seller().PostAsJsonAsync("/api/v1/checks", new { to = new[] { "tom@fabrikam.com" }, body = "Here are the figures you asked for." });
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(check.GetProperty("findings").EnumerateArray(), finding => finding.GetProperty("code").GetString() == "lookup-unavailable");
        Assert.Equal("crm", check.GetProperty("recipients")[0].GetProperty("lookupFailures")[0].GetProperty("source").GetString());
    }

    [Fact]
    public void Settings_without_the_environment_url_stop_the_service_naming_the_setting()
    {
        using var app = Entra.ServiceInProduction(Database, builder =>
        {
            ConfigureDataverse(builder, Entra.BaseAddress);
            builder.UseSetting($"Crm:Tenants:{ValueCheckApplication.TenantA}:Dataverse:Url", "http://not-https.example");
        });

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains($"Crm:Tenants:{ValueCheckApplication.TenantA}:Dataverse:Url", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(UpstreamFaultOutcome.Each), MemberType = typeof(UpstreamFaultOutcome))]
    public async Task A_failing_dataverse_leaves_the_check_to_go_on_and_say_why(UpstreamFault fault)
    {
        _dataverse.Contacts.Add(new("tom@fabrikam.com", "Tom", "Berg", false, null));
        _faults.Fault = fault;

        var response = await Seller().PostAsJsonAsync("/api/v1/checks", new { to = new[] { "tom@fabrikam.com" }, body = "Here are the figures you asked for." });

        await UpstreamFaultOutcome.AssertCheckGoesOnAsync(response, _faults, "crm", "Dynamics 365");
    }
}
