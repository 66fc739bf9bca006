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
    public void The_same_address_hashes_differently_in_another_tenant()
    {
        Assert.NotEqual(AddressHash.JoinedOf("tenant-a", ["julia.berg@adatum.com"]), AddressHash.JoinedOf("tenant-b", ["julia.berg@adatum.com"]));
        Assert.Equal("", AddressHash.JoinedOf("tenant-a", []));
    }
}
