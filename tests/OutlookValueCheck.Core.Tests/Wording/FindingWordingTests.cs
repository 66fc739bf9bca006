using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;
using OutlookValueCheck.Core.Tests.Checks;
using OutlookValueCheck.Core.Wording;

namespace OutlookValueCheck.Core.Tests.Wording;

/// <summary>
/// The check speaks the seller's display language (English, German, French, Spanish): the findings, the quote of the
/// seller's sentence, the value question and the built-in reasons; the evidence (offsets into the seller's own text)
/// is the same whatever the language.
/// </summary>
public sealed class FindingWordingTests
{
    private static readonly RecipientFacts Pat = Scenario.Recipient("pat@fabrikam.com", Scenario.Account(Relationship.Customer, cases: 2));

    private static CheckResult CheckIn(string? displayLanguage, Policy? policy = null) =>
        Checkers.Lexicon.Check(Scenario.Draft("Hi Pat,\n\nJust checking in. Any updates?\n\nAnna", Pat), [Pat], policy ?? Policy.Default, displayLanguage);

    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("de-AT", "de")]
    [InlineData("de-CH", "de")]
    [InlineData("fr-FR", "fr")]
    [InlineData("fr-CA", "fr")]
    [InlineData("fr-BE", "fr")]
    [InlineData("es-ES", "es")]
    [InlineData("es-MX", "es")]
    [InlineData("es-419", "es")]
    [InlineData("en-GB", "en")]
    [InlineData("it-IT", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void The_display_language_picks_the_wording_and_anything_else_is_english(string? displayLanguage, string expected)
    {
        Assert.Equal(expected, Wordings.For(displayLanguage).Language);
    }

    [Theory]
    [InlineData("de-DE", "Diese Mail meldet sich nur („Just checking in.“) und bringt Pat Lee nichts Neues; sagen Sie, was sich geändert hat oder was Sie für sie tun können.", "Bringt das dem Empfänger etwas?")]
    [InlineData("fr-FR", "Ce message ne fait que relancer («\u00a0Just checking in.\u00a0») et n'apporte rien de nouveau à Pat Lee\u00a0; dites ce qui a changé ou ce que vous pouvez faire pour eux.", "Est-ce que cela leur apporte quelque chose\u00a0?")]
    [InlineData("es-ES", "Este correo solo hace seguimiento («Just checking in.») y no le aporta nada nuevo a Pat Lee; diga qué ha cambiado o qué puede hacer por ellos.", "¿Esto les aporta algo?")]
    [InlineData("en-US", "This mail only checks in (“Just checking in.”) and gives Pat Lee nothing new; say what changed or what you can do for them.", "Does this add value for them?")]
    public void A_finding_and_the_value_question_are_said_in_the_sellers_language(string displayLanguage, string message, string question)
    {
        var result = CheckIn(displayLanguage);

        Assert.Equal(message, result.Findings.Single(finding => finding.Code == FindingCode.NoValueCheckIn).Message);
        Assert.Equal(question, result.ValueQuestion!.Question);
        Assert.Equal(Wordings.For(displayLanguage).DefaultValueReasons, result.ValueQuestion.Reasons);
    }

    [Fact]
    public void The_evidence_is_the_same_in_every_language()
    {
        var english = CheckIn("en");

        foreach (var language in new[] { "de", "fr", "es" })
        {
            var other = CheckIn(language);
            Assert.Equal(english.Findings.Select(finding => (finding.Code, finding.Recipient)), other.Findings.Select(finding => (finding.Code, finding.Recipient)));
            Assert.Equal(english.Findings.SelectMany(finding => finding.Evidence), other.Findings.SelectMany(finding => finding.Evidence));
        }
    }

    [Fact]
    public void The_managers_own_reasons_are_kept_as_written()
    {
        var policy = Policy.Default with { ValueAnswerReasons = ["Kunde hat gefragt", "Customer asked"] };

        Assert.Equal(["Kunde hat gefragt", "Customer asked"], CheckIn("fr-FR", policy).ValueQuestion!.Reasons);
    }

    [Fact]
    public void A_text_not_checked_is_said_in_the_sellers_language()
    {
        var draft = Scenario.Draft("Buongiorno Pat, le invio il confronto richiesto dal suo team: da sei a nove settimane per un team come il suo.", Pat);

        var result = Checkers.Lexicon.Check(draft, [Pat], Policy.Default, "es-MX");

        Assert.Equal("El texto de este correo no se revisó (parece estar en italiano).", result.Text!.NotCheckedNote);
        Assert.Equal("Italian", result.Text.LanguageName); // the audit's and the report's name stays English
    }

    /// <summary>Every sentence of every language, filled with the same values: none is empty, none is left in English.</summary>
    public static TheoryData<string> OtherLanguages => ["de", "fr", "es"];

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_sentence_is_translated(string language)
    {
        var sentences = Sentences(Wordings.For(language)).ToList();
        var english = Sentences(Wordings.English).ToList();

        Assert.Equal(english.Count, sentences.Count);
        for (var i = 0; i < english.Count; i++)
        {
            Assert.False(string.IsNullOrWhiteSpace(sentences[i]));
            Assert.NotEqual(english[i], sentences[i]);
            if (english[i].Contains("Fabrikam", StringComparison.Ordinal))
                Assert.Contains("Fabrikam", sentences[i], StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> Sentences(FindingWording wording)
    {
        var since = new DateOnly(2021, 4, 12);
        foreach (var sure in new[] { true, false })
        {
            yield return wording.PitchToCustomer("Fabrikam", since, sure, "Pat Lee", wording.QuoteAside("Hello"));
            yield return wording.PitchToCustomer("Fabrikam", null, sure, "Pat Lee", "");
            yield return wording.FormerCustomer("Fabrikam", since, sure, "");
            yield return wording.FormerCustomer("Fabrikam", null, sure, "");
            yield return wording.FormerCustomerAboutUs("Fabrikam", since, sure, wording.QuoteAside("We are the leading provider"));
            yield return wording.FormerCustomerAboutUs("Fabrikam", null, sure, "");
            yield return wording.CheckIn(sure, "", "Pat Lee");
            yield return wording.SellerCentric(sure, "", "Pat Lee");
            yield return wording.WordBalance(sure ? 5 : 0, 1);
            yield return wording.RenewalWithoutValue(sure, "Fabrikam", "");
        }
        yield return wording.Placeholder("[First Name]");
        yield return wording.ContactFatigue("Pat Lee", 3, 14);
        yield return wording.AtRiskCases("Fabrikam", 1);
        yield return wording.AtRiskCases("Fabrikam", 2);
        yield return wording.AtRiskRenewal("Fabrikam", 30);
        yield return wording.DoNotEmail("Pat Lee");
        yield return wording.DoNotEmailSubAddress("pat+x@fabrikam.com", "pat@fabrikam.com", "Pat Lee");
        yield return wording.SubAddressOf("pat@fabrikam.com");
        yield return wording.OwnedByColleague("Fabrikam", "sam@contoso.com");
        yield return wording.LookupUnavailable(true, false, "pat@fabrikam.com");
        yield return wording.LookupUnavailable(false, true, "pat@fabrikam.com");
        yield return wording.LookupUnavailable(true, true, "pat@fabrikam.com");
        yield return wording.TextNotChecked("it");
        yield return wording.TextNotChecked(null);
        yield return wording.ValueQuestion;
        foreach (var reason in wording.DefaultValueReasons)
            yield return reason;
    }
}
