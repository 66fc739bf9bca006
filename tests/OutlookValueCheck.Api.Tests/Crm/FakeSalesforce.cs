using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OutlookValueCheck.Api.Tests.Crm;

/// <summary>
/// A Salesforce org's REST API, as much as the connector uses: the client-credentials token endpoint on My Domain,
/// and SOQL queries on Contact (by Email) and Account (by Id, with Cases, Opportunities and Contracts subqueries),
/// answered in Salesforce's record shapes. It unescapes SOQL literals as Salesforce does, answers limits with 403
/// REQUEST_LIMIT_EXCEEDED (no Retry-After), and can expire a session (401 INVALID_SESSION_ID).
/// </summary>
public sealed partial class FakeSalesforce
{
    public const string ClientId = "3MVG9fake.consumer.key";

    public sealed record Contact(string Email, string FirstName, string LastName, bool OptedOut, Account? Account);

    public sealed record Account(string Id, string Name, string Type, string OwnerEmail, string? RenewalDate, int OpenHighCases, string? FirstWon, string? ContractEnd);

    public List<Contact> Contacts { get; } = [];

    /// <summary>Each SOQL query as received, decoded.</summary>
    public List<string> Queries { get; } = [];

    public int TokensIssued => _tokensIssued;

    /// <summary>The next query answers 401 INVALID_SESSION_ID, as when a session expires.</summary>
    public bool ExpireSession { get; set; }

    /// <summary>Every query answers 403 REQUEST_LIMIT_EXCEEDED (the org's daily allocation is used up).</summary>
    public bool LimitExceeded { get; set; }

    // Salesforce writes field names as they are (Email, CloseDate), not camel-cased.
    private static readonly System.Text.Json.JsonSerializerOptions AsWritten = new() { PropertyNamingPolicy = null };

    private int _tokensIssued;
    private string _validToken = "";

    public void Map(WebApplication app)
    {
        app.MapPost("/services/oauth2/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "client_credentials" || form["client_id"] != ClientId || form["client_secret"] != Auth.FakeEntraId.ClientSecret)
                return Results.Json(new { error = "invalid_client", error_description = "invalid client credentials" }, AsWritten, statusCode: 400);
            Interlocked.Increment(ref _tokensIssued);
            _validToken = $"00Dfake!{Guid.NewGuid():n}";
            var instance = $"{request.Scheme}://{request.Host}";
            return Results.Json(new Dictionary<string, object>
            {
                ["access_token"] = _validToken,
                ["signature"] = "c2lnbmF0dXJl",
                ["token_format"] = "opaque",
                ["instance_url"] = instance,
                ["id"] = "https://login.salesforce.com/id/00Dfake/005fake",
                ["token_type"] = "Bearer",
                ["issued_at"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            }, AsWritten);
        });
        app.MapGet("/services/data/v66.0/query", (HttpRequest request) =>
        {
            var soql = request.Query["q"].ToString();
            lock (Queries)
                Queries.Add(soql);
            if (ExpireSession || request.Headers.Authorization.ToString() != $"Bearer {_validToken}")
            {
                ExpireSession = false;
                return Results.Json(new[] { new { message = "Session expired or invalid", errorCode = "INVALID_SESSION_ID" } }, AsWritten, statusCode: 401);
            }
            if (LimitExceeded)
                return Results.Json(new[] { new { message = "TotalRequests Limit exceeded.", errorCode = "REQUEST_LIMIT_EXCEEDED" } }, AsWritten, statusCode: 403);
            if (ContactQuery().Match(soql) is { Success: true } byEmail)
                return Records(Contacts.Where(contact => string.Equals(contact.Email, Unescape(byEmail.Groups[1].Value), StringComparison.OrdinalIgnoreCase)).Take(1).Select(ContactRecord));
            if (AccountQuery().Match(soql) is { Success: true } byId)
                return Records(Contacts.Select(contact => contact.Account).OfType<Account>().Where(account => account.Id == Unescape(byId.Groups[1].Value)).Take(1).Select(AccountRecord));
            return Results.Json(new[] { new { message = "unexpected query in this fake", errorCode = "MALFORMED_QUERY" } }, AsWritten, statusCode: 400);
        });
    }

    private static object ContactRecord(Contact contact) => new Dictionary<string, object?>
    {
        ["attributes"] = new { type = "Contact", url = "/services/data/v66.0/sobjects/Contact/003fake" },
        ["Id"] = "003fake",
        ["FirstName"] = contact.FirstName,
        ["LastName"] = contact.LastName,
        ["Title"] = null,
        ["Email"] = contact.Email,
        ["HasOptedOutOfEmail"] = contact.OptedOut,
        ["AccountId"] = contact.Account?.Id,
        ["Account"] = contact.Account is not { } account ? null : new Dictionary<string, object?>
        {
            ["attributes"] = new { type = "Account", url = $"/services/data/v66.0/sobjects/Account/{account.Id}" },
            ["Name"] = account.Name,
            ["Type"] = account.Type,
            ["Owner"] = new { attributes = new { type = "User", url = "/services/data/v66.0/sobjects/User/005fake" }, Email = account.OwnerEmail },
            ["Renewal_Date__c"] = account.RenewalDate,
        },
    };

    private static object AccountRecord(Account account) => new Dictionary<string, object?>
    {
        ["attributes"] = new { type = "Account", url = $"/services/data/v66.0/sobjects/Account/{account.Id}" },
        ["Id"] = account.Id,
        // Empty child results are null, as Salesforce returns them.
        ["Cases"] = account.OpenHighCases == 0 ? null : Child(Enumerable.Range(0, account.OpenHighCases).Select(i => new { Id = $"500fake{i}" })),
        ["Opportunities"] = account.FirstWon is null ? null : Child([new { CloseDate = account.FirstWon }]),
        ["Contracts"] = account.ContractEnd is null ? null : Child([new { EndDate = account.ContractEnd }]),
    };

    private static object Child<T>(IEnumerable<T> records)
    {
        var list = records.ToList();
        return new { totalSize = list.Count, done = true, records = list };
    }

    private static IResult Records(IEnumerable<object> records)
    {
        var list = records.ToList();
        return Results.Json(new { totalSize = list.Count, done = true, records = list }, AsWritten);
    }

    /// <summary>Salesforce's quoted-string escapes, undone.</summary>
    private static string Unescape(string literal) => LiteralEscape().Replace(literal, match => match.Groups[1].Value switch
    {
        "n" => "\n",
        "r" => "\r",
        "t" => "\t",
        "b" => "\b",
        "f" => "\f",
        var other => other,
    });

    [GeneratedRegex(@"FROM Contact WHERE Email = '((?:[^'\\]|\\.)*)' LIMIT 1$")]
    private static partial Regex ContactQuery();

    [GeneratedRegex(@"FROM Account WHERE Id = '((?:[^'\\]|\\.)*)'$")]
    private static partial Regex AccountQuery();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex LiteralEscape();
}
