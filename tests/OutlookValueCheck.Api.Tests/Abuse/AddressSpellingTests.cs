using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutlookValueCheck.Api.Tests.Abuse;

public sealed class AddressSpellingOnSqliteTests(ValueCheckApplication app) : AddressSpellingTests(app), IClassFixture<ValueCheckApplication>;

public sealed class AddressSpellingOnPostgresTests(PostgresValueCheckApplication app) : AddressSpellingTests(app), IClassFixture<PostgresValueCheckApplication>;

/// <summary>
/// A seller who knows a contact is do-not-email spells the address another way. Every spelling that reaches the same
/// mailbox is matched to it; a spelling no one can see is refused. On both storage providers (the subclasses above).
/// </summary>
public abstract class AddressSpellingTests(ValueCheckApplication app) : IAsyncLifetime
{
    private const string Tenant = ValueCheckApplication.TenantA;

    // The demo CRM, plus a publisher at an internationalised domain whose contact the CRM spells in punycode.
    private static readonly string DemoFolder = Path.Combine(AppContext.BaseDirectory, "Demo", "crm");
    private static readonly string Accounts = File.ReadAllText(Path.Combine(DemoFolder, "accounts.csv")).TrimEnd() + "\nX01,Bücher Verlag,bücher.example,prospect,,,mia.schulz@contoso.com,0,\n";
    private static readonly string Contacts = File.ReadAllText(Path.Combine(DemoFolder, "contacts.csv")).TrimEnd() + "\nlena@xn--bcher-kva.example,X01,Lena,Vogel,,true\n";

    private const string Mail = "Hi, here are the figures you asked for last week.";

    public Task InitializeAsync() => app.ImportCrmAsync(Tenant, Accounts, Contacts);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpResponseMessage> CheckAsync(object draft) => await app.SellerClient(Tenant).PostAsJsonAsync("/api/v1/checks", draft);

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Theory]
    [InlineData("press@nodpublishers.com.")]
    [InlineData("\"press\"@nodpublishers.com")]
    [InlineData("\"PRESS\"@NodPublishers.com.")]
    [InlineData("press+news@nodpublishers.com")]
    [InlineData("Press+News@NODPUBLISHERS.COM.")]
    [InlineData("lena@bücher.example")]
    [InlineData("LENA@BÜCHER.example.")]
    [InlineData("\"lena\"@xn--bcher-kva.example")]
    public async Task Every_spelling_of_a_do_not_email_contact_is_blocked(string spelling)
    {
        var response = await CheckAsync(new { to = new[] { spelling }, subject = "Figures", body = Mail });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var check = await JsonOf(response);
        Assert.Equal("block", check.GetProperty("verdict").GetString());
        var finding = Assert.Single(check.GetProperty("findings").EnumerateArray(), finding => finding.GetProperty("code").GetString() == "do-not-email");
        Assert.Equal(spelling, finding.GetProperty("recipient").GetString());
    }

    [Fact]
    public async Task A_sub_address_is_blocked_for_its_base_and_the_evidence_says_why()
    {
        var check = await JsonOf(await CheckAsync(new { to = new[] { "press+news@nodpublishers.com" }, subject = "Figures", body = Mail }));

        var finding = Assert.Single(check.GetProperty("findings").EnumerateArray());
        Assert.Contains("sub-address of press@nodpublishers.com", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        var evidence = finding.GetProperty("evidence").EnumerateArray().Single(item => item.GetProperty("fact").GetString() == "address.sub_address_of");
        Assert.Contains("blocking is the safe side", evidence.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sub_address_is_not_taken_for_its_base_contact_for_anything_but_do_not_email()
    {
        var check = await JsonOf(await CheckAsync(new { to = new[] { "noah.fox+tickets@nodpublishers.com" }, subject = "Figures", body = Mail }));

        Assert.Equal("ok", check.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, check.GetProperty("recipients")[0].GetProperty("contact").ValueKind);
    }

    [Fact]
    public async Task Two_spellings_of_one_address_in_a_draft_are_a_duplicate()
    {
        var response = await CheckAsync(new { to = new[] { "noah.fox@nodpublishers.com" }, cc = new[] { "\"Noah.Fox\"@nodpublishers.com." }, subject = "Figures", body = Mail });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("appear more than once", (await JsonOf(response)).GetProperty("errors").GetProperty("to")[0].GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<int> HiddenCharacters() =>
    [
        0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
        0x2066, 0x2067, 0x2068, 0x2069,
        0x00AD, 0xFEFF,
    ];

    [Theory]
    [MemberData(nameof(HiddenCharacters))]
    public async Task An_address_with_an_invisible_or_direction_changing_character_is_a_400_naming_the_field_and_the_character(int code)
    {
        var hidden = (char)code;
        var before = (await app.DecisionsAsync(Tenant)).Count;

        var response = await CheckAsync(new { to = new[] { "sara.lind@tailwindtraders.com", $"pre{hidden}ss@nodpublishers.com" }, subject = "Figures", body = Mail });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = (await JsonOf(response)).GetProperty("errors").GetProperty("to[1]")[0].GetString();
        Assert.Contains($"U+{code:X4}", message, StringComparison.Ordinal);
        Assert.Contains($"'pre<U+{code:X4}>ss@nodpublishers.com'", message, StringComparison.Ordinal);
        Assert.Equal(before, (await app.DecisionsAsync(Tenant)).Count);
    }

    [Theory]
    [InlineData("cc")]
    [InlineData("bcc")]
    public async Task A_hidden_character_in_cc_or_bcc_is_named_there(string field)
    {
        var draft = new Dictionary<string, object>
        {
            ["to"] = new[] { "sara.lind@tailwindtraders.com" },
            [field] = new[] { "noah.fox@nodpublishers.com", "press@nodpublishers.com\u202E" },
            ["subject"] = "Figures",
            ["body"] = Mail,
        };

        var response = await CheckAsync(draft);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("U+202E RIGHT-TO-LEFT OVERRIDE", (await JsonOf(response)).GetProperty("errors").GetProperty($"{field}[1]")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hidden_character_in_the_sender_is_named()
    {
        var response = await CheckAsync(new { sender = "anna.berg\u200B@contoso.com", to = new[] { "sara.lind@tailwindtraders.com" }, subject = "Figures", body = Mail });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("U+200B ZERO WIDTH SPACE", (await JsonOf(response)).GetProperty("errors").GetProperty("sender")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("press@[127.0.0.1]")]
    [InlineData("press@[IPv6:2001:db8::1]")]
    [InlineData("press@192.0.2.10")]
    [InlineData("press@192.0.2.10.")]
    public async Task An_address_at_an_ip_literal_is_a_400(string address)
    {
        var response = await CheckAsync(new { to = new[] { address }, subject = "Figures", body = Mail });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = (await JsonOf(response)).GetProperty("errors").GetProperty("to[0]");
        Assert.Contains("IP address", Assert.Single(messages.EnumerateArray()).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recipient_lookup_refuses_hidden_characters_and_ip_literals_too()
    {
        var response = await app.SellerClient(Tenant).PostAsJsonAsync("/api/v1/recipients/lookup",
            new { addresses = new[] { "noah.fox@nodpublishers.com", "press\u2066@nodpublishers.com", "press@[192.0.2.10]" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonOf(response)).GetProperty("errors");
        Assert.Contains("U+2066 LEFT-TO-RIGHT ISOLATE", errors.GetProperty("addresses[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("IP address", errors.GetProperty("addresses[2]")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recipient_lookup_finds_the_contact_under_another_spelling()
    {
        var cards = await JsonOf(await app.SellerClient(Tenant).PostAsJsonAsync("/api/v1/recipients/lookup",
            new { addresses = new[] { "\"Sara.Lind\"@tailwindtraders.com.", "lena@BÜCHER.example" } }));

        Assert.Equal("Sara", cards[0].GetProperty("contact").GetProperty("firstName").GetString());
        Assert.True(cards[1].GetProperty("contact").GetProperty("doNotEmail").GetBoolean());
        Assert.Equal("Bücher Verlag", cards[1].GetProperty("account").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_crm_import_with_a_respelled_contact_or_domain_or_a_hidden_character_names_each_file_and_line_and_imports_nothing()
    {
        var tenant = ValueCheckApplication.OwnTenants[3];
        var manager = app.ManagerClient(tenant);
        const string AccountsHeader = "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products";
        const string ContactsHeader = "email,account_id,first_name,last_name,title,do_not_email";

        var response = await manager.PostAsync("/api/v1/crm/import", CrmImportRequests.Files(
            $"{AccountsHeader}\nB1,Bücher,bücher.example,customer,,,,0,\nB2,Books,XN--BCHER-KVA.example.,prospect,,,,0,\nB3,Nod,nodpublishers.com,prospect,,,mia@[192.0.2.1],0,\n",
            $"{ContactsHeader}\npress@nodpublishers.com,B3,Press,Office,,true\n\"\"\"Press\"\"@NodPublishers.com.\",B3,Press,Again,,false\neva\u200F@nodpublishers.com,B3,Eva,Lopez,,false\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonOf(response)).GetProperty("errors");
        Assert.Equal(
            [
                "accounts.csv:3: domain 'XN--BCHER-KVA.example.' is another spelling of 'bücher.example', which already belongs to account 'B1' (line 2)",
                "accounts.csv:4: owner_email 'mia@[192.0.2.1]' is at the IP address [192.0.2.1], not at a domain name; use the address at the organisation's domain.",
            ],
            errors.GetProperty("accounts.csv").EnumerateArray().Select(error => error.GetString()));
        Assert.Equal(
            [
                "contacts.csv:3: duplicate email '\"Press\"@NodPublishers.com.' (another spelling of 'press@nodpublishers.com' on line 2)",
                "contacts.csv:4: email 'eva<U+200F>@nodpublishers.com' contains U+200F RIGHT-TO-LEFT MARK, a character that changes the direction of the text around it; type the address again without it.",
            ],
            errors.GetProperty("contacts.csv").EnumerateArray().Select(error => error.GetString()));
        var lookup = await JsonOf(await app.SellerClient(tenant).PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses = new[] { "press@nodpublishers.com" } }));
        Assert.Equal(JsonValueKind.Null, lookup[0].GetProperty("contact").ValueKind);
    }

    [Fact]
    public async Task A_policy_exemption_with_a_hidden_character_is_a_400_naming_it()
    {
        using var save = new HttpRequestMessage(HttpMethod.Put, "/api/v1/policies/current")
        {
            Content = JsonContent.Create(new { exemptAddresses = new[] { "pat@litware.com", "press\uFEFF@nodpublishers.com" }, exemptDomains = new[] { "nod\u00ADpublishers.com" } }),
        };
        save.Headers.TryAddWithoutValidation("If-Match", "\"0\"");

        var response = await app.ManagerClient(ValueCheckApplication.OwnTenants[4]).SendAsync(save);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonOf(response)).GetProperty("errors");
        Assert.Contains("U+FEFF ZERO WIDTH NO-BREAK SPACE", errors.GetProperty("exemptAddresses[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("U+00AD SOFT HYPHEN", errors.GetProperty("exemptDomains[0]")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exempt_address_is_exempt_in_any_spelling_but_its_sub_addresses_are_not()
    {
        var tenant = ValueCheckApplication.OwnTenants[5];
        await app.ImportCrmAsync(tenant, Accounts, Contacts);
        await app.ManagerClient(tenant).SavePolicyAsync("""{ "exemptAddresses": ["\"Press\"@NodPublishers.com."] }""");

        var exact = await JsonOf(await app.SellerClient(tenant).PostAsJsonAsync("/api/v1/checks", new { to = new[] { "press@nodpublishers.com" }, subject = "Figures", body = Mail }));
        var tagged = await JsonOf(await app.SellerClient(tenant).PostAsJsonAsync("/api/v1/checks", new { to = new[] { "press+news@nodpublishers.com" }, subject = "Figures", body = Mail }));

        Assert.Equal("ok", exact.GetProperty("verdict").GetString());
        Assert.Equal("block", tagged.GetProperty("verdict").GetString());
    }
}
