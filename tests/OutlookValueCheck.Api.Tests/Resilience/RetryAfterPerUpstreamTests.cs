using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using OutlookValueCheck.Api.Tests.Auth;
using OutlookValueCheck.Api.Tests.Crm;

namespace OutlookValueCheck.Api.Tests.Resilience;

[Collection(FakeEntraId.Collection)]
public sealed class GraphRetryAfterOnSqliteTests() : GraphRetryAfterTests(postgres: false);

[Collection(FakeEntraId.Collection)]
public sealed class GraphRetryAfterOnPostgresTests() : GraphRetryAfterTests(postgres: true);

/// <summary>Microsoft Graph on the seller's behalf (the fake Graph of <see cref="FakeEntraId"/>).</summary>
public abstract class GraphRetryAfterTests(bool postgres) : RetryAfterTests("/v1.0", postgres)
{
    protected override Action<WebApplication>[] Services => [Probe.Map];

    protected override string Source => "graph";

    protected override string Vendor => "";

    protected override void ConfigureService(IWebHostBuilder builder)
    {
        builder.UseSetting("AzureAd:ClientSecret", FakeEntraId.ClientSecret);
        builder.UseSetting("Graph:BaseUrl", Entra.BaseAddress + "v1.0");
    }

    protected override string KnownRecipient()
    {
        Entra.VerifiedDomains.Add("contoso-sales.com");
        return "colleague@contoso-sales.com";
    }

    // Only Graph's verified domains make this address a colleague.
    protected override void AssertFactsCameFromTheSource(JsonElement recipient) => Assert.True(recipient.GetProperty("isInternal").GetBoolean());
}

[Collection(FakeEntraId.Collection)]
public sealed class DataverseRetryAfterOnSqliteTests() : DataverseRetryAfterTests(postgres: false);

[Collection(FakeEntraId.Collection)]
public sealed class DataverseRetryAfterOnPostgresTests() : DataverseRetryAfterTests(postgres: true);

public abstract class DataverseRetryAfterTests(bool postgres) : RetryAfterTests("/api/data", postgres)
{
    private readonly FakeDataverse _dataverse = new();

    protected override Action<WebApplication>[] Services => [Probe.Map, _dataverse.Map];

    protected override string Source => "crm";

    protected override string Vendor => "Dynamics 365 ";

    protected override void ConfigureService(IWebHostBuilder builder)
    {
        var section = $"Crm:Tenants:{ValueCheckApplication.TenantA}";
        builder.UseSetting($"{section}:Kind", "Dataverse");
        builder.UseSetting($"{section}:Dataverse:Url", Entra.BaseAddress);
        builder.UseSetting($"{section}:Dataverse:Authority", Entra.BaseAddress);
        builder.UseSetting($"{section}:Dataverse:TenantId", "7d1c9a52-3f0b-4e88-9a61-0c2b4d6e8f10");
        builder.UseSetting($"{section}:Dataverse:ClientId", "2f9e4c1a-5b7d-4e3f-8a2c-6d0b1e9f7a35");
        builder.UseSetting($"{section}:Dataverse:ClientSecret", FakeEntraId.ClientSecret);
    }

    protected override string KnownRecipient()
    {
        _dataverse.Contacts.Add(new("tom@fabrikam.com", "Tom", "Berg", false, null));
        return "tom@fabrikam.com";
    }

    protected override void AssertFactsCameFromTheSource(JsonElement recipient) =>
        Assert.Equal("Tom Berg", recipient.GetProperty("contact").GetProperty("fullName").GetString());
}

[Collection(FakeEntraId.Collection)]
public sealed class SalesforceRetryAfterOnSqliteTests() : SalesforceRetryAfterTests(postgres: false);

[Collection(FakeEntraId.Collection)]
public sealed class SalesforceRetryAfterOnPostgresTests() : SalesforceRetryAfterTests(postgres: true);

public abstract class SalesforceRetryAfterTests(bool postgres) : RetryAfterTests("/services/data", postgres)
{
    private readonly FakeSalesforce _salesforce = new();

    protected override Action<WebApplication>[] Services => [Probe.Map, _salesforce.Map];

    protected override string Source => "crm";

    protected override string Vendor => "Salesforce ";

    protected override void ConfigureService(IWebHostBuilder builder)
    {
        var section = $"Crm:Tenants:{ValueCheckApplication.TenantA}";
        builder.UseSetting($"{section}:Kind", "Salesforce");
        builder.UseSetting($"{section}:Salesforce:Url", Entra.BaseAddress);
        builder.UseSetting($"{section}:Salesforce:ClientId", FakeSalesforce.ClientId);
        builder.UseSetting($"{section}:Salesforce:ClientSecret", FakeEntraId.ClientSecret);
    }

    protected override string KnownRecipient()
    {
        _salesforce.Contacts.Add(new("tom@fabrikam.com", "Tom", "Berg", false, null));
        return "tom@fabrikam.com";
    }

    protected override void AssertFactsCameFromTheSource(JsonElement recipient) =>
        Assert.Equal("Tom Berg", recipient.GetProperty("contact").GetProperty("fullName").GetString());
}

[Collection(FakeEntraId.Collection)]
public sealed class HubSpotRetryAfterOnSqliteTests() : HubSpotRetryAfterTests(postgres: false);

[Collection(FakeEntraId.Collection)]
public sealed class HubSpotRetryAfterOnPostgresTests() : HubSpotRetryAfterTests(postgres: true);

public abstract class HubSpotRetryAfterTests : RetryAfterTests
{
    private readonly FakeHubSpot _hubSpot = new();

    protected HubSpotRetryAfterTests(bool postgres) : base("/crm", postgres) =>
        // HubSpot's own shape of a burst limit (not the DAILY one, which is never retried).
        Probe.Body = """{"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"}""";

    protected override Action<WebApplication>[] Services => [Probe.Map, _hubSpot.Map];

    protected override string Source => "crm";

    protected override string Vendor => "HubSpot ";

    protected override void ConfigureService(IWebHostBuilder builder)
    {
        var section = $"Crm:Tenants:{ValueCheckApplication.TenantA}";
        builder.UseSetting($"{section}:Kind", "HubSpot");
        builder.UseSetting($"{section}:HubSpot:BaseUrl", Entra.BaseAddress);
        builder.UseSetting($"{section}:HubSpot:AccessToken", FakeHubSpot.AccessToken);
    }

    protected override string KnownRecipient()
    {
        _hubSpot.Contacts.Add(new("tom@fabrikam.com", "Tom", "Berg", false, null));
        return "tom@fabrikam.com";
    }

    protected override void AssertFactsCameFromTheSource(JsonElement recipient) =>
        Assert.Equal("Tom Berg", recipient.GetProperty("contact").GetProperty("fullName").GetString());
}
