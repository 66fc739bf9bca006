using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using OutlookValueCheck.Api.Resilience;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Crm.HubSpot;

/// <summary>
/// HubSpot CRM API v3 as a source of recipient facts: the contact read by email (a unique-property read, not a
/// search, so it does not spend the portal's 5-per-second search allowance), its primary company (associatedcompanyid,
/// else the v4 contact-to-company associations) with type, lifecycle
/// stage, owner, customer-since, the configured renewal property), the owner's email, and the company's open
/// tickets of priority High or Urgent ("open" is a pipeline stage's state, so the ticket pipelines are read first and
/// kept for an hour).
/// </summary>
internal sealed class HubSpotCrm(IHttpClientFactory http, IMemoryCache memory) : ICrmConnector
{
    public const string HttpClientName = "crm-hubspot";

    private static readonly string[] UrgentPriorities = ["HIGH", "URGENT"];
    private static readonly string[] TicketProperties = ["hs_ticket_priority", "hs_pipeline_stage"];

    public string Kind => CrmKinds.HubSpot;

    public string SourceName => "HubSpot";

    // HubSpot limits private apps to 100 requests per 10 s (Free/Starter) and 190 (Pro/Enterprise), not concurrency;
    // a lookup is two or three requests, so 10 at once is one mail's burst, well inside the smaller limit.
    public int MaxConcurrentLookups => 10;

    Task<CrmMatch> ICrmConnector.LookUpAsync(string tenantId, TenantCrmSettings settings, string address, TimeSpan maxWait, CancellationToken cancellationToken) =>
        LookUpAsync(tenantId, settings.HubSpot!, address, maxWait, cancellationToken);

    public async Task<CrmMatch> LookUpAsync(string tenantId, HubSpotSettings settings, string address, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        using var client = http.CreateFor(HttpClientName, tenantId, settings.BaseUrl, settings.AccessToken!, maxWait);
        using var contact = await GetAsync(client,
            $"crm/v3/objects/contacts/{Uri.EscapeDataString(address.ToLowerInvariant())}?idProperty=email&properties=email,firstname,lastname,jobtitle,hs_email_optout,associatedcompanyid",
            cancellationToken);
        if (contact is null)
            return CrmMatch.None;
        var properties = contact.RootElement.GetProperty("properties");
        // associatedcompanyid is the primary company; without one, the contact's company associations are asked.
        var companyId = Text(properties, "associatedcompanyid")
            ?? await AssociatedCompanyAsync(client, Text(contact.RootElement, "id"), cancellationToken);
        var person = new CrmContact
        {
            Email = address.ToLowerInvariant(),
            AccountId = companyId,
            FirstName = Text(properties, "firstname"),
            LastName = Text(properties, "lastname"),
            Title = Text(properties, "jobtitle"),
            // Every property value is a string in HubSpot's API.
            DoNotEmail = string.Equals(Text(properties, "hs_email_optout"), "true", StringComparison.OrdinalIgnoreCase),
        };
        if (string.IsNullOrEmpty(companyId) || !long.TryParse(companyId, out _))
            return new CrmMatch(person, null);

        var renewal = settings.RenewalDateProperty is { Length: > 0 } property ? $",{property}" : "";
        using var company = await GetAsync(client,
            $"crm/v3/objects/companies/{companyId}?properties=name,domain,type,lifecyclestage,hubspot_owner_id,hs_v2_date_entered_customer{renewal}",
            cancellationToken);
        if (company is null)
            return new CrmMatch(person, null);
        var companyProperties = company.RootElement.GetProperty("properties");
        var owner = OwnerEmailAsync(client, Text(companyProperties, "hubspot_owner_id"), cancellationToken);
        var tickets = OpenUrgentTicketsAsync(client, tenantId, companyId, cancellationToken);
        return new CrmMatch(person, new CrmAccount
        {
            Id = companyId,
            Name = Text(companyProperties, "name") ?? "",
            Domain = Text(companyProperties, "domain") is { } domain ? EmailAddresses.NormaliseDomain(domain) : null,
            Relationship = RelationshipOf(companyProperties, settings),
            CustomerSince = Date(Text(companyProperties, "hs_v2_date_entered_customer")),
            RenewalDate = settings.RenewalDateProperty is { Length: > 0 } renewalProperty ? Date(Text(companyProperties, renewalProperty)) : null,
            OwnerEmail = await owner,
            OpenHighSeverityCases = await tickets,
        });
    }

    /// <summary>The contact's company from the v4 associations: the one labelled Primary, else the first.</summary>
    private static async Task<string?> AssociatedCompanyAsync(HttpClient client, string? contactId, CancellationToken cancellationToken)
    {
        if (contactId is null || !long.TryParse(contactId, out _))
            return null;
        using var associations = await GetAsync(client, $"crm/v4/objects/contacts/{contactId}/associations/companies", cancellationToken);
        var companies = associations?.RootElement.GetProperty("results").EnumerateArray().ToList() ?? [];
        var primary = companies.FirstOrDefault(company => company.TryGetProperty("associationTypes", out var types)
            && types.EnumerateArray().Any(type => Text(type, "label") == "Primary"));
        var chosen = primary.ValueKind == JsonValueKind.Object ? primary : companies.FirstOrDefault();
        return chosen.ValueKind == JsonValueKind.Object && chosen.TryGetProperty("toObjectId", out var id) && id.ValueKind == JsonValueKind.Number
            ? id.GetInt64().ToString(CultureInfo.InvariantCulture)
            : null;
    }

    private static async Task<string?> OwnerEmailAsync(HttpClient client, string? ownerId, CancellationToken cancellationToken)
    {
        if (ownerId is null || !long.TryParse(ownerId, out _))
            return null;
        using var owner = await GetAsync(client, $"crm/v3/owners/{ownerId}", cancellationToken);
        return owner is null ? null : Text(owner.RootElement, "email")?.ToLowerInvariant();
    }

    private async Task<int> OpenUrgentTicketsAsync(HttpClient client, string tenantId, string companyId, CancellationToken cancellationToken)
    {
        var openStages = await OpenTicketStagesAsync(client, tenantId, cancellationToken);
        if (openStages.Length == 0)
            return 0;
        using var response = await client.PostAsJsonAsync("crm/v3/objects/tickets/search", new
        {
            filterGroups = new[]
            {
                new
                {
                    filters = new object[]
                    {
                        new { propertyName = "associations.company", @operator = "EQ", value = companyId },
                        new { propertyName = "hs_ticket_priority", @operator = "IN", values = UrgentPriorities },
                        new { propertyName = "hs_pipeline_stage", @operator = "IN", values = openStages },
                    },
                },
            },
            properties = TicketProperties,
            limit = 1,
        }, cancellationToken);
        await ThrowIfFailedAsync(response, cancellationToken);
        using var found = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return found.RootElement.GetProperty("total").GetInt32();
    }

    private async Task<string[]> OpenTicketStagesAsync(HttpClient client, string tenantId, CancellationToken cancellationToken)
    {
        if (memory.TryGetValue(("hubspot-open-stages", tenantId), out string[]? cached) && cached is not null)
            return cached;
        using var pipelines = await GetAsync(client, "crm/v3/pipelines/tickets", cancellationToken)
            ?? throw new CrmSourceException("HubSpot has no ticket pipelines");
        var open = pipelines.RootElement.GetProperty("results").EnumerateArray()
            .SelectMany(pipeline => pipeline.GetProperty("stages").EnumerateArray())
            .Where(stage => stage.TryGetProperty("metadata", out var metadata) && string.Equals(Text(metadata, "ticketState"), "OPEN", StringComparison.OrdinalIgnoreCase))
            .Select(stage => Text(stage, "id")).OfType<string>().ToArray();
        memory.Set(("hubspot-open-stages", tenantId), open, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) });
        return open;
    }

    /// <summary>The object, or null when HubSpot does not have it (404).</summary>
    private static async Task<JsonDocument?> GetAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
            return null;
        await ThrowIfFailedAsync(response, cancellationToken);
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
    }

    /// <summary>HubSpot's errors: {status, message, category | policyName}; a DAILY limit lasts until midnight.</summary>
    private static async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        string? policy = null, category = null;
        try
        {
            using var error = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            policy = Text(error.RootElement, "policyName");
            category = Text(error.RootElement, "category");
        }
        catch (JsonException)
        {
            // Not HubSpot's error shape: the status says enough.
        }
        throw (int)response.StatusCode switch
        {
            429 when policy == "DAILY" => new CrmSourceException("HubSpot daily API limit reached"),
            429 => new CrmSourceException("HubSpot rate limit reached"),
            401 => new CrmSourceException("HubSpot refused the access token"),
            403 => new CrmSourceException($"HubSpot access token lacks a scope{(category is null ? "" : $" ({category})")}"),
            var status => new CrmSourceException($"HubSpot answered {status}"),
        };
    }

    private static Relationship RelationshipOf(JsonElement company, HubSpotSettings settings)
    {
        foreach (var value in new[] { Text(company, "type"), Text(company, "lifecyclestage") })
        {
            if (value is not null && settings.Relationships.TryGetValue(value, out var name) && Relationships.TryParse(name, out var relationship))
                return relationship;
        }
        return Relationship.Prospect;
    }

    private static string? Text(JsonElement row, string property) =>
        row.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    /// <summary>HubSpot dates come as ISO dates or date-times, or (date properties in older portals) epoch milliseconds.</summary>
    private static DateOnly? Date(string? value)
    {
        if (value is null)
            return null;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime);
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? DateOnly.FromDateTime(date.UtcDateTime) : null;
    }
}
