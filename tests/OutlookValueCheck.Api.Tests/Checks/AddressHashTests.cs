using OutlookValueCheck.Api.Checks;

namespace OutlookValueCheck.Api.Tests.Checks;

/// <summary>Stored hashes are compared across checks and decisions, so every way of computing one must agree.</summary>
public sealed class AddressHashTests
{
    [Fact]
    public void A_checks_recipients_hash_as_each_address_alone_does_in_order_and_normalised()
    {
        string[] addresses = ["Julia.Berg@Adatum.com ", "sara.lind@tailwindtraders.com", "omar.haddad@bellowscollege.com"];

        var joined = AddressHash.JoinedOf("tenant-a", addresses);

        Assert.Equal(string.Join(',', addresses.Select(address => AddressHash.Of("tenant-a", address))), joined);
        Assert.Equal(AddressHash.Of("tenant-a", "julia.berg@adatum.com"), joined.Split(',')[0]);
        Assert.Equal(64, joined.Split(',')[0].Length);
    }

    [Fact]
    public void A_hash_is_the_HMAC_SHA256_of_the_trimmed_lower_case_UTF8_address_keyed_by_the_tenant_in_lower_case_hex()
    {
        static string Expected(string tenant, string normalised) => Convert.ToHexStringLower(
            System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(tenant), System.Text.Encoding.UTF8.GetBytes(normalised)));
        var long_ = new string('a', 300) + "@Example.com";

        Assert.Equal(Expected("tenant-a", "zoë.müller@adatum.com"), AddressHash.Of("tenant-a", " Zoë.MÜLLER@Adatum.com\t"));
        Assert.Equal(Expected("tenant-a", long_.ToLowerInvariant()), AddressHash.Of("tenant-a", long_));
        Assert.Equal(Expected("tenant-b", "a@b.com") + "," + Expected("tenant-b", "c@d.com"), AddressHash.JoinedOf("tenant-b", ["A@b.com", "c@D.com"]));
    }

    [Fact]
    public void The_same_address_hashes_differently_in_another_tenant()
    {
        Assert.NotEqual(AddressHash.JoinedOf("tenant-a", ["julia.berg@adatum.com"]), AddressHash.JoinedOf("tenant-b", ["julia.berg@adatum.com"]));
        Assert.Equal("", AddressHash.JoinedOf("tenant-a", []));
    }
}
