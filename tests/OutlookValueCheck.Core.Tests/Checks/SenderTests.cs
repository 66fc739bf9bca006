using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;
using static OutlookValueCheck.Core.Tests.Checks.Scenario;

namespace OutlookValueCheck.Core.Tests.Checks;

/// <summary>
/// A draft sent from another mailbox of the organisation (shared, a sister brand's, a colleague's by delegation)
/// raises everything the writer's own would: one test per detector that reads the sender.
/// </summary>
public sealed class SenderTests
{
    private const string Owner = "joao.costa@contoso.com";

    // "Contoso" is a stranger's introduction, or "about us", only because it is the seller's own name.
    private const string IntroPitch = "I would like to introduce Contoso to your team. Could we set up a quick call next week?";
    private const string AboutUs =
        "Big news: Contoso won the Analytics Award this year, and Contoso was named a leader by Forrester. Contoso has just released Contoso Insights. "
        + "Thank you for reading, and have a good week, you deserve it!";

    private static IReadOnlyList<FindingCode> CodesOf(string body, RecipientFacts recipient, string? sender, string? author = Seller) =>
        Checkers.Lexicon.Check(new Draft { Sender = sender, Author = author, To = [recipient.Address], Subject = "Hello", Body = body, AsOf = Today }, [recipient], Policy.Default).Codes();

    public static TheoryData<string> OtherInternalMailboxes() => ["deals@contoso-sales.com", "sales@contoso.com", Owner];

    [Theory]
    [MemberData(nameof(OtherInternalMailboxes))]
    public void A_pitch_from_another_mailbox_is_still_a_pitch_to_a_customer(string sender)
    {
        Assert.Contains(FindingCode.PitchToCustomer, CodesOf(IntroPitch, Recipient("pat@fabrikam.com", Account(Relationship.Customer, owner: Owner)), sender));
    }

    [Theory]
    [MemberData(nameof(OtherInternalMailboxes))]
    public void A_pitch_from_another_mailbox_still_ignores_a_former_customers_history(string sender)
    {
        Assert.Contains(FindingCode.FormerCustomer, CodesOf(IntroPitch, Recipient("ken@wingtip.com", Account(Relationship.FormerCustomer, "Wingtip")), sender));
    }

    [Theory]
    [MemberData(nameof(OtherInternalMailboxes))]
    public void A_pitch_from_another_mailbox_still_puts_a_renewal_at_risk(string sender)
    {
        var renewing = Recipient("pat@fabrikam.com", Account(Relationship.Customer, renewal: DateOnly.FromDateTime(Today.UtcDateTime).AddDays(30)));

        Assert.Contains(FindingCode.AtRiskAccount, CodesOf(IntroPitch, renewing, sender));
    }

    [Theory]
    [MemberData(nameof(OtherInternalMailboxes))]
    public void A_mail_about_us_from_another_mailbox_is_still_seller_centric(string sender)
    {
        Assert.Contains(FindingCode.SellerCentric, CodesOf(AboutUs, Recipient("julia@adatum.com", Account(Relationship.Prospect, "Adatum")), sender));
    }

    [Theory]
    [MemberData(nameof(OtherInternalMailboxes))]
    public void The_owners_mailbox_as_sender_does_not_make_the_writer_the_owner(string sender)
    {
        Assert.Contains(FindingCode.OwnedByColleague, CodesOf(GenericPitch, Recipient("pat@fabrikam.com", Account(Relationship.Customer, owner: Owner)), sender));
    }

    [Fact]
    public void The_owner_writing_from_a_shared_mailbox_is_the_owner_in_any_spelling()
    {
        var codes = CodesOf(GenericPitch, Recipient("pat@fabrikam.com", Account(Relationship.Customer, owner: "Joao.Costa@Contoso.com.")), "sales@contoso.com", author: Owner);

        Assert.DoesNotContain(FindingCode.OwnedByColleague, codes);
    }

    [Fact]
    public void Without_an_author_the_sender_is_the_writer_as_in_an_audit()
    {
        var owned = Recipient("pat@fabrikam.com", Account(Relationship.Customer, owner: Owner));

        Assert.DoesNotContain(FindingCode.OwnedByColleague, CodesOf(GenericPitch, owned, Owner, author: null));
        Assert.Contains(FindingCode.OwnedByColleague, CodesOf(GenericPitch, owned, Seller, author: null));
    }
}
