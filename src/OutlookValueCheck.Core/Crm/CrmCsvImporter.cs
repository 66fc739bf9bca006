using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using OutlookValueCheck.Core.Recipients;
using OutlookValueCheck.Core.Stored;

namespace OutlookValueCheck.Core.Crm;

/// <summary>
/// Reads accounts.csv and contacts.csv (design.md, "Built-in CRM") and checks every row. The result is either a
/// complete directory or the errors, never a mix: an import never half-applies. Every problem is counted, the first
/// <see cref="MaxListedProblems"/> are kept, so a file of nothing but bad rows costs no more memory than a good one.
/// Every value accepted fits its column in the service's store (<see cref="StoredLengths"/>, no NUL).
/// </summary>
public static class CrmCsvImporter
{
    public static readonly IReadOnlyList<string> AccountColumns =
        ["id", "name", "domain", "relationship", "customer_since", "renewal_date", "owner_email", "open_high_severity_cases", "products"];

    public static readonly IReadOnlyList<string> ContactColumns =
        ["email", "account_id", "first_name", "last_name", "title", "do_not_email"];

    /// <summary>How many problems an import lists; the rest are only counted.</summary>
    public const int MaxListedProblems = 100;

    public static CrmImportResult Import(CsvSource accounts, CsvSource contacts)
    {
        var errors = new CrmImportProblems(MaxListedProblems);
        var (accountRows, declaredIds) = ReadAccounts(accounts, errors);
        // With an unreadable accounts header every account_id would look dangling: say nothing about them then.
        var accountsReadable = !errors.HeaderRefused(accounts.Name);
        var contactRows = ReadContacts(contacts, accountsReadable ? declaredIds : null, errors);
        if (errors.Count > 0)
            return new CrmImportResult(null, errors.Listed, errors.Count, errors.Rows);
        return new CrmImportResult(new CrmDirectory(accountRows, contactRows), [], 0, 0);
    }

    /// <summary>The valid accounts, and every id a row declared (valid or not) so contacts are not blamed for an account row's error.</summary>
    private static (List<CrmAccount> Accounts, IReadOnlySet<string> DeclaredIds) ReadAccounts(CsvSource source, CrmImportProblems errors)
    {
        var accounts = new List<CrmAccount>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var accountOfDomain = new Dictionary<string, (string Id, int Line, string Spelling)>(StringComparer.Ordinal);
        foreach (var row in Rows(source, AccountColumns, errors))
        {
            var id = row["id"];
            var rowErrors = new List<string>();
            if (id.Length == 0)
                rowErrors.Add("id is empty");
            else if (firstLineOfId.TryGetValue(id, out var firstLine))
                rowErrors.Add($"duplicate id '{id}' (first on line {firstLine})");
            var name = row["name"];
            if (name.Length == 0)
                rowErrors.Add("name is empty");
            // Matched in its normal spelling, so "bücher.de" and "xn--bcher-kva.de." are one domain, owned once.
            var domain = row["domain"].Length > 0 ? EmailAddresses.NormaliseDomain(row["domain"]) : "";
            if (domain.Length > 0 && AddressProblems.DescribeDomain(row["domain"]) is { } domainProblem)
                rowErrors.Add($"domain {domainProblem}");
            else if (domain.Length > 0 && !IsDomain(domain))
                rowErrors.Add($"domain '{row["domain"]}' is not a domain name like example.com");
            else if (domain.Length > 0 && accountOfDomain.TryGetValue(domain, out var other))
                rowErrors.Add(IsRespelling(other.Spelling, row["domain"])
                    ? $"domain '{row["domain"]}' is another spelling of '{other.Spelling}', which already belongs to account '{other.Id}' (line {other.Line})"
                    : $"domain '{domain}' already belongs to account '{other.Id}' (line {other.Line})");
            if (!Relationships.TryRead(row["relationship"], out var relationship))
                rowErrors.Add($"relationship '{row["relationship"]}' is not one of {string.Join(", ", Relationships.AllNames)}");
            var customerSince = ParseDate(row, "customer_since", rowErrors);
            var renewalDate = ParseDate(row, "renewal_date", rowErrors);
            var owner = EmailAddresses.Normalise(row["owner_email"]);
            if (owner.Length > 0 && AddressProblems.Describe(row["owner_email"]) is { } ownerProblem)
                rowErrors.Add($"owner_email {ownerProblem}");
            else if (owner.Length > 0 && !IsEmail(owner))
                rowErrors.Add($"owner_email '{row["owner_email"]}' is not an email address");
            var cases = 0;
            if (row["open_high_severity_cases"].Length > 0
                && (!int.TryParse(row["open_high_severity_cases"], NumberStyles.None, CultureInfo.InvariantCulture, out cases) || cases > 100_000))
                rowErrors.Add($"open_high_severity_cases '{row["open_high_severity_cases"]}' is not a whole number of zero or more");

            if (id.Length > 0)
                firstLineOfId.TryAdd(id, row.Line);
            if (domain.Length > 0 && IsDomain(domain))
                accountOfDomain.TryAdd(domain, (id, row.Line, row["domain"]));
            if (rowErrors.Count > 0)
            {
                errors.AddRange(source.Name, row.Line, rowErrors);
                continue;
            }
            accounts.Add(new CrmAccount
            {
                Id = id,
                Name = name,
                Domain = domain.Length > 0 ? domain : null,
                Relationship = relationship,
                CustomerSince = customerSince,
                RenewalDate = renewalDate,
                OwnerEmail = owner.Length > 0 ? owner : null,
                OpenHighSeverityCases = cases,
                Products = row["products"].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            });
        }
        return (accounts, firstLineOfId.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static List<CrmContact> ReadContacts(CsvSource source, IReadOnlySet<string>? accountIds, CrmImportProblems errors)
    {
        var contacts = new List<CrmContact>();
        // By normal spelling: "Press@x.com" and "\"press\"@x.com." are one contact, and two rows for it are a duplicate.
        var firstOfEmail = new Dictionary<string, (int Line, string Spelling)>(StringComparer.Ordinal);
        foreach (var row in Rows(source, ContactColumns, errors))
        {
            var rowErrors = new List<string>();
            var email = EmailAddresses.Normalise(row["email"]);
            var problem = email.Length > 0 ? AddressProblems.Describe(row["email"]) : null;
            if (problem is not null)
                rowErrors.Add($"email {problem}");
            else if (!IsEmail(email))
                rowErrors.Add(email.Length == 0 ? "email is empty" : $"email '{row["email"]}' is not an email address");
            else if (firstOfEmail.TryGetValue(email, out var first))
                rowErrors.Add(IsRespelling(first.Spelling, row["email"])
                    ? $"duplicate email '{row["email"]}' (another spelling of '{first.Spelling}' on line {first.Line})"
                    : $"duplicate email '{email}' (first on line {first.Line})");
            var accountId = row["account_id"];
            if (accountId.Length > 0 && accountIds is not null && !accountIds.Contains(accountId))
                rowErrors.Add($"account_id '{accountId}' is not an id in accounts.csv");
            var doNotEmail = false;
            var flag = row["do_not_email"];
            if (flag.Length > 0 && !bool.TryParse(flag, out doNotEmail))
                rowErrors.Add($"do_not_email '{flag}' must be true or false");

            if (problem is null && IsEmail(email))
                firstOfEmail.TryAdd(email, (row.Line, row["email"]));
            if (rowErrors.Count > 0)
            {
                errors.AddRange(source.Name, row.Line, rowErrors);
                continue;
            }
            contacts.Add(new CrmContact
            {
                Email = email,
                AccountId = accountId.Length > 0 ? accountId : null,
                FirstName = NullIfEmpty(row["first_name"]),
                LastName = NullIfEmpty(row["last_name"]),
                Title = NullIfEmpty(row["title"]),
                DoNotEmail = doNotEmail,
            });
        }
        return contacts;
    }

    private static IEnumerable<CsvRow> Rows(CsvSource source, IReadOnlyList<string> columns, CrmImportProblems errors)
    {
        var malformedLines = new List<int>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            TrimOptions = TrimOptions.Trim,
            BadDataFound = args => malformedLines.Add(args.Context.Parser?.RawRow ?? 0),
        };
        using var parser = new CsvParser(source.Reader, configuration, leaveOpen: true);
        if (!parser.Read())
        {
            errors.Add(new CrmImportError(source.Name, 1, $"the file is empty; the first line must be the header {string.Join(",", columns)}"));
            yield break;
        }
        var header = parser.Record!.Select(name => name.Trim().TrimStart('\uFEFF')).ToArray();
        if (IsNotUtf8(header))
        {
            errors.Add(new CrmImportError(source.Name, 1, NotUtf8));
            yield break;
        }
        if (!HeaderIsValid(source.Name, header, columns, errors))
            yield break;

        var previousLine = parser.RawRow;
        while (parser.Read())
        {
            var line = previousLine + 1;
            previousLine = parser.RawRow;
            var record = parser.Record!;
            if (malformedLines.Count > 0)
            {
                errors.Add(new CrmImportError(source.Name, line, "malformed quoting (a field has an unbalanced '\"')"));
                malformedLines.Clear();
                continue;
            }
            if (record.Length == 1 && record[0].Length == 0)
                continue;
            if (IsNotUtf8(record))
            {
                errors.Add(new CrmImportError(source.Name, line, NotUtf8));
                continue;
            }
            if (record.Length != columns.Count)
            {
                errors.Add(new CrmImportError(source.Name, line, $"expected {columns.Count} fields, found {record.Length}"));
                continue;
            }
            if (Unstorable(record, columns) is { Count: > 0 } unstorable)
            {
                errors.AddRange(source.Name, line, unstorable);
                continue;
            }
            yield return new CsvRow(line, columns, record);
        }
    }

    /// <summary>Longer than any real name, title or product list; a longer cell is a broken export.</summary>
    public const int MaxFieldLength = StoredLengths.CrmText;

    /// <summary>The most characters a value of <paramref name="column"/> may have: what its column in the service's store holds.</summary>
    private static int MaxLengthOf(string column) => column switch
    {
        "id" or "account_id" => StoredLengths.CrmId,
        "domain" => StoredLengths.Domain,
        "email" or "owner_email" => StoredLengths.EmailAddress,
        _ => StoredLengths.CrmText,
    };

    /// <summary>Each field of a record that could not be stored (too long for its column, or with a NUL), named by column.</summary>
    private static List<string>? Unstorable(string[] record, IReadOnlyList<string> columns)
    {
        List<string>? problems = null;
        for (var i = 0; i < record.Length; i++)
        {
            if (StoredText.ProblemWith(record[i], MaxLengthOf(columns[i])) is { } problem)
                (problems ??= []).Add($"{columns[i]} {problem}");
        }
        return problems;
    }

    private const string NotUtf8 = "not UTF-8 text (in Excel: Save As, \"CSV UTF-8\"); names would be stored garbled";

    /// <summary>
    /// A reader decoding UTF-8 turns bytes that are not UTF-8 (a Windows-1252 export, a binary file) into U+FFFD;
    /// such a row is reported instead of importing names with question marks in them.
    /// </summary>
    private static bool IsNotUtf8(string[] fields) => fields.Any(field => field.Contains('\uFFFD', StringComparison.Ordinal));

    private static bool HeaderIsValid(string file, string[] header, IReadOnlyList<string> columns, CrmImportProblems errors)
    {
        var before = errors.Count;
        foreach (var column in columns.Where(column => !header.Contains(column, StringComparer.Ordinal)))
            errors.Add(new CrmImportError(file, 1, $"missing column '{column}'"));
        foreach (var extra in header.Where(name => !columns.Contains(name, StringComparer.Ordinal)))
            errors.Add(new CrmImportError(file, 1, $"unexpected column '{extra}'"));
        if (errors.Count == before && !header.SequenceEqual(columns, StringComparer.Ordinal))
            errors.Add(new CrmImportError(file, 1, $"columns must be in this order: {string.Join(",", columns)}"));
        return errors.Count == before;
    }

    private static DateOnly? ParseDate(CsvRow row, string column, List<string> rowErrors)
    {
        var value = row[column];
        if (value.Length == 0)
            return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        rowErrors.Add($"{column} '{value}' is not a date in yyyy-mm-dd form");
        return null;
    }

    private static bool IsDomain(string domain) =>
        domain.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(domain) == UriHostNameType.Dns;

    private static bool IsEmail(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == address.LastIndexOf('@') && !address.Any(char.IsWhiteSpace) && IsDomain(address[(at + 1)..]);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>Two rows name one address or domain in spellings that differ by more than case: the error shows both.</summary>
    private static bool IsRespelling(string earlier, string here) => !string.Equals(earlier, here, StringComparison.OrdinalIgnoreCase);

    private sealed class CsvRow(int line, IReadOnlyList<string> columns, string[] values)
    {
        public int Line { get; } = line;

        public string this[string column] => values[IndexOf(column)].Trim();

        private int IndexOf(string column)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i] == column)
                    return i;
            }
            throw new ArgumentOutOfRangeException(nameof(column), column, "Not a column of this file.");
        }
    }
}

/// <summary>
/// The imported directory, or why not: the first <see cref="CrmCsvImporter.MaxListedProblems"/> problems in
/// <see cref="Errors"/>, and how many there were in all (<see cref="ProblemCount"/>) in how many lines (<see cref="BadRowCount"/>).
/// </summary>
public sealed record CrmImportResult(CrmDirectory? Directory, IReadOnlyList<CrmImportError> Errors, int ProblemCount, int BadRowCount)
{
    public bool Succeeded => Directory is not null;
}
