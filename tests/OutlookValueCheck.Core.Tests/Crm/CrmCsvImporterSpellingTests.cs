using OutlookValueCheck.Core.Crm;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Tests.Crm;

/// <summary>An import stores one spelling per address and domain, and refuses rows no one could read right.</summary>
public sealed class CrmCsvImporterSpellingTests
{
    private const string AccountsHeader = "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products";
    private const string ContactsHeader = "email,account_id,first_name,last_name,title,do_not_email";

    private static CrmImportResult Import(string accounts, string contacts) =>
        CrmCsvImporter.Import(new CsvSource("accounts.csv", new StringReader(accounts)), new CsvSource("contacts.csv", new StringReader(contacts)));

    [Fact]
    public void Addresses_and_domains_are_stored_in_their_normal_spelling()
    {
        var result = Import(
            $"{AccountsHeader}\nB1,Bücher,Bücher.Example.,customer,,,Mia.Schulz@Contoso.com.,0,\n",
            $"{ContactsHeader}\n\"\"\"Lena\"\"@BÜCHER.example.\",B1,Lena,Vogel,,true\n");

        Assert.Empty(result.Errors);
        var account = Assert.Single(result.Directory!.Accounts);
        Assert.Equal("xn--bcher-kva.example", account.Domain);
        Assert.Equal("mia.schulz@contoso.com", account.OwnerEmail);
        Assert.Equal("lena@xn--bcher-kva.example", Assert.Single(result.Directory.Contacts).Email);
    }

    [Theory]
    [InlineData("Customer", "customer")]
    [InlineData(" PROSPECT ", "prospect")]
    [InlineData("Former Customer", "former-customer")]
    [InlineData("former_customer", "former-customer")]
    [InlineData("Former", "former-customer")]
    [InlineData("ex-customer", "former-customer")]
    public void A_relationship_is_read_as_people_type_it_in_an_export(string typed, string stored)
    {
        var result = Import($"{AccountsHeader}\nA1,Alpha,alpha.example,{typed},,,,0,\n", $"{ContactsHeader}\n");

        Assert.Empty(result.Errors);
        Assert.Equal(stored, Assert.Single(result.Directory!.Accounts).Relationship.Name());
    }

    [Fact]
    public void A_contact_spelled_twice_is_a_duplicate_naming_both_spellings()
    {
        var result = Import(
            $"{AccountsHeader}\nD06,Nod,nodpublishers.com,prospect,,,,0,\n",
            $"{ContactsHeader}\npress@nodpublishers.com,D06,Press,Office,,true\nPRESS@NODPUBLISHERS.COM,D06,Press,Case,,false\npress@nodpublishers.com.,D06,Press,Dot,,false\n\"\"\"press\"\"@nodpublishers.com\",D06,Press,Quoted,,false\n");

        Assert.Null(result.Directory);
        Assert.Equal(
            [
                "contacts.csv:3: duplicate email 'press@nodpublishers.com' (first on line 2)",
                "contacts.csv:4: duplicate email 'press@nodpublishers.com.' (another spelling of 'press@nodpublishers.com' on line 2)",
                "contacts.csv:5: duplicate email '\"press\"@nodpublishers.com' (another spelling of 'press@nodpublishers.com' on line 2)",
            ],
            result.Errors.Select(error => error.ToString()));
    }

    [Fact]
    public void An_internationalised_domain_in_both_spellings_is_claimed_once()
    {
        var result = Import($"{AccountsHeader}\nB1,Bücher,bücher.example,customer,,,,0,\nB2,Books,xn--bcher-kva.example,prospect,,,,0,\n", $"{ContactsHeader}\n");

        Assert.Equal(
            "accounts.csv:3: domain 'xn--bcher-kva.example' is another spelling of 'bücher.example', which already belongs to account 'B1' (line 2)",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Hidden_characters_and_ip_literals_are_bad_rows_naming_the_column_and_the_character()
    {
        var result = Import(
            $"{AccountsHeader}\nD06,Nod,nod\u00ADpublishers.com,prospect,,,mia@192.0.2.1,0,\n",
            $"{ContactsHeader}\npress\u202E@nodpublishers.com,D06,Press,Office,,true\n");

        Assert.Null(result.Directory);
        Assert.Equal(
            [
                "accounts.csv:2: domain 'nod<U+00AD>publishers.com' contains U+00AD SOFT HYPHEN, an invisible character; type the domain name again without it.",
                "accounts.csv:2: owner_email 'mia@192.0.2.1' is at the IP address 192.0.2.1, not at a domain name; use the address at the organisation's domain.",
                "contacts.csv:2: email 'press<U+202E>@nodpublishers.com' contains U+202E RIGHT-TO-LEFT OVERRIDE, a character that changes the direction of the text around it; type the address again without it.",
            ],
            result.Errors.Select(error => error.ToString()));
    }
}
