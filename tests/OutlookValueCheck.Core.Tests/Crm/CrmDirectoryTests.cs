using OutlookValueCheck.Core.Crm;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Tests.Crm;

public sealed class CrmDirectoryTests
{
    private static readonly CrmAccount Fabrikam = new() { Id = "A1", Name = "Fabrikam", Domain = "fabrikam.com", Relationship = Relationship.Customer };
    private static readonly CrmAccount Partner = new() { Id = "A2", Name = "Proseware", Domain = "proseware.com", Relationship = Relationship.Partner };

    private static readonly CrmDirectory Directory = new(
        [Fabrikam, Partner],
        [new CrmContact { Email = "priya@fabrikam.com", AccountId = "A1", FirstName = "Priya" }, new CrmContact { Email = "nina@gmail.com", AccountId = "A2" }]);

    [Fact]
    public void A_contact_is_found_by_address_whatever_its_case()
    {
        var (contact, account) = Directory.Find("Priya@FABRIKAM.com");

        Assert.Equal("Priya", contact?.FirstName);
        Assert.Same(Fabrikam, account);
    }

    [Fact]
    public void A_contact_belongs_to_its_account_even_on_another_domain()
    {
        Assert.Same(Partner, Directory.Find("nina@gmail.com").Account);
    }

    [Theory]
    [InlineData("someone@fabrikam.com")]
    [InlineData("someone@emea.fabrikam.com")]
    [InlineData("someone@a.b.FABRIKAM.com")]
    public void An_unknown_address_matches_the_account_of_its_domain_or_parent_domain(string address)
    {
        var (contact, account) = Directory.Find(address);

        Assert.Null(contact);
        Assert.Same(Fabrikam, account);
    }

    [Theory]
    [InlineData("someone@notfabrikam.com")]
    [InlineData("someone@fabrikam.com.evil.net")]
    [InlineData("no-at-sign")]
    public void Look_alike_domains_do_not_match(string address)
    {
        Assert.Null(Directory.Find(address).Account);
    }
}
