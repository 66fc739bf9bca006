using OutlookValueCheck.Core.Crm;

namespace OutlookValueCheck.Core.Tests.Crm;

/// <summary>
/// What an import accepts fits where the service stores it (column lengths, no NUL), and what it reports about a
/// file of nothing but bad rows stays small however large the file.
/// </summary>
public sealed class CrmImportLimitsTests
{
    private const string AccountsHeader = "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products\n";
    private const string ContactsHeader = "email,account_id,first_name,last_name,title,do_not_email\n";

    private static CrmImportResult Import(string accounts, string contacts = ContactsHeader) =>
        CrmCsvImporter.Import(new CsvSource("accounts.csv", new StringReader(accounts)), new CsvSource("contacts.csv", new StringReader(contacts)));

    /// <summary>A DNS name of exactly <paramref name="length"/> characters (labels of at most 63), ending in .example.</summary>
    private static string DomainOf(int length)
    {
        var labels = new List<string>();
        var left = length - ".example".Length;
        // Labels of 62 characters and their dot, then one of what is left (1 to 63 characters).
        while (left > 63)
        {
            labels.Add(new string((char)('a' + labels.Count), 62));
            left -= 63;
        }
        labels.Add(new string((char)('a' + labels.Count), left));
        return string.Join('.', labels) + ".example";
    }

    [Fact]
    public void Every_problem_is_counted_but_only_the_first_100_are_kept()
    {
        var accounts = AccountsHeader + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"B{i},Bad,,friend,yesterday,,,0,\n"));

        var result = Import(accounts, ContactsHeader + "not-an-address,,,,,\n");

        Assert.Null(result.Directory);
        Assert.Equal(100, result.Errors.Count);
        Assert.Equal("accounts.csv:2: relationship 'friend' is not one of customer, prospect, former-customer, partner, competitor", result.Errors[0].ToString());
        Assert.Equal("accounts.csv:51: customer_since 'yesterday' is not a date in yyyy-mm-dd form", result.Errors[99].ToString());
        Assert.Equal(2_001, result.ProblemCount);
        Assert.Equal(1_001, result.BadRowCount);
    }

    [Fact]
    public void Several_problems_on_one_line_count_as_one_bad_row()
    {
        var result = Import(AccountsHeader + "A1,Ok,ok.example,customer,,,,0,\nA2,,,friend,never,,,x,\n");

        Assert.Equal((4, 1), (result.ProblemCount, result.BadRowCount));
        Assert.Equal(4, result.Errors.Count);
    }

    public static TheoryData<string> Columns() => new()
    {
        "id", "name", "domain", "relationship", "customer_since", "renewal_date", "owner_email", "open_high_severity_cases", "products",
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public void A_nul_in_any_account_field_is_named_by_column_and_line(string column)
    {
        var fields = new Dictionary<string, string>
        {
            ["id"] = "A1", ["name"] = "Fabrikam", ["domain"] = "fabrikam.example", ["relationship"] = "customer", ["customer_since"] = "",
            ["renewal_date"] = "", ["owner_email"] = "", ["open_high_severity_cases"] = "0", ["products"] = "Analytics",
        };
        fields[column] += "\0";

        var result = Import(AccountsHeader + string.Join(',', fields.Values) + "\n");

        Assert.Null(result.Directory);
        Assert.Contains(result.Errors, error => error.ToString() == $"accounts.csv:2: {column} contains a NUL character (U+0000), which cannot be stored");
    }

    [Fact]
    public void A_nul_in_a_contact_field_is_named_by_column_and_line()
    {
        var result = Import(AccountsHeader + "A1,Fabrikam,fabrikam.example,customer,,,,0,\n", ContactsHeader + "eve@fabrikam.example,A1,E\0ve,Long,,false\n");

        Assert.Equal("contacts.csv:2: first_name contains a NUL character (U+0000), which cannot be stored", Assert.Single(result.Errors).ToString());
    }

    [Theory]
    [InlineData("id", 129, "id is longer than 128 characters")]
    [InlineData("domain", 254, "domain is longer than 253 characters")]
    [InlineData("owner_email", 321, "owner_email is longer than 320 characters")]
    public void An_account_value_longer_than_its_column_is_named(string column, int length, string reason)
    {
        var value = column switch
        {
            "id" => new string('i', length),
            "domain" => DomainOf(length),
            _ => new string('o', length - "@contoso.example".Length) + "@contoso.example",
        };
        Assert.Equal(length, value.Length);
        var fields = new Dictionary<string, string>
        {
            ["id"] = "A1", ["name"] = "Fabrikam", ["domain"] = "fabrikam.example", ["relationship"] = "customer", ["customer_since"] = "",
            ["renewal_date"] = "", ["owner_email"] = "", ["open_high_severity_cases"] = "0", ["products"] = "",
        };
        fields[column] = value;

        var result = Import(AccountsHeader + string.Join(',', fields.Values) + "\n");

        Assert.Equal($"accounts.csv:2: {reason}", Assert.Single(result.Errors).ToString());
    }

    [Theory]
    [InlineData("email", 321, "email is longer than 320 characters")]
    [InlineData("account_id", 129, "account_id is longer than 128 characters")]
    public void A_contact_value_longer_than_its_column_is_named(string column, int length, string reason)
    {
        var email = column == "email" ? new string('e', length - "@fabrikam.example".Length) + "@fabrikam.example" : "eve@fabrikam.example";
        var accountId = column == "account_id" ? new string('a', length) : "A1";

        var result = Import(AccountsHeader + "A1,Fabrikam,fabrikam.example,customer,,,,0,\n", ContactsHeader + $"{email},{accountId},Eve,Long,,false\n");

        Assert.Equal($"contacts.csv:2: {reason}", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Values_exactly_as_long_as_their_columns_are_imported()
    {
        var id = new string('i', 128);
        var domain = DomainOf(253);
        var email = new string('e', 64) + "@" + DomainOf(255);
        Assert.Equal((128, 253, 320), (id.Length, domain.Length, email.Length));

        var result = Import(AccountsHeader + $"{id},Long,{domain},customer,,,,0,\n", ContactsHeader + $"{email},{id},Eve,Long,,false\n");

        Assert.Empty(result.Errors);
        Assert.Equal(domain, Assert.Single(result.Directory!.Accounts).Domain);
        Assert.Equal(email, Assert.Single(result.Directory.Contacts).Email);
    }
}
