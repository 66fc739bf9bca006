using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Azure.Core;
using Azure.Identity;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Connectors;
using OutlookValueCheck.Api.Resilience;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Crm.Dataverse;

/// <summary>
/// Dynamics 365 / Dataverse Web API v9.2 as a source of recipient facts: the active contact with the address (in any
/// of its three email columns), its parent account with relationship type, owner and the configured renewal column,
/// the account's open high-priority cases, and its first won opportunity (customer since). Read as the environment's
/// application user with client credentials.
/// </summary>
internal sealed class DataverseCrm(IHttpClientFactory http) : ICrmConnector
{
    public const string HttpClientName = "crm-dataverse";

    private readonly ConcurrentDictionary<(string, string), TokenCredential> _credentials = new();

    public string Kind => CrmKinds.Dataverse;

    public string SourceName => "Dynamics 365";

    // Service protection allows 52 concurrent requests per user (the application user here); 10 leaves most of it to
    // the tenant's other integrations and still looks a 10-recipient mail up in one round.
    public int MaxConcurrentLookups => 10;

    Task<CrmMatch> ICrmConnector.LookUpAsync(string tenantId, TenantCrmSettings settings, string address, TimeSpan maxWait, CancellationToken cancellationToken) =>
        LookUpAsync(tenantId, settings.Dataverse!, address, maxWait, cancellationToken);

    public async Task<CrmMatch> LookUpAsync(string tenantId, DataverseSettings settings, string address, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        using var client = await ClientAsync(tenantId, settings, maxWait, cancellationToken);
        var literal = Uri.EscapeDataString(QueryLiterals.OData(address));
        var account = settings.RenewalDateColumn is { Length: > 0 } renewal ? $"name,customertypecode,{renewal}" : "name,customertypecode";
        using var contacts = await GetAsync(client,
            "contacts?$select=firstname,lastname,jobtitle,emailaddress1,donotemail" +
            $"&$filter=(emailaddress1 eq {literal} or emailaddress2 eq {literal} or emailaddress3 eq {literal}) and statecode eq 0" +
            $"&$expand=parentcustomerid_account($select={account};$expand=owninguser($select=internalemailaddress))&$top=1",
            cancellationToken);
        if (contacts.RootElement.GetProperty("value").EnumerateArray().FirstOrDefault() is not { ValueKind: JsonValueKind.Object } row)
            return CrmMatch.None;

        var parent = row.TryGetProperty("parentcustomerid_account", out var expanded) && expanded.ValueKind == JsonValueKind.Object ? expanded : (JsonElement?)null;
        var accountId = parent is { } p ? Text(p, "accountid") : null;
        var contact = new CrmContact
        {
            Email = address.ToLowerInvariant(),
            AccountId = accountId,
            FirstName = Text(row, "firstname"),
            LastName = Text(row, "lastname"),
            Title = Text(row, "jobtitle"),
            DoNotEmail = row.TryGetProperty("donotemail", out var doNotEmail) && doNotEmail.ValueKind == JsonValueKind.True,
        };
        if (parent is not { } accountRow || accountId is null)
            return new CrmMatch(contact, null);

        var cases = OpenHighPriorityCasesAsync(client, accountId, cancellationToken);
        var since = FirstWonAsync(client, accountId, cancellationToken);
        return new CrmMatch(contact, new CrmAccount
        {
            Id = accountId,
            Name = Text(accountRow, "name") ?? "",
            Relationship = RelationshipOf(accountRow, settings),
            OwnerEmail = accountRow.TryGetProperty("owninguser", out var owner) && owner.ValueKind == JsonValueKind.Object ? Text(owner, "internalemailaddress")?.ToLowerInvariant() : null,
            RenewalDate = settings.RenewalDateColumn is { Length: > 0 } column ? Date(accountRow, column) : null,
            OpenHighSeverityCases = await cases,
            CustomerSince = await since,
        });
    }

    /// <summary>Open (statecode 0) cases of priority High (prioritycode 1); @odata.count holds how many.</summary>
    private static async Task<int> OpenHighPriorityCasesAsync(HttpClient client, string accountId, CancellationToken cancellationToken)
    {
        using var cases = await GetAsync(client,
            $"incidents?$select=incidentid&$filter=_customerid_value eq {Guid.Parse(accountId)} and statecode eq 0 and prioritycode eq 1&$count=true",
            cancellationToken);
        return cases.RootElement.TryGetProperty("@odata.count", out var count) ? count.GetInt32() : cases.RootElement.GetProperty("value").GetArrayLength();
    }

    private static async Task<DateOnly?> FirstWonAsync(HttpClient client, string accountId, CancellationToken cancellationToken)
    {
        using var won = await GetAsync(client,
            $"opportunities?$select=actualclosedate&$filter=_parentaccountid_value eq {Guid.Parse(accountId)} and statecode eq 1&$orderby=actualclosedate asc&$top=1",
            cancellationToken);
        return won.RootElement.GetProperty("value").EnumerateArray().Select(row => Date(row, "actualclosedate")).FirstOrDefault();
    }

    private async Task<HttpClient> ClientAsync(string tenantId, DataverseSettings settings, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var credential = _credentials.GetOrAdd((settings.TenantId!, settings.ClientId!), _ =>
            new ClientSecretCredential(settings.TenantId, settings.ClientId, settings.ClientSecret, new ClientSecretCredentialOptions
            {
                AuthorityHost = settings.Authority,
                DisableInstanceDiscovery = EntraAuthorities.SkipsDiscovery(settings.Authority),
            }));
        var environment = settings.Url!.GetLeftPart(UriPartial.Authority);
        var token = await credential.GetTokenAsync(new TokenRequestContext([$"{environment}/.default"]), cancellationToken);
        var client = http.CreateFor(HttpClientName, tenantId, new Uri($"{environment}/api/data/v9.2/"), token.Token, maxWait);
        client.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        client.DefaultRequestHeaders.Add("OData-Version", "4.0");
        return client;
    }

    private static async Task<JsonDocument> GetAsync(HttpClient client, string query, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(query, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new CrmSourceException($"Dynamics 365 answered {(int)response.StatusCode}");
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
    }

    private static Relationship RelationshipOf(JsonElement account, DataverseSettings settings) =>
        account.TryGetProperty("customertypecode", out var code) && code.ValueKind == JsonValueKind.Number
            && settings.Relationships.TryGetValue(code.GetInt32().ToString(CultureInfo.InvariantCulture), out var name)
            && Relationships.TryParse(name, out var relationship)
            ? relationship
            : Relationship.Prospect;

    private static string? Text(JsonElement row, string column) =>
        row.TryGetProperty(column, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A date or date-time column ("2027-01-10" or "2027-01-10T00:00:00Z") as a date.</summary>
    private static DateOnly? Date(JsonElement row, string column) =>
        Text(row, column) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? DateOnly.FromDateTime(value.UtcDateTime)
            : null;
}
