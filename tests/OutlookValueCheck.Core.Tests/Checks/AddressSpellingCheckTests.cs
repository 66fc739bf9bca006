using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Crm;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;
using static OutlookValueCheck.Core.Tests.Checks.Scenario;

namespace OutlookValueCheck.Core.Tests.Checks;

/// <summary>A recipient spelled another way is the same recipient: for the CRM, do-not-email, exemptions and the draft itself.</summary>
public sealed class AddressSpellingCheckTests
{
    private static readonly CrmAccount Nod = new() { Id = "D06", Name = "Nod Publishers", Domain = "nodpublishers.com", Relationship = Relationship.Prospect };
    private static readonly CrmAccount Buecher = new() { Id = "X01", Name = "Bücher Verlag", Domain = "bücher.example", Relationship = Relationship.Customer };

    private static readonly CrmDirectory Crm = new(
        [Nod, Buecher],
        [
            new CrmContact { Email = "press@nodpublishers.com", AccountId = "D06", FirstName = "Press", LastName = "Office", DoNotEmail = true },
            new CrmContact { Email = "noah.fox@nodpublishers.com", AccountId = "D06", FirstName = "Noah", LastName = "Fox" },
            new CrmContact { Email = "lena@xn--bcher-kva.example", AccountId = "X01", FirstName = "Lena", DoNotEmail = true },
        ]);

    private const string Helpful = "Hi, here are the figures you asked for last week.";

    private static CheckResult CheckTo(string address, Policy? policy = null)
    {
        var draft = new Draft { Sender = Seller, To = [address], Subject = "Figures", Body = Helpful, AsOf = Today };
        return Checkers.Lexicon.Check(draft, [Crm.FactsFor(address)], policy ?? Policy.Default);
    }

    [Theory]
    [InlineData("press@nodpublishers.com.")]
    [InlineData("\"press\"@nodpublishers.com")]
    [InlineData("\"Press\"@NodPublishers.com.")]
    [InlineData("lena@bücher.example")]
    [InlineData("LENA@XN--BCHER-KVA.EXAMPLE.")]
    public void A_do_not_email_contact_blocks_in_any_spelling(string spelling)
    {
        var result = CheckTo(spelling);

        Assert.Equal(Verdict.Block, result.Verdict);
        Assert.Equal(spelling, Assert.Single(result.Findings, finding => finding.Code == FindingCode.DoNotEmail).Recipient);
    }

    [Fact]
    public void An_account_is_found_by_its_domain_in_either_idn_spelling()
    {
        Assert.Same(Buecher, Crm.Find("someone@xn--bcher-kva.example").Account);
        Assert.Same(Buecher, Crm.Find("someone@emea.BÜCHER.example.").Account);
    }

    [Fact]
    public void A_sub_address_of_a_do_not_email_contact_blocks_and_the_evidence_says_it_was_matched_to_its_base()
    {
        var result = CheckTo("press+news@nodpublishers.com");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingCode.DoNotEmail, finding.Code);
        Assert.Equal("press+news@nodpublishers.com is a sub-address of press@nodpublishers.com, and Press Office is marked do-not-email in the CRM; remove them from this mail.", finding.Message);
        var evidence = Assert.Single(finding.Evidence.OfType<FactEvidence>(), fact => fact.Fact == "address.sub_address_of");
        Assert.StartsWith("press@nodpublishers.com (", evidence.Value, StringComparison.Ordinal);
        Assert.Contains("blocking is the safe side", evidence.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_address_of_a_contact_who_may_be_mailed_is_not_that_contact()
    {
        var facts = Crm.FactsFor("noah.fox+orders@nodpublishers.com");

        Assert.Null(facts.Contact);
        Assert.Null(facts.DoNotEmailBaseContact);
        Assert.Same(Nod, facts.Account);
    }

    [Fact]
    public void An_exempt_address_is_exempt_in_any_spelling_and_its_sub_addresses_are_not()
    {
        var policy = Policy.Default with { ExemptAddresses = ["\"Press\"@NodPublishers.com."], ExemptDomains = ["BÜCHER.example."] };

        Assert.Equal(Verdict.Ok, CheckTo("press@nodpublishers.com", policy).Verdict);
        Assert.Equal(Verdict.Ok, CheckTo("lena@xn--bcher-kva.example", policy).Verdict);
        Assert.Equal(Verdict.Block, CheckTo("press+news@nodpublishers.com", policy).Verdict);
    }

    [Fact]
    public void Spellings_of_one_recipient_in_a_draft_are_one_recipient()
    {
        var draft = new Draft { To = ["press@nodpublishers.com"], Cc = ["\"PRESS\"@nodpublishers.com."], Bcc = ["press+news@nodpublishers.com"], AsOf = Today };

        Assert.Equal(["press@nodpublishers.com", "press+news@nodpublishers.com"], draft.AllRecipients());
    }

    [Fact]
    public void Facts_given_under_another_spelling_still_belong_to_the_recipient()
    {
        var draft = new Draft { Sender = Seller, To = ["\"Press\"@nodpublishers.com."], Subject = "Figures", Body = Helpful, AsOf = Today };

        var result = Checkers.Lexicon.Check(draft, [Crm.FactsFor("press@nodpublishers.com")], Policy.Default);

        Assert.Equal(Verdict.Block, result.Verdict);
    }
}
