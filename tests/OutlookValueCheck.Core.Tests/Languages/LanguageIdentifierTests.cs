using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Languages;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;
using OutlookValueCheck.Core.Tests.Checks;

namespace OutlookValueCheck.Core.Tests.Languages;

public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("Hi Dana, just checking in on the proposal from last week, any thoughts on it?", "en")]
    [InlineData("Hallo Frau Berger, ich wollte mich kurz melden – gibt es schon Neuigkeiten zu unserem Angebot?", "de")]
    [InlineData("Bonjour Madame Lefèvre, je me permets de vous présenter notre solution et de vous proposer un appel de découverte.", "fr")]
    [InlineData("Hola Carmen, ¿tienes cinco minutos esta semana para una llamada sobre la renovación del contrato?", "es")]
    [InlineData("Ciao Marco, ti scrivo per il rinnovo del contratto che scade il mese prossimo.", "it")]
    [InlineData("Hoi Sanne, ik wilde even vragen of je de offerte van vorige week al hebt kunnen bekijken.", "nl")]
    // Languages that share words with the four the common-word shortcut knows still reach Lingua.
    [InlineData("Olá Ana, queria saber se já teve tempo para ver a nossa proposta para a renovação do contrato.", "pt")]
    [InlineData("Hej Karin, jag ville bara höra om du har hunnit titta på vårt erbjudande från förra veckan.", "sv")]
    [InlineData("Hej Mette, jeg ville lige høre om du har haft tid til at se på vores tilbud fra sidste uge.", "da")]
    [InlineData("Dzień dobry, chciałem zapytać, czy mieli Państwo czas zapoznać się z naszą ofertą z zeszłego tygodnia.", "pl")]
    [InlineData("Ciao Giulia, le scrivo per sapere se ha avuto il tempo di guardare la nostra offerta per il rinnovo.", "it")]
    public void The_language_a_seller_wrote_in_is_told(string text, string code)
    {
        Assert.Equal(code, LanguageIdentifier.Shared.Identify(text)?.Code);
    }

    [Theory]
    [InlineData("Thanks!")]
    [InlineData("Danke, Anna")]
    [InlineData("")]
    public void Too_little_text_is_no_language(string text)
    {
        Assert.Null(LanguageIdentifier.Shared.Identify(text));
    }

    private static readonly RecipientFacts Customer = new()
    {
        Address = "j.berger@fabrikam.de",
        Contact = new CrmContact { Email = "j.berger@fabrikam.de", FirstName = "Julia", LastName = "Berger", DoNotEmail = true },
    };

    [Fact]
    public void A_mail_in_a_language_the_judge_does_not_read_is_not_judged_says_so_and_still_has_its_facts_checked()
    {
        var draft = new Draft
        {
            Sender = "anna@contoso.com", To = [Customer.Address], Subject = "Kurze Frage",
            Body = "Hallo Frau Berger,\n\nich wollte mich kurz melden – gibt es schon Neuigkeiten zu unserem Angebot? Ich freue mich auf Ihre Rückmeldung.\n\nViele Grüße\nAnna",
            AsOf = DateTimeOffset.UnixEpoch,
        };

        var result = Checkers.Lexicon.Check(draft, [Customer], Policy.Default);

        Assert.Equal(new TextCheck("de", "German", Judged: false, Cut: false, "The text of this mail was not checked (it looks German)."), result.Text);
        Assert.Equal([FindingCode.DoNotEmail], result.Findings.Select(finding => finding.Code));
    }

    [Fact]
    public void An_english_mail_is_judged()
    {
        var draft = new Draft { Sender = "anna@contoso.com", To = ["dana@fabrikam.com"], Subject = "Hi", Body = "Hi Dana, just checking in to see if you had a chance to look at my last email.", AsOf = DateTimeOffset.UnixEpoch };

        var result = Checkers.Lexicon.Check(draft, [new RecipientFacts { Address = "dana@fabrikam.com" }], Policy.Default);

        Assert.Equal(new TextCheck("en", "English", Judged: true, Cut: false, NotCheckedNote: null), result.Text);
        Assert.Contains(FindingCode.NoValueCheckIn, result.Findings.Select(finding => finding.Code));
    }
}
