using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;
using OutlookValueCheck.Core.Text;
using static OutlookValueCheck.Core.Tests.Checks.Scenario;

namespace OutlookValueCheck.Core.Tests.Checks;

/// <summary>
/// To a former customer, a mail only about us is the cold pitch that ignores the history, whether or not it asks for
/// a call (decision 98); to a current customer it stays a seller-centric note.
/// </summary>
public sealed class FormerCustomerTests
{
    private const string AboutUs = "Contoso is the leading provider of fleet software. We won three awards this year.";

    private static readonly RecipientFacts Former = Recipient("ken@wingtip.com", Account(Relationship.FormerCustomer, "Wingtip"));

    private static readonly RecipientFacts Current = Recipient("pat@fabrikam.com", Account(Relationship.Customer));

    /// <summary>A judge that reads what it is told: the first sentence as a pitch or as about us, at a confidence.</summary>
    private sealed class ReadingJudge(float pitch, float aboutUs) : IMailJudge
    {
        public string Name => "reading";

        public bool Reads(string language) => true;

        public MailIntents Judge(string subject, MailText body, ReadingContext context)
        {
            Passage[] first = [new(TextPart.Body, 0, body.Authored.IndexOf('.', StringComparison.Ordinal) + 1, body.Authored)];
            return new MailIntents
            {
                GenericPitch = pitch > 0 ? new Intent(pitch, first) : Intent.Absent,
                SellerCentric = aboutUs > 0 ? new Intent(aboutUs, first) : Intent.Absent,
            };
        }
    }

    private static CheckResult Check(IMailJudge judge, RecipientFacts recipient, Policy? policy = null) =>
        new ValueChecker(judge).Check(Draft(AboutUs, recipient), [recipient], policy ?? Policy.Default);

    [Fact]
    public void A_mail_only_about_us_to_a_former_customer_warns_as_a_cold_pitch_and_quotes_it()
    {
        var result = Check(new ReadingJudge(pitch: 0, aboutUs: 0.9f), Former);

        Assert.Equal([FindingCode.FormerCustomer, FindingCode.SellerCentric], result.Codes());
        Assert.Equal(Verdict.Warn, result.Verdict);
        var finding = result.Findings.Single(finding => finding.Code == FindingCode.FormerCustomer);
        Assert.Equal("ken@wingtip.com", finding.Recipient);
        Assert.Equal("Wingtip was our customer from 2021, but this mail talks only about us (“Contoso is the leading provider of fleet "
            + "software.”), like a cold pitch that ignores that history.", finding.Message);
        Assert.Contains(finding.Evidence, evidence => evidence is PhraseEvidence { Part: TextPart.Body, Start: 0 });
        Assert.Contains(new FactEvidence("account.relationship", "former-customer", "built-in CRM"), finding.Evidence);
    }

    [Fact]
    public void The_same_mail_to_a_current_customer_is_only_seller_centric()
    {
        var result = Check(new ReadingJudge(pitch: 0, aboutUs: 0.9f), Current);

        Assert.Equal([FindingCode.SellerCentric], result.Codes());
        Assert.Equal(Verdict.Ok, result.Verdict);
    }

    [Fact]
    public void A_pitch_to_a_former_customer_is_worded_as_the_pitch_even_when_it_is_about_us_too()
    {
        var result = Check(new ReadingJudge(pitch: 0.6f, aboutUs: 0.9f), Former);

        var finding = result.Findings.Single(finding => finding.Code == FindingCode.FormerCustomer);
        Assert.StartsWith("Wingtip was our customer from 2021, and this reads like a cold pitch", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("low", false)]
    [InlineData("normal", true)]
    public void The_former_customer_sensitivity_decides_how_sure_the_about_us_reading_must_be(string sensitivity, bool raised)
    {
        var policy = PolicyParser.Parse($$"""{ "sensitivity": { "former-customer": "{{sensitivity}}" } }""").Policy!;

        var result = Check(new ReadingJudge(pitch: 0, aboutUs: 0.6f), Former, policy);

        Assert.Equal(raised, result.Codes().Contains(FindingCode.FormerCustomer));
        Assert.Contains(FindingCode.SellerCentric, result.Codes());
    }
}
