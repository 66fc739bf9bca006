using OutlookValueCheck.Core.Crm;

namespace OutlookValueCheck.Cli.Input;

/// <summary>Loads the built-in CRM from a folder holding accounts.csv and contacts.csv.</summary>
internal static class CrmFolder
{
    public static CrmDirectory Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new InputException($"CRM folder '{folder}' does not exist.");
        var accountsPath = Path.Combine(folder, "accounts.csv");
        var contactsPath = Path.Combine(folder, "contacts.csv");
        foreach (var path in new[] { accountsPath, contactsPath })
        {
            if (!File.Exists(path))
                throw new InputException($"CRM folder '{folder}' has no {Path.GetFileName(path)}.");
        }
        using var accounts = new StreamReader(accountsPath);
        using var contacts = new StreamReader(contactsPath);
        var result = CrmCsvImporter.Import(new CsvSource(accountsPath, accounts), new CsvSource(contactsPath, contacts));
        if (result.Directory is null)
        {
            var rows = result.BadRowCount;
            var listed = result.Errors.Select(error => error.ToString()).ToList();
            if (result.ProblemCount > result.Errors.Count)
                listed.Add($"(the first {result.Errors.Count} of {result.ProblemCount} problems)");
            throw new InputException($"the CRM in '{folder}' has {rows} bad {(rows == 1 ? "row" : "rows")}; nothing was loaded.", listed);
        }
        return result.Directory;
    }
}
