using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using OutlookValueCheck.Api.Tests.Auth;

namespace OutlookValueCheck.Api.Tests.Crm;

/// <summary>
/// A Dataverse environment's Web API v9.2, as much as the connector reads: contacts by email with the parent account
/// and its owner expanded, open high-priority incidents with @odata.count, won opportunities. Answers in Dataverse's
/// JSON shapes; asks for an application token; can throttle (429 with Retry-After, as Dataverse's service protection).
/// </summary>
public sealed partial class FakeDataverse
{
    public sealed record Contact(string Email, string FirstName, string LastName, bool DoNotEmail, Account? Account);

    public sealed record Account(Guid Id, string Name, int CustomerTypeCode, string OwnerEmail, string? RenewalDate, int OpenHighPriorityCases, string? FirstWon);

    public List<Contact> Contacts { get; } = [];

    /// <summary>The next this many requests answer 429 with Retry-After: 1.</summary>
    public int ThrottleNext { get => _throttleNext; set => _throttleNext = value; }

    public int Requests => _requests;

    /// <summary>The $filter of each contacts query, as received (decoded).</summary>
    public List<string> ContactFilters { get; } = [];

    /// <summary>How long each request takes, to see how many the connector makes at once.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>The most requests that were in progress at the same time.</summary>
    public int MostAtOnce => _mostAtOnce;

    private int _throttleNext;
    private int _requests;
    private int _inProgress;
    private int _mostAtOnce;

    /// <summary>The application user's app registration the service is configured with (tenant and client ID).</summary>
    public const string AppTenant = "7d1c9a52-3f0b-4e88-9a61-0c2b4d6e8f10";
    public const string AppClient = "2f9e4c1a-5b7d-4e3f-8a2c-6d0b1e9f7a35";

    /// <summary>Points tenant A's CRM at this environment on <paramref name="environment"/> (the fake Entra ID's host), as an admin would.</summary>
    public static void ConfigureService(IWebHostBuilder builder, string environment)
    {
        var section = $"Crm:Tenants:{ValueCheckApplication.TenantA}";
        builder.UseSetting($"{section}:Kind", "Dataverse");
        builder.UseSetting($"{section}:Dataverse:Url", environment);
        builder.UseSetting($"{section}:Dataverse:Authority", environment);
        builder.UseSetting($"{section}:Dataverse:TenantId", AppTenant);
        builder.UseSetting($"{section}:Dataverse:ClientId", AppClient);
        builder.UseSetting($"{section}:Dataverse:ClientSecret", FakeEntraId.ClientSecret);
    }

    public void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api/data/v9.2"))
            {
                await next(context);
                return;
            }
            var now = Interlocked.Increment(ref _inProgress);
            for (var most = _mostAtOnce; now > most; most = _mostAtOnce)
                Interlocked.CompareExchange(ref _mostAtOnce, now, most);
            try
            {
                await Task.Delay(Delay, context.RequestAborted);
                await next(context);
            }
            finally
            {
                Interlocked.Decrement(ref _inProgress);
            }
        });
        app.MapGet("/api/data/v9.2/contacts", (HttpRequest request) => Guarded(request, () =>
        {
            var filter = request.Query["$filter"].ToString();
            lock (ContactFilters)
                ContactFilters.Add(filter);
            var address = EmailLiteral().Match(filter).Groups[1].Value.Replace("''", "'", StringComparison.Ordinal);
            var expand = request.Query["$expand"].ToString();
            var rows = Contacts.Where(contact => string.Equals(contact.Email, address, StringComparison.OrdinalIgnoreCase)).Take(1).Select(contact =>
            {
                var row = new Dictionary<string, object?>
                {
                    ["contactid"] = Guid.NewGuid(),
                    ["firstname"] = contact.FirstName,
                    ["lastname"] = contact.LastName,
                    ["emailaddress1"] = contact.Email,
                    ["donotemail"] = contact.DoNotEmail,
                    ["_parentcustomerid_value"] = contact.Account?.Id,
                };
                if (contact.Account is { } account)
                {
                    var parent = new Dictionary<string, object?>
                    {
                        ["accountid"] = account.Id,
                        ["name"] = account.Name,
                        ["customertypecode"] = account.CustomerTypeCode,
                        ["owninguser"] = new { systemuserid = Guid.NewGuid(), internalemailaddress = account.OwnerEmail },
                    };
                    // A custom column is only there when it was asked for, as in Dataverse.
                    if (expand.Contains("new_renewaldate", StringComparison.Ordinal))
                        parent["new_renewaldate"] = account.RenewalDate;
                    row["parentcustomerid_account"] = parent;
                }
                return row;
            });
            return Results.Json(new Dictionary<string, object> { ["@odata.context"] = "contacts", ["value"] = rows.ToList() });
        }));
        app.MapGet("/api/data/v9.2/incidents", (HttpRequest request) => Guarded(request, () =>
        {
            var account = AccountIn(request.Query["$filter"].ToString(), "_customerid_value");
            var count = account?.OpenHighPriorityCases ?? 0;
            return Results.Json(new Dictionary<string, object>
            {
                ["@odata.count"] = count,
                ["value"] = Enumerable.Range(0, count).Select(_ => new { incidentid = Guid.NewGuid() }).ToList(),
            });
        }));
        app.MapGet("/api/data/v9.2/opportunities", (HttpRequest request) => Guarded(request, () =>
        {
            var account = AccountIn(request.Query["$filter"].ToString(), "_parentaccountid_value");
            var won = account?.FirstWon is { } date ? new[] { new { actualclosedate = date } } : [];
            return Results.Json(new { value = won });
        }));
    }

    private Account? AccountIn(string filter, string column)
    {
        var id = Guid.Parse(Regex.Match(filter, column + @" eq ([0-9a-f-]{36})").Groups[1].Value);
        return Contacts.Select(contact => contact.Account).FirstOrDefault(account => account?.Id == id);
    }

    private IResult Guarded(HttpRequest request, Func<IResult> answer)
    {
        Interlocked.Increment(ref _requests);
        if (!request.Headers.Authorization.ToString().StartsWith("Bearer app.", StringComparison.Ordinal) || request.Headers["OData-Version"] != "4.0")
            return Results.Json(new { error = new { code = "0x80040220", message = "Principal user is missing prvReadContact privilege." } }, statusCode: 401);
        if (Interlocked.Decrement(ref _throttleNext) >= 0)
        {
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = "0x80072326", message = "Number of concurrent requests exceeded the limit of 52." } }, statusCode: 429);
        }
        return answer();
    }

    [GeneratedRegex(@"emailaddress1 eq '((?:[^']|'')*)'")]
    private static partial Regex EmailLiteral();
}
