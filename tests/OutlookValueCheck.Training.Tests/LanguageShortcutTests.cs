using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Languages;
using OutlookValueCheck.Core.Text;
using Xunit.Abstractions;

namespace OutlookValueCheck.Training.Tests;

/// <summary>
/// The language identifier tells most mail by its commonest words and asks Lingua only when no language stands
/// out. On the authored text of every training mail (four languages, many voices, some mixing languages) the
/// shortcut gives Lingua's answer, or, where they differ, the language the mail's author wrote it in (Lingua reads
/// a two-line English reply full of Polish street names as Polish; the shortcut does not), or, for a mail that mixes
/// languages, the one most of its lines are in (a Spanish note that forwards an English product announcement).
/// </summary>
public sealed class LanguageShortcutTests(ITestOutputHelper output)
{
    private static string TrainingFolder => Path.Combine(RepositoryRoot.Find(), "tests", "corpus", "training");

    /// <summary>The language of the folder the mail is in (de/, fr/, es/; their ids start so), English otherwise.</summary>
    private static string WrittenIn(TrainingMail mail) => mail.Id[..3] is "de-" or "fr-" or "es-" ? mail.Id[..2] : "en";

    /// <summary>The language Lingua names for most of the text's lines that are long enough to tell.</summary>
    private static string? MostLinesIn(LanguageIdentifier identifier, string text) =>
        text.Split('\n')
            .Where(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= LanguageIdentifier.MinWords)
            .Select(line => identifier.ByLingua(line)?.Code)
            .OfType<string>()
            .GroupBy(code => code, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .Select(group => group.Key)
            .FirstOrDefault();

    [Fact]
    public void The_common_word_shortcut_names_the_language_lingua_names()
    {
        var identifier = LanguageIdentifier.Shared;
        var mails = TrainingData.Mails(TrainingFolder);
        var disagreements = new List<string>();
        var languages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mail in mails)
        {
            var authored = MailText.From(mail.Body, BodyFormat.Text).Authored;
            var told = identifier.Identify(authored);
            languages[told?.Code ?? "none"] = languages.GetValueOrDefault(told?.Code ?? "none") + 1;
            if (told is null)
                continue;
            var lingua = identifier.ByLingua(authored);
            if (told.Code != lingua?.Code && told.Code != WrittenIn(mail) && told.Code != MostLinesIn(identifier, authored))
                disagreements.Add($"{mail.Id}: {told.Code}, Lingua {lingua?.Code ?? "none"}");
        }
        output.WriteLine(string.Join(", ", languages.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}")));
        foreach (var line in disagreements)
            output.WriteLine(line);

        Assert.True(mails.Count > 3000, $"{mails.Count} mails");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {mails.Count} mails:\n" + string.Join("\n", disagreements));
    }
}
