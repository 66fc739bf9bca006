using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Core.Crm;

namespace OutlookValueCheck.Api.Crm;

/// <summary>POST /api/v1/crm/import: a manager replaces the tenant's built-in CRM with accounts.csv and contacts.csv.</summary>
internal static class CrmImportApi
{
    public const long MaxImportBytes = 20 * 1024 * 1024;

    public static IEndpointRouteBuilder MapCrmImport(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantApi("/api/v1/crm", AccessPolicies.PolicyManager, "CRM");
        group.MapPost("/import", ImportAsync)
            .WithName("ImportCrm")
            .WithSummary("Replaces the built-in CRM with accounts.csv and contacts.csv; every bad row is reported and nothing changes unless all rows are valid.")
            // Bearer-token API: no cookies, so no cross-site form posts to defend against.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes));
        return app;
    }

    private static async Task<Results<Ok<CrmImportSummary>, ValidationProblem>> ImportAsync(
        IFormFile? accounts,
        IFormFile? contacts,
        TenantCrm crm,
        CancellationToken cancellationToken)
    {
        var missing = new Dictionary<string, string[]>();
        if (accounts is null)
            missing["accounts"] = ["Upload accounts.csv in the form field 'accounts'."];
        if (contacts is null)
            missing["contacts"] = ["Upload contacts.csv in the form field 'contacts'."];
        if (missing.Count > 0)
            return TypedResults.ValidationProblem(missing);
        using var accountsReader = new StreamReader(accounts!.OpenReadStream());
        using var contactsReader = new StreamReader(contacts!.OpenReadStream());
        var result = CrmCsvImporter.Import(new CsvSource("accounts.csv", accountsReader), new CsvSource("contacts.csv", contactsReader));
        if (result.Directory is null)
        {
            return TypedResults.ValidationProblem(
                result.Errors.GroupBy(error => error.File).ToDictionary(group => group.Key, group => group.Select(error => error.ToString()).ToArray()),
                detail: $"{result.Errors.Count} bad rows; nothing was imported.");
        }
        await crm.ReplaceAsync(result.Directory, cancellationToken);
        return TypedResults.Ok(new CrmImportSummary(result.Directory.Accounts.Count, result.Directory.Contacts.Count));
    }
}

internal sealed record CrmImportSummary(int Accounts, int Contacts);
