using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Tests.Languages;

/// <summary>
/// Mail that mixes languages is told and judged by what the seller wrote: a German reply above an English thread is
/// German, an English template with a Spanish greeting is English.
/// </summary>
public sealed class MixedLanguageTests
{
    private static readonly ValueChecker Checker = new(MailJudges.Create(MailJudges.Default));

    private static readonly RecipientFacts Customer = new()
    {
        Address = "j.berger@fabrikam.de",
        Account = new CrmAccount { Id = "A1", Name = "Fabrikam", Domain = "fabrikam.de", Relationship = Relationship.Customer, CustomerSince = new DateOnly(2020, 3, 1) },
        Contact = new CrmContact { Email = "j.berger@fabrikam.de", AccountId = "A1", FirstName = "Julia", LastName = "Berger" },
    };

    private static CheckResult Check(string subject, string body) =>
        Checker.Check(new Draft { Sender = "anna@contoso.com", To = [Customer.Address], Subject = subject, Body = body, AsOf = DateTimeOffset.UnixEpoch }, [Customer], Policy.Default);

    [Fact]
    public void A_german_check_in_above_an_english_thread_is_german_and_quotes_only_the_german()
    {
        const string reply = "ich wollte mich kurz melden – gibt es bei Ihnen schon Neuigkeiten zu unserem Angebot?";
        var result = Check("AW: Proposal for the Leipzig site",
            "Hallo Frau Berger,\n\n" + reply + "\n\nViele Grüße\nAnna\n\n" +
            "Am Mo., 12. Okt. 2026 um 17:02 schrieb Julia Berger <j.berger@fabrikam.de>:\n" +
            "> Thanks Anna, we will review the proposal for the Leipzig site with our board next week and get back to you.\n" +
            "> The board meets on Thursday and the budget for next year is on the agenda as well.\n");

        Assert.Equal(("de", true), (result.Text?.Language, result.Text?.Judged));
        var checkIn = Assert.Single(result.Findings, finding => finding.Code == FindingCode.NoValueCheckIn);
        var quotes = checkIn.Evidence.OfType<PhraseEvidence>().Where(evidence => evidence.Part == TextPart.Body).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, quote => Assert.Contains(quote.Text, reply, StringComparison.Ordinal));
    }

    [Fact]
    public void An_english_template_with_a_spanish_greeting_is_english_and_judged()
    {
        var result = Check("Introducing Contoso",
            "Hola María,\n\nI would like to introduce Contoso, the leading analytics platform for retailers. " +
            "Are you the right person to talk to? Could we set up a quick intro call next week?\n\nUn saludo,\nAnna");

        Assert.Equal(("en", true), (result.Text?.Language, result.Text?.Judged));
        Assert.Contains(result.Findings, finding => finding.Code == FindingCode.PitchToCustomer);
    }
}
