using System.Security.Cryptography;
using System.Text;
using OutlookValueCheck.Api.Decisions;

namespace OutlookValueCheck.Api.Tests.Decisions;

/// <summary>Stored hashes are compared across checks and decisions, so every way of computing one must agree.</summary>
public sealed class AddressHashTests
{
    private static readonly byte[] Secret = RandomNumberGenerator.GetBytes(32);
    private readonly AddressHash _hashes = new(Secret);

    [Fact]
    public void A_checks_recipients_hash_as_each_address_alone_does_in_order_and_normalised()
    {
        string[] addresses = ["Julia.Berg@Adatum.com ", "sara.lind@tailwindtraders.com", "omar.haddad@bellowscollege.com"];

        var joined = _hashes.JoinedOf("tenant-a", addresses);

        Assert.Equal(string.Join(',', addresses.Select(address => _hashes.Of("tenant-a", address))), joined);
        Assert.Equal(_hashes.Of("tenant-a", "julia.berg@adatum.com"), joined.Split(',')[0]);
        Assert.Equal(64, joined.Split(',')[0].Length);
    }

    [Fact]
    public void A_hash_is_the_HMAC_SHA256_of_the_trimmed_lower_case_UTF8_address_keyed_by_the_tenants_key_from_the_secret_in_lower_case_hex()
    {
        // The tenant's key is HKDF-SHA256 of the deployment's secret, no salt, with "address-hash:<tenant>" as context.
        static string Expected(string tenant, string normalised) => Convert.ToHexStringLower(HMACSHA256.HashData(
            HKDF.DeriveKey(HashAlgorithmName.SHA256, Secret, 32, [], Encoding.UTF8.GetBytes("address-hash:" + tenant)), Encoding.UTF8.GetBytes(normalised)));
        var long_ = new string('a', 300) + "@Example.com";

        Assert.Equal(Expected("tenant-a", "zoë.müller@adatum.com"), _hashes.Of("tenant-a", " Zoë.MÜLLER@Adatum.com\t"));
        Assert.Equal(Expected("tenant-a", long_.ToLowerInvariant()), _hashes.Of("tenant-a", long_));
        Assert.Equal(Expected("tenant-b", "a@b.com") + "," + Expected("tenant-b", "c@d.com"), _hashes.JoinedOf("tenant-b", ["A@b.com", "c@D.com"]));
    }

    [Fact]
    public void Every_spelling_of_one_mailbox_hashes_alike_so_respelling_cannot_make_a_second_person()
    {
        var normal = _hashes.Of("tenant-a", "press@nodpublishers.com");

        Assert.Equal(normal, _hashes.Of("tenant-a", "press@nodpublishers.com."));
        Assert.Equal(normal, _hashes.Of("tenant-a", "\"press\"@NodPublishers.com"));
        Assert.Equal(_hashes.Of("tenant-a", "lena@xn--bcher-kva.de"), _hashes.Of("tenant-a", "Lena@Bücher.de"));
        // A sub-address is its own mailbox for every rule but do-not-email, so it stays its own person here.
        Assert.NotEqual(normal, _hashes.Of("tenant-a", "press+news@nodpublishers.com"));
    }

    [Fact]
    public void The_same_address_hashes_differently_in_another_tenant()
    {
        Assert.NotEqual(_hashes.JoinedOf("tenant-a", ["julia.berg@adatum.com"]), _hashes.JoinedOf("tenant-b", ["julia.berg@adatum.com"]));
        Assert.Equal("", _hashes.JoinedOf("tenant-a", []));
    }

    [Fact]
    public void Without_the_secret_the_tenant_id_reproduces_no_hash_and_another_secret_hashes_differently()
    {
        var other = new AddressHash(RandomNumberGenerator.GetBytes(32));
        var keyedByTenant = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("tenant-a"), Encoding.UTF8.GetBytes("julia.berg@adatum.com")));

        // The same thread alternates between the two deployments: its kept HMAC must follow the key.
        var mine = _hashes.Of("tenant-a", "julia.berg@adatum.com");
        var theirs = other.Of("tenant-a", "julia.berg@adatum.com");

        Assert.NotEqual(keyedByTenant, mine);
        Assert.NotEqual(mine, theirs);
        Assert.Equal(mine, _hashes.Of("tenant-a", "julia.berg@adatum.com"));
        Assert.Equal(theirs, other.Of("tenant-a", "julia.berg@adatum.com"));
    }

    [Fact]
    public void The_key_id_names_the_secret_without_being_a_hash_key()
    {
        var again = new AddressHash(Secret);
        var other = new AddressHash(RandomNumberGenerator.GetBytes(32));

        Assert.Equal(16, _hashes.KeyId.Length);
        Assert.Equal(_hashes.KeyId, again.KeyId);
        Assert.NotEqual(_hashes.KeyId, other.KeyId);
        Assert.DoesNotContain(_hashes.KeyId, Convert.ToHexStringLower(Secret), StringComparison.Ordinal);
    }
}
