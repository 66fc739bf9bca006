using Microsoft.AspNetCore.Http.HttpResults;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Crm.BuiltIn;
using OutlookValueCheck.Api.Endpoints;
using OutlookValueCheck.Core.Crm;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Crm;

/// <summary>
/// What the tenant's CRM holds now, for managers: the counts of the built-in store and a search by address or
/// domain, so a manager can see what an import did; and the two CSV templates an import expects.
/// </summary>
internal static class CrmContentsApi
{
    public const int MaxMatches = 20;
    public const int MaxSearchLength = 320;

    public static IEndpointRouteBuilder MapCrmContents(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantApi("/api/v1/crm", AccessPolicies.PolicyManager, "CRM");
        group.MapGet("/contents", ContentsAsync).WithName("CrmContents")
            .WithSummary($"Which CRM the tenant uses; for the built-in one, how many accounts and contacts it holds and, with search, the accounts (at most {MaxMatches}) whose domain, name or contacts' addresses contain the text.");
        group.MapGet("/templates/{file}", Template).WithName("CrmTemplate").WithSummary("accounts.csv or contacts.csv with the header an import expects and one example row.");
        return app;
    }

    private static async Task<Results<Ok<CrmContents>, ValidationProblem>> ContentsAsync(string? search, TenantCrm crm, BuiltInCrm builtIn, CancellationToken cancellationToken)
    {
        if (search is { Length: > MaxSearchLength } || (search is not null && search.Contains('\0', StringComparison.Ordinal)))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["search"] = [$"search is part of an address or a domain: at most {MaxSearchLength} characters, no NUL."] });
        if (crm.Kind != CrmKinds.BuiltIn)
            return TypedResults.Ok(new CrmContents(crm.Kind, crm.SourceName, null, null, null, []));
        var (accounts, contacts, doNotEmail) = await builtIn.CountsAsync(cancellationToken);
        var found = string.IsNullOrWhiteSpace(search) ? null : await builtIn.SearchAsync(search, MaxMatches, cancellationToken);
        var matches = found is null ? [] : found.Accounts.Select(account => new CrmContentsAccount(account,
            [.. found.Contacts.Where(contact => contact.AccountId == account.Id)])).ToList();
        return TypedResults.Ok(new CrmContents(crm.Kind, crm.SourceName, accounts, contacts, doNotEmail, matches));
    }

    private static Results<FileContentHttpResult, NotFound> Template(string file) => file switch
    {
        "accounts.csv" => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(
            string.Join(",", CrmCsvImporter.AccountColumns) + "\r\nACC-001,Fabrikam Ltd,fabrikam.com,customer,2021-03-01,2027-03-01,owner@contoso.com,0,Analytics;Support\r\n"), "text/csv", "accounts.csv"),
        "contacts.csv" => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(
            string.Join(",", CrmCsvImporter.ContactColumns) + "\r\nlena.fischer@fabrikam.com,ACC-001,Lena,Fischer,Head of Operations,false\r\n"), "text/csv", "contacts.csv"),
        _ => TypedResults.NotFound(),
    };
}

/// <param name="Accounts">Null when the tenant's CRM is a remote one: the service does not count it.</param>
internal sealed record CrmContents(string Kind, string Source, int? Accounts, int? Contacts, int? DoNotEmail, IReadOnlyList<CrmContentsAccount> Matches);

internal sealed record CrmContentsAccount(CrmAccount Account, IReadOnlyList<CrmContact> Contacts);
