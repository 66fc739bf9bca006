using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Wording;

namespace OutlookValueCheck.Core.Tests.Policies;

/// <summary>
/// A manager gives the value-answer reasons in several languages: a seller reads them in their display language, a
/// reason missing a translation falls back to the reason as the manager wrote it, and the built-in reasons come in
/// the add-in's own translations.
/// </summary>
public sealed class ValueAnswerReasonTranslationTests
{
    private const string Team = "0f6c1d2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5";

    private const string Document = $$"""
        {
          "valueAnswerReasons": ["Customer asked for it", "Agreed next step"],
          "valueAnswerReasonTranslations": { "de": ["Vom Kunden erbeten", null], "fr": ["Demandé par le client"] },
          "teams": { "{{Team}}": { "valueAnswerReasons": ["Renewal data they need"] } }
        }
        """;

    private static IReadOnlyList<string> ReasonsFor(string document, string language, params string[] groups) =>
        PolicyParser.Parse(document, groups).Policy!.ValueAnswerReasonsIn(Wordings.For(language));

    [Fact]
    public void A_seller_reads_the_reasons_in_their_language_and_a_missing_one_as_the_manager_wrote_it()
    {
        Assert.Equal(["Vom Kunden erbeten", "Agreed next step"], ReasonsFor(Document, "de-DE"));
        Assert.Equal(["Demandé par le client", "Agreed next step"], ReasonsFor(Document, "fr-CA"));
        Assert.Equal(["Customer asked for it", "Agreed next step"], ReasonsFor(Document, "es-ES"));
        Assert.Equal(["Customer asked for it", "Agreed next step"], ReasonsFor(Document, "en-GB"));
    }

    [Fact]
    public void The_built_in_reasons_come_in_the_add_ins_translations_unless_the_manager_gave_one()
    {
        var document = """{ "valueAnswerReasonTranslations": { "es": ["Lo pidió el cliente"] } }""";

        var spanish = ReasonsFor(document, "es-MX");
        Assert.Equal("Lo pidió el cliente", spanish[0]);
        Assert.Equal(Wordings.For("es").DefaultValueReasons.Skip(1), spanish.Skip(1));
        Assert.Equal(Wordings.For("de").DefaultValueReasons, ReasonsFor("{}", "de-AT"));
    }

    [Fact]
    public void A_team_with_reasons_of_its_own_inherits_no_translations_of_the_tenants()
    {
        Assert.Equal(["Renewal data they need"], ReasonsFor(Document, "de-DE", Team));
    }

    [Theory]
    [InlineData("""{ "valueAnswerReasonTranslations": { "it": ["Richiesto dal cliente"] } }""", "'it' is not a language the add-in speaks")]
    [InlineData("""{ "valueAnswerReasonTranslations": { "de": [""] } }""", "Each translation needs text")]
    public void A_wrong_translation_is_refused_naming_the_field(string document, string message)
    {
        var error = Assert.Single(PolicyParser.Parse(document).Errors);

        Assert.StartsWith("valueAnswerReasonTranslations", error.Field, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
