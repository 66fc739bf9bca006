using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Tests.Abuse;

public sealed class StoredAddressesOnSqliteTests(ValueCheckApplication app) : StoredAddressAbuseTests(app), IClassFixture<ValueCheckApplication>;

public sealed class StoredAddressesOnPostgresTests(PostgresValueCheckApplication app) : StoredAddressAbuseTests(app), IClassFixture<PostgresValueCheckApplication>;

/// <summary>
/// Whoever holds the database (a backup, a replica, a copied file) holds every decision row with the tenant ID beside
/// its hashes, and addresses to guess with: the CRM's contacts and owners, the policy's authors. With hashes keyed by
/// the tenant ID that dictionary reversed them and mapped who mailed whom, when, with which verdict. Keyed by a secret
/// that is not in the database, nothing stored can reproduce them, while the same person still hashes alike.
/// </summary>
public abstract class StoredAddressAbuseTests(ValueCheckApplication app)
{
    private const string Seller = "owner.one@contoso.com";
    private const string Manager = "policy.author@contoso.com";
    private static readonly string[] Recipients = ["sara.lind@tailwindtraders.com", "julia.berg@adatum.com"];

    [Fact]
    public async Task Hashes_in_stored_decisions_cannot_be_reversed_with_a_dictionary_built_from_the_same_database()
    {
        var tenant = ValueCheckApplication.OwnTenants[0];
        await app.ImportCrmAsync(tenant,
            "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products\n" +
            $"tw,Tailwind Traders,tailwindtraders.com,customer,2020-01-01,,{Seller},0,\n" +
            "ad,A. Datum Corporation,adatum.com,prospect,,,owner.two@contoso.com,0,\n",
            "email,account_id,first_name,last_name,title,do_not_email\n" +
            $"{Recipients[0]},tw,Sara,Lind,CTO,false\n" +
            $"{Recipients[1]},ad,Julia,Berg,CFO,false\n");
        await app.ClientWith(app.Token(tenant, user: Manager, scope: null, roles: ["ValueCheck.PolicyManager"]))
            .SavePolicyAsync("""{ "thresholds": { "fatigueMessageCount": 5 } }""");
        var seller = app.ClientWith(app.Token(tenant, user: Seller));
        foreach (var to in new[] { Recipients, Recipients[..1] })
        {
            var response = await seller.PostAsJsonAsync("/api/v1/checks", new { to, subject = "Hi", body = "Just checking in! Any updates?", bodyFormat = "text" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var decisions = await app.DecisionsAsync(tenant);
        var dictionary = await DictionaryFromTheDatabaseAsync(tenant);

        Assert.Equal(2, decisions.Count);
        Assert.Superset(new HashSet<string>([Seller, Manager, .. Recipients]), dictionary.ToHashSet());
        var stored = decisions.SelectMany(row => (row.RecipientHashes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Append(row.SellerHash ?? "")).ToHashSet();
        foreach (var row in decisions)
        {
            // Every value stored beside the hashes is a key an attacker tries, and no key at all.
            string[] keys = [row.TenantId, row.TenantId.ToUpperInvariant(), row.CheckId.ToString(), row.Codes, row.Verdict, ""];
            var guesses = keys.SelectMany(key => dictionary.SelectMany(address => new[]
            {
                Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(address))),
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key + address))),
            }));
            Assert.DoesNotContain(guesses, stored.Contains);
        }
        // Still pseudonyms that count per person: the seller hashes alike in both checks, and so does Sara.
        var ordered = decisions.OrderBy(row => row.Key).ToList();
        Assert.Equal(ordered[0].SellerHash, ordered[1].SellerHash);
        Assert.Equal(ordered[0].RecipientHashes!.Split(',')[0], ordered[1].RecipientHashes);
        Assert.NotEqual(ordered[0].SellerHash, ordered[1].RecipientHashes);
    }

    /// <summary>Every address the database itself holds: CRM contacts, account owners, policy authors.</summary>
    private async Task<List<string>> DictionaryFromTheDatabaseAsync(string tenant)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant);
        var db = scope.ServiceProvider.GetRequiredService<ValueCheckDbContext>();
        var contacts = await db.CrmContacts.Select(contact => contact.Email).ToListAsync();
        var owners = await db.CrmAccounts.Where(account => account.OwnerEmail != null).Select(account => account.OwnerEmail!).ToListAsync();
        var authors = await db.PolicyVersions.Select(version => version.ChangedBy).ToListAsync();
        return contacts.Concat(owners).Concat(authors).Select(address => address.Trim().ToLowerInvariant()).Distinct().ToList();
    }
}
