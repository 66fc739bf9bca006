using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using OutlookValueCheck.Api.Connectors;
using OutlookValueCheck.Api.Resilience;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Crm.Salesforce;

/// <summary>
/// Salesforce REST API as a source of recipient facts: the Contact with the address (with Account type, owner and the
/// configured renewal field), then the account's open High-priority Cases, first won Opportunity (customer since) and
/// latest activated Contract (renewal, when no renewal field is configured). Read as the integration user of an
/// External Client App: OAuth client credentials against the org's My Domain; the token is kept until Salesforce
/// says the session is invalid, then fetched again once.
/// </summary>
internal sealed class SalesforceCrm(IHttpClientFactory http) : ICrmConnector
{
    public const string HttpClientName = "crm-salesforce";

    // One session per org and client app, shared by the checks of every tenant configured with them.
    private readonly ConcurrentDictionary<(Uri Org, string Client), Session> _sessions = new();

    public string Kind => CrmKinds.Salesforce;

    public string SourceName => "Salesforce";

    // Salesforce caps only long-running requests (25 at once, >= 20 s); these queries are short. 10 keeps a
    // 10-recipient mail to one round without crowding the org's other integrations.
    public int MaxConcurrentLookups => 10;

    Task<CrmMatch> ICrmConnector.LookUpAsync(string tenantId, TenantCrmSettings settings, string address, TimeSpan maxWait, CancellationToken cancellationToken) =>
        LookUpAsync(tenantId, settings.Salesforce!, address, maxWait, cancellationToken);

    public async Task<CrmMatch> LookUpAsync(string tenantId, SalesforceSettings settings, string address, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var renewalField = settings.RenewalDateField is { Length: > 0 } field ? $", Account.{field}" : "";
        using var contacts = await QueryAsync(tenantId, settings, maxWait,
            $"SELECT Id, FirstName, LastName, Title, Email, HasOptedOutOfEmail, AccountId, Account.Name, Account.Type, Account.Owner.Email{renewalField} " +
            $"FROM Contact WHERE Email = {QueryLiterals.Soql(address)} LIMIT 1", cancellationToken);
        if (contacts.RootElement.GetProperty("records").EnumerateArray().FirstOrDefault() is not { ValueKind: JsonValueKind.Object } row)
            return CrmMatch.None;

        var accountId = Text(row, "AccountId");
        var contact = new CrmContact
        {
            Email = address.ToLowerInvariant(),
            AccountId = accountId,
            FirstName = Text(row, "FirstName"),
            LastName = Text(row, "LastName"),
            Title = Text(row, "Title"),
            DoNotEmail = row.TryGetProperty("HasOptedOutOfEmail", out var optedOut) && optedOut.ValueKind == JsonValueKind.True,
        };
        if (accountId is null || !row.TryGetProperty("Account", out var account) || account.ValueKind != JsonValueKind.Object)
            return new CrmMatch(contact, null);

        // Child relationships can only be queried from their parent: a second query, on the account.
        using var details = await QueryAsync(tenantId, settings, maxWait,
            "SELECT Id, (SELECT Id FROM Cases WHERE IsClosed = false AND Priority = 'High'), " +
            "(SELECT CloseDate FROM Opportunities WHERE IsWon = true ORDER BY CloseDate ASC LIMIT 1), " +
            "(SELECT EndDate FROM Contracts WHERE Status = 'Activated' ORDER BY EndDate DESC LIMIT 1) " +
            $"FROM Account WHERE Id = {QueryLiterals.Soql(accountId)}", cancellationToken);
        var children = details.RootElement.GetProperty("records").EnumerateArray().FirstOrDefault();
        return new CrmMatch(contact, new CrmAccount
        {
            Id = accountId,
            Name = Text(account, "Name") ?? "",
            Relationship = Text(account, "Type") is { } type && settings.Relationships.TryGetValue(type, out var name) && Relationships.TryParse(name, out var relationship)
                ? relationship
                : Relationship.Prospect,
            OwnerEmail = account.TryGetProperty("Owner", out var owner) && owner.ValueKind == JsonValueKind.Object ? Text(owner, "Email")?.ToLowerInvariant() : null,
            OpenHighSeverityCases = Children(children, "Cases") is { } cases ? cases.GetProperty("totalSize").GetInt32() : 0,
            CustomerSince = FirstDate(children, "Opportunities", "CloseDate"),
            RenewalDate = settings.RenewalDateField is { Length: > 0 } renewal ? Date(account, renewal) : FirstDate(children, "Contracts", "EndDate"),
        });
    }

    private async Task<JsonDocument> QueryAsync(string tenantId, SalesforceSettings settings, TimeSpan maxWait, string soql, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var session = await SessionAsync(tenantId, settings, maxWait, cancellationToken);
            using var client = http.CreateFor(HttpClientName, tenantId, session.InstanceUrl, session.AccessToken, maxWait);
            using var response = await client.GetAsync($"services/data/{settings.ApiVersion}/query?q={Uri.EscapeDataString(soql)}", cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 1)
            {
                // INVALID_SESSION_ID: the token expired or was revoked; client-credential tokens carry no lifetime.
                _sessions.TryRemove(new KeyValuePair<(Uri, string), Session>((settings.Url!, settings.ClientId!), session));
                continue;
            }
            if (!response.IsSuccessStatusCode)
                throw await ErrorOf(response, cancellationToken);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
    }

    private async Task<Session> SessionAsync(string tenantId, SalesforceSettings settings, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        if (_sessions.TryGetValue((settings.Url!, settings.ClientId!), out var known))
            return known;
        using var client = http.CreateClient(HttpClientName);
        TenantMark.Set(client, tenantId);
        RetryAfterLimit.Set(client, maxWait);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.ClientId!,
            ["client_secret"] = settings.ClientSecret!,
        });
        using var response = await client.PostAsync(new Uri(settings.Url!, "services/oauth2/token"), form, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new CrmSourceException($"Salesforce refused the sign-in ({(int)response.StatusCode})");
        using var token = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var session = new Session(token.RootElement.GetProperty("access_token").GetString()!, new Uri(token.RootElement.GetProperty("instance_url").GetString()!));
        return _sessions[(settings.Url!, settings.ClientId!)] = session;
    }

    /// <summary>Salesforce's errors are a JSON array of {message, errorCode}; its limits answer 403, not 429.</summary>
    private static async Task<Exception> ErrorOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? code = null;
        try
        {
            using var error = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            if (error.RootElement.ValueKind == JsonValueKind.Array && error.RootElement.GetArrayLength() > 0)
                code = Text(error.RootElement[0], "errorCode");
        }
        catch (JsonException)
        {
            // Not Salesforce's error shape (a proxy in between): the status says enough.
        }
        return code == "REQUEST_LIMIT_EXCEEDED"
            ? new CrmSourceException("Salesforce API limit reached")
            : new CrmSourceException($"Salesforce answered {(int)response.StatusCode}{(code is null ? "" : $" {code}")}");
    }

    private static JsonElement? Children(JsonElement parent, string relationship) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(relationship, out var children) && children.ValueKind == JsonValueKind.Object ? children : null;

    private static DateOnly? FirstDate(JsonElement parent, string relationship, string field) =>
        Children(parent, relationship) is { } children ? children.GetProperty("records").EnumerateArray().Select(row => Date(row, field)).FirstOrDefault() : null;

    private static string? Text(JsonElement row, string field) =>
        row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? Date(JsonElement row, string field) =>
        Text(row, field) is { } text && DateOnly.TryParse(text.Length >= 10 ? text[..10] : text, CultureInfo.InvariantCulture, out var date) ? date : null;

    private sealed record Session(string AccessToken, Uri InstanceUrl);
}
