using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Endpoints;
using OutlookValueCheck.Core.Crm;

namespace OutlookValueCheck.Api.Crm;

/// <summary>
/// POST /api/v1/crm/import: a manager replaces the tenant's built-in CRM with accounts.csv and contacts.csv. The form
/// has exactly the fields <see cref="AccountsField"/> and <see cref="ContactsField"/> (files), and optionally
/// <see cref="ReplaceWithEmptyField"/>, each at most once.
/// </summary>
internal static class CrmImportApi
{
    public const long MaxImportBytes = 20 * 1024 * 1024;

    public const string AccountsField = "accounts";
    public const string ContactsField = "contacts";

    /// <summary>"true" to import files without rows, which empties the CRM; without it such files are refused.</summary>
    public const string ReplaceWithEmptyField = "replaceWithEmpty";

    private static readonly string[] Fields = [AccountsField, ContactsField, ReplaceWithEmptyField];

    public static IEndpointRouteBuilder MapCrmImport(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantApi("/api/v1/crm", AccessPolicies.PolicyManager, "CRM");
        group.MapPost("/import", ImportAsync)
            .WithName("ImportCrm")
            .WithSummary("Replaces the built-in CRM with accounts.csv and contacts.csv; bad rows are reported (the first 100, and how many in all) and nothing changes unless all rows are valid. Files without rows are refused unless replaceWithEmpty=true.")
            // Bearer-token API: no cookies, so no cross-site form posts to defend against.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes));
        return app;
    }

    /// <remarks>
    /// The form is read by ASP.NET Core, which keeps each uploaded file on disk past 64 KB; the CSV is then parsed as
    /// a stream, row by row, and never held in memory as one string.
    /// </remarks>
    private static async Task<Results<Ok<CrmImportSummary>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpRequest request,
        TenantCrm crm,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem($"Send multipart/form-data with the files {AccountsField} and {ContactsField}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "A CRM import is a form.");
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // An upload that did not declare its length, stopped by the server at the cap while the form was read.
            return TypedResults.Problem($"This endpoint accepts at most {MaxImportBytes / 1024} KB.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.");
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or IOException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"The form could not be read: {unreadable.Message}"] });
        }
        if (FormProblems(form) is { Count: > 0 } problems)
            return TypedResults.ValidationProblem(problems);
        var replaceWithEmpty = form[ReplaceWithEmptyField] == "true";

        await using var accountsStream = form.Files[AccountsField]!.OpenReadStream();
        await using var contactsStream = form.Files[ContactsField]!.OpenReadStream();
        using var accountsReader = new StreamReader(accountsStream);
        using var contactsReader = new StreamReader(contactsStream);
        var result = CrmCsvImporter.Import(new CsvSource("accounts.csv", accountsReader), new CsvSource("contacts.csv", contactsReader));
        if (result.Directory is null)
            return RowProblems(result);

        var empty = result.Directory.Accounts.Count == 0 && result.Directory.Contacts.Count == 0;
        // An export that came out empty would silently wipe every account: emptying the CRM must be asked for.
        if (empty != replaceWithEmpty)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [ReplaceWithEmptyField] = [empty
                    ? "The files have no rows: importing them would empty the built-in CRM. Send replaceWithEmpty=true to do that."
                    : "replaceWithEmpty=true empties the built-in CRM, but the files have rows. Leave it out to import them."],
            });
        }
        await crm.ReplaceBuiltInAsync(result.Directory, cancellationToken);
        return TypedResults.Ok(new CrmImportSummary(result.Directory.Accounts.Count, result.Directory.Contacts.Count));
    }

    /// <summary>Each field missing, sent more than once, unknown, or of the wrong kind, with what to send instead.</summary>
    private static Dictionary<string, string[]> FormProblems(IFormCollection form)
    {
        var problems = new Dictionary<string, string[]>();
        foreach (var name in form.Keys.Concat(form.Files.Select(file => file.Name)).Distinct(StringComparer.Ordinal))
        {
            if (!Fields.Contains(name, StringComparer.Ordinal))
                problems[name] = [$"'{name}' is not a field of a CRM import; send {AccountsField} and {ContactsField} (files) and, to empty the CRM, {ReplaceWithEmptyField}=true."];
            else if (form[name].Count + form.Files.GetFiles(name).Count > 1)
                problems[name] = [$"{name} was sent more than once; send it once."];
        }
        foreach (var (field, file) in new[] { (AccountsField, "accounts.csv"), (ContactsField, "contacts.csv") })
        {
            if (!problems.ContainsKey(field) && form.Files.GetFile(field) is null)
                problems[field] = [$"Upload {file} in the form field '{field}'."];
        }
        if (!problems.ContainsKey(ReplaceWithEmptyField) && form.Files.GetFile(ReplaceWithEmptyField) is not null)
            problems[ReplaceWithEmptyField] = [$"{ReplaceWithEmptyField} is a text field, true or false, not a file."];
        else if (!problems.ContainsKey(ReplaceWithEmptyField) && form.TryGetValue(ReplaceWithEmptyField, out var replace) && replace != "true" && replace != "false")
            problems[ReplaceWithEmptyField] = [$"{ReplaceWithEmptyField} is true or false, not '{replace}'."];
        return problems;
    }

    /// <summary>The first problems by file, and how many there were in all: "7 problems in 4 rows".</summary>
    private static ValidationProblem RowProblems(CrmImportResult result)
    {
        var listed = result.Errors.Count < result.ProblemCount ? $"; the first {result.Errors.Count} are listed" : "";
        return TypedResults.ValidationProblem(
            result.Errors.GroupBy(error => error.File).ToDictionary(group => group.Key, group => group.Select(error => error.ToString()).ToArray()),
            detail: $"{Counted(result.ProblemCount, "problem")} in {Counted(result.BadRowCount, "row")}{listed}; nothing was imported.",
            extensions: new Dictionary<string, object?> { ["problemCount"] = result.ProblemCount, ["badRowCount"] = result.BadRowCount });
    }

    private static string Counted(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

internal sealed record CrmImportSummary(int Accounts, int Contacts);
