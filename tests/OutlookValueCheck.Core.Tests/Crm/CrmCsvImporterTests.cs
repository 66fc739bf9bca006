using OutlookValueCheck.Core.Crm;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Tests.Crm;

public sealed class CrmCsvImporterTests
{
    private const string AccountsHeader = "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products";
    private const string ContactsHeader = "email,account_id,first_name,last_name,title,do_not_email";

    private static CrmImportResult Import(string accounts, string contacts = ContactsHeader + "\n") =>
        CrmCsvImporter.Import(new CsvSource("accounts.csv", new StringReader(accounts)), new CsvSource("contacts.csv", new StringReader(contacts)));

    [Fact]
    public void A_valid_import_reads_every_field()
    {
        var result = Import(
            AccountsHeader + "\nA1,\"Fabrikam, Inc.\",Fabrikam.com,customer,2021-04-12,2027-06-30,Anna@Contoso.com,2,Analytics; Reporting\n",
            ContactsHeader + "\nPriya.Shah@Fabrikam.com,A1,Priya,Shah,Head of Operations,TRUE\n");

        Assert.Empty(result.Errors);
        var account = Assert.Single(result.Directory!.Accounts);
        Assert.Equal("Fabrikam, Inc.", account.Name);
        Assert.Equal("fabrikam.com", account.Domain);
        Assert.Equal(Relationship.Customer, account.Relationship);
        Assert.Equal(new DateOnly(2021, 4, 12), account.CustomerSince);
        Assert.Equal(new DateOnly(2027, 6, 30), account.RenewalDate);
        Assert.Equal("anna@contoso.com", account.OwnerEmail);
        Assert.Equal(2, account.OpenHighSeverityCases);
        Assert.Equal(["Analytics", "Reporting"], account.Products);
        var contact = Assert.Single(result.Directory.Contacts);
        Assert.Equal("priya.shah@fabrikam.com", contact.Email);
        Assert.True(contact.DoNotEmail);
    }

    [Fact]
    public void Each_bad_row_is_reported_with_file_line_and_reason_and_nothing_is_imported()
    {
        var result = Import(
            AccountsHeader + "\n" +
            "A1,Fabrikam,fabrikam.com,customer,2021-04-12,,,0,\n" +
            "A1,Fabrikam again,other.com,customer,,,,0,\n" +
            "A2,Northwind,northwind.com,client,,,,0,\n" +
            "A3,Litware,litware.com,prospect,03/01/2021,,,0,\n" +
            "A4,Short,short.com,prospect\n",
            ContactsHeader + "\n" +
            "ok@fabrikam.com,A1,Ok,Person,,false\n" +
            "lost@nowhere.com,A9,Lost,Person,,false\n" +
            "ok@fabrikam.com,A1,Twice,Person,,false\n" +
            "maybe@fabrikam.com,A1,May,Be,,yes\n");

        Assert.Null(result.Directory);
        Assert.Equal(
            [
                "accounts.csv:3: duplicate id 'A1' (first on line 2)",
                "accounts.csv:4: relationship 'client' is not one of customer, prospect, former-customer, partner, competitor",
                "accounts.csv:5: customer_since '03/01/2021' is not a date in yyyy-mm-dd form",
                "accounts.csv:6: expected 9 fields, found 4",
                "contacts.csv:3: account_id 'A9' is not an id in accounts.csv",
                "contacts.csv:4: duplicate email 'ok@fabrikam.com' (first on line 2)",
                "contacts.csv:5: do_not_email 'yes' must be true or false",
            ],
            result.Errors.Select(error => error.ToString()));
    }

    [Fact]
    public void A_missing_column_is_reported_on_the_header_line()
    {
        var result = Import("id,name,domain,relationship,customer_since,owner_email,open_high_severity_cases,products\nA1,X,x.com,customer,,,0,\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal("accounts.csv:1: missing column 'renewal_date'", error.ToString());
    }

    [Fact]
    public void Two_accounts_cannot_claim_the_same_domain()
    {
        var result = Import(AccountsHeader + "\nA1,One,same.com,customer,,,,0,\nA2,Two,SAME.com,prospect,,,,0,\n");

        Assert.Equal("accounts.csv:3: domain 'same.com' already belongs to account 'A1' (line 2)", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void An_empty_file_says_what_the_header_must_be()
    {
        var result = Import("");

        Assert.StartsWith("accounts.csv:1: the file is empty", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_1252_export_is_named_by_line_instead_of_imported_garbled()
    {
        // "Müller GmbH" saved as Windows-1252: 0xFC is not UTF-8, and a UTF-8 reader makes it U+FFFD.
        var bytes = System.Text.Encoding.UTF8.GetBytes(AccountsHeader + "\nA1,Fabrikam,fabrikam.com,customer,,,,0,\nA2,M")
            .Append((byte)0xFC).Concat(System.Text.Encoding.UTF8.GetBytes("ller GmbH,mueller.example,customer,,,,0,\n")).ToArray();
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8);

        var result = CrmCsvImporter.Import(new CsvSource("accounts.csv", reader), new CsvSource("contacts.csv", new StringReader(ContactsHeader + "\n")));

        Assert.Null(result.Directory);
        Assert.StartsWith("accounts.csv:3: not UTF-8 text", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_reported_on_its_first_line()
    {
        using var reader = new StreamReader(new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xD8, 0x00, 0x10]), System.Text.Encoding.UTF8);

        var result = CrmCsvImporter.Import(new CsvSource("accounts.csv", reader), new CsvSource("contacts.csv", new StringReader(ContactsHeader + "\n")));

        Assert.StartsWith("accounts.csv:1: not UTF-8 text", result.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_longer_than_any_real_value_is_named_by_column_and_line()
    {
        var result = Import(AccountsHeader + "\nA1," + new string('n', CrmCsvImporter.MaxFieldLength + 1) + ",x.example,customer,,,,0,\n");

        Assert.Equal("accounts.csv:2: name is longer than 1000 characters", Assert.Single(result.Errors).ToString());
    }
}
