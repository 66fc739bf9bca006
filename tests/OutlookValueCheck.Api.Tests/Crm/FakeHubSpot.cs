using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OutlookValueCheck.Api.Tests.Crm;

/// <summary>
/// A HubSpot portal's CRM API v3, as much as the connector uses: contacts read by email (idProperty), companies and
/// owners by ID, ticket pipelines with stage states, and ticket search with the filters HubSpot supports. Property
/// values are strings, as in HubSpot. Rate limits answer 429 with HubSpot's body (policyName), without Retry-After.
/// </summary>
public sealed class FakeHubSpot
{
    public const string AccessToken = "pat-na1-00000000-fake-token";

    /// <param name="PrimaryOnlyAsAssociation">The company is not in associatedcompanyid, only in the v4 associations.</param>
    public sealed record Contact(string Email, string FirstName, string LastName, bool OptedOut, Company? Company, bool PrimaryOnlyAsAssociation = false);

    public sealed record Company(long Id, string Name, string Type, string LifecycleStage, long OwnerId, string OwnerEmail, string? CustomerSince, string? Renewal, List<Ticket> Tickets);

    public sealed record Ticket(string Priority, string Stage);

    public List<Contact> Contacts { get; } = [];

    /// <summary>The next this many requests answer 429 (TEN_SECONDLY_ROLLING unless <see cref="DailyLimit"/>).</summary>
    public int ThrottleNext { get => _throttleNext; set => _throttleNext = value; }

    public bool DailyLimit { get; set; }

    public int Requests => _requests;

    /// <summary>Each ticket search body, as received.</summary>
    public List<string> TicketSearches { get; } = [];

    private int _throttleNext;
    private int _requests;

    public void Map(WebApplication app)
    {
        app.MapGet("/crm/v3/objects/contacts/{email}", (string email, HttpRequest request) => Guarded(request, () =>
        {
            if (request.Query["idProperty"] != "email")
                return Error(400, "VALIDATION_ERROR", "Expected idProperty=email in this fake.");
            var contact = Contacts.FirstOrDefault(candidate => string.Equals(candidate.Email, email, StringComparison.OrdinalIgnoreCase));
            if (contact is null)
                return Error(404, "OBJECT_NOT_FOUND", "Object not found.");
            return Object(ContactId(contact), new Dictionary<string, string?>
            {
                ["email"] = contact.Email,
                ["firstname"] = contact.FirstName,
                ["lastname"] = contact.LastName,
                ["hs_email_optout"] = contact.OptedOut ? "true" : "false",
                ["associatedcompanyid"] = contact.PrimaryOnlyAsAssociation ? null : contact.Company?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }));
        app.MapGet("/crm/v4/objects/contacts/{id}/associations/companies", (string id, HttpRequest request) => Guarded(request, () =>
        {
            var contact = Contacts.FirstOrDefault(candidate => ContactId(candidate) == id);
            // An unlabelled association first, then the primary one, as HubSpot may list them.
            var results = contact?.Company is { } company
                ? new object[]
                {
                    new { toObjectId = 777, associationTypes = new[] { new { category = "HUBSPOT_DEFINED", typeId = 279, label = (string?)null } } },
                    new { toObjectId = company.Id, associationTypes = new[] { new { category = "HUBSPOT_DEFINED", typeId = 1, label = (string?)"Primary" } } },
                }
                : [];
            return Results.Json(new { results });
        }));
        app.MapGet("/crm/v3/objects/companies/{id:long}", (long id, HttpRequest request) => Guarded(request, () =>
        {
            var company = Companies().FirstOrDefault(candidate => candidate.Id == id);
            if (company is null)
                return Error(404, "OBJECT_NOT_FOUND", "Object not found.");
            var properties = new Dictionary<string, string?>
            {
                ["name"] = company.Name,
                ["type"] = company.Type,
                ["lifecyclestage"] = company.LifecycleStage,
                ["hubspot_owner_id"] = company.OwnerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["hs_v2_date_entered_customer"] = company.CustomerSince,
            };
            // A custom property is only there when it was asked for.
            if (request.Query["properties"].ToString().Contains("renewal_date", StringComparison.Ordinal))
                properties["renewal_date"] = company.Renewal;
            return Object(id.ToString(System.Globalization.CultureInfo.InvariantCulture), properties);
        }));
        app.MapGet("/crm/v3/owners/{id:long}", (long id, HttpRequest request) => Guarded(request, () =>
            Companies().FirstOrDefault(company => company.OwnerId == id) is { } owner
                ? Results.Json(new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture), email = owner.OwnerEmail, firstName = "Sam", lastName = "Ortiz", archived = false })
                : Error(404, "OBJECT_NOT_FOUND", "Owner not found.")));
        app.MapGet("/crm/v3/pipelines/tickets", (HttpRequest request) => Guarded(request, () => Results.Json(new
        {
            results = new[]
            {
                new
                {
                    id = "0",
                    label = "Support Pipeline",
                    stages = new[]
                    {
                        new { id = "1", label = "New", metadata = new { ticketState = "OPEN" } },
                        new { id = "2", label = "Waiting on contact", metadata = new { ticketState = "OPEN" } },
                        new { id = "4", label = "Closed", metadata = new { ticketState = "CLOSED" } },
                    },
                },
            },
        })));
        app.MapPost("/crm/v3/objects/tickets/search", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            return Guarded(request, () =>
            {
                lock (TicketSearches)
                    TicketSearches.Add(body);
                using var search = JsonDocument.Parse(body);
                var filters = search.RootElement.GetProperty("filterGroups")[0].GetProperty("filters").EnumerateArray().ToList();
                string? Equal(string property) => filters.FirstOrDefault(filter => filter.GetProperty("propertyName").GetString() == property && filter.GetProperty("operator").GetString() == "EQ") is { ValueKind: JsonValueKind.Object } found ? found.GetProperty("value").GetString() : null;
                HashSet<string>? In(string property) => filters.FirstOrDefault(filter => filter.GetProperty("propertyName").GetString() == property && filter.GetProperty("operator").GetString() == "IN") is { ValueKind: JsonValueKind.Object } found
                    ? found.GetProperty("values").EnumerateArray().Select(value => value.GetString()!).ToHashSet() : null;
                var company = Companies().FirstOrDefault(candidate => candidate.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == Equal("associations.company"));
                var priorities = In("hs_ticket_priority");
                var stages = In("hs_pipeline_stage");
                var matching = (company?.Tickets ?? []).Where(ticket => (priorities?.Contains(ticket.Priority) ?? true) && (stages?.Contains(ticket.Stage) ?? true)).ToList();
                return Results.Json(new { total = matching.Count, results = matching.Take(1).Select((ticket, i) => new { id = $"t{i}", properties = new { hs_ticket_priority = ticket.Priority, hs_pipeline_stage = ticket.Stage } }) });
            });
        });
    }

    private string ContactId(Contact contact) => (51 + Contacts.IndexOf(contact)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private IEnumerable<Company> Companies() => Contacts.Select(contact => contact.Company).OfType<Company>();

    private static IResult Object(string id, Dictionary<string, string?> properties) =>
        Results.Json(new { id, archived = false, createdAt = "2024-03-01T10:00:00Z", updatedAt = "2026-10-01T08:00:00Z", properties });

    private static IResult Error(int status, string category, string message) =>
        Results.Json(new { status = "error", message, correlationId = Guid.NewGuid(), category }, statusCode: status);

    private IResult Guarded(HttpRequest request, Func<IResult> answer)
    {
        Interlocked.Increment(ref _requests);
        if (request.Headers.Authorization != $"Bearer {AccessToken}")
            return Results.Json(new { status = "error", message = "Authentication credentials not found.", category = "INVALID_AUTHENTICATION" }, statusCode: 401);
        if (Interlocked.Decrement(ref _throttleNext) >= 0)
        {
            var policy = DailyLimit ? "DAILY" : "TEN_SECONDLY_ROLLING";
            return Results.Json(new { status = "error", message = $"You have reached your {policy.ToLowerInvariant()} limit.", errorType = "RATE_LIMIT", correlationId = Guid.NewGuid(), policyName = policy }, statusCode: 429);
        }
        return answer();
    }
}
