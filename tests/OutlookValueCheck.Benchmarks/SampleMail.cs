using System.Text;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Benchmarks;

/// <summary>Realistic mail text and recipients for the benchmarks, built deterministically.</summary>
internal static class SampleMail
{
    private static readonly string[] Paragraphs =
    [
        "You asked why the operations dashboard takes four minutes to refresh on Monday mornings. It is the weekly backlog query: it scans every order since 2019. I added a date filter in your sandbox and the refresh now takes 35 seconds.",
        "Just checking in on the CSV import problem your team reported: the fix went live this morning. Files with semicolons as separators now import correctly, and the three files that failed last week have been re-run.",
        "Before your renewal on 15 December, a recap: your controllers cut the close from nine days to five, and the intercompany reconciliation now runs overnight. The renewal quote attached keeps your price flat.",
        "My name is Anna and I'm reaching out from Contoso, a leading provider of analytics software. We help companies like yours turn data into decisions. Would you have 15 minutes for a quick intro call?",
        "Here is what we agreed: your team exports the three legacy reports by Friday, we rebuild them in the new workspace by 28 October, and Priya signs off the numbers against September's close.",
        "The storage upgrade left one index rebuild failing silently; the dashboards read a stale index until we restored it. We now page our on-call engineer when a rebuild fails.",
    ];

    // The same mail as a German seller writes it: language detection goes past the English shortcut to Lingua.
    private static readonly string[] GermanParagraphs =
    [
        "Sie hatten gefragt, warum das Betriebs-Dashboard montags vier Minuten zum Aktualisieren braucht. Es liegt an der wöchentlichen Rückstandsabfrage: Sie durchsucht jede Bestellung seit 2019. Ich habe in Ihrer Testumgebung einen Datumsfilter ergänzt, jetzt dauert die Aktualisierung 35 Sekunden.",
        "Ich wollte mich kurz wegen des CSV-Importproblems melden, das Ihr Team gemeldet hat: Die Korrektur ist seit heute Morgen live. Dateien mit Semikolon als Trennzeichen werden jetzt korrekt importiert.",
        "Vor Ihrer Verlängerung am 15. Dezember eine kurze Bilanz: Ihr Controlling hat den Monatsabschluss von neun auf fünf Tage verkürzt, und die konzerninterne Abstimmung läuft jetzt über Nacht.",
        "Mein Name ist Anna und ich melde mich von Contoso, einem führenden Anbieter von Analysesoftware. Wir helfen Unternehmen wie Ihrem, aus Daten Entscheidungen zu machen. Hätten Sie 15 Minuten für ein kurzes Kennenlernen?",
        "Wie besprochen: Ihr Team exportiert die drei alten Berichte bis Freitag, wir bauen sie bis zum 28. Oktober im neuen Arbeitsbereich nach, und Frau Schmidt prüft die Zahlen gegen den Septemberabschluss.",
    ];

    public static string Body(int approximateBytes) =>
        Compose(approximateBytes, "Hi Priya,\n\n", Paragraphs, "Best regards,\nAnna Berg\nAccount Executive | Contoso\n\n",
            "On Mon, 12 Oct 2026 at 17:02, Priya Shah <priya.shah@fabrikam.com> wrote:\n> Could you look at the refresh times?\n");

    public static string GermanBody(int approximateBytes) =>
        Compose(approximateBytes, "Hallo Frau Schmidt,\n\n", GermanParagraphs, "Viele Grüße\nAnna Berg\nAccount Executive | Contoso\n\n",
            "Am Mo., 12. Okt. 2026 um 17:02 schrieb Petra Schmidt <petra.schmidt@fabrikam.com>:\n> Können Sie sich die Ladezeiten ansehen?\n");

    private static string Compose(int approximateBytes, string greeting, string[] paragraphs, string signature, string quoted)
    {
        var text = new StringBuilder(greeting);
        var i = 0;
        while (text.Length < approximateBytes - 300)
            text.Append(paragraphs[i++ % paragraphs.Length]).Append("\n\n");
        text.Append(signature).Append(quoted);
        return text.ToString();
    }

    public static IReadOnlyList<RecipientFacts> FiveRecipients()
    {
        var fabrikam = new CrmAccount
        {
            Id = "A100", Name = "Fabrikam", Domain = "fabrikam.com", Relationship = Relationship.Customer,
            CustomerSince = new DateOnly(2021, 4, 12), RenewalDate = new DateOnly(2026, 12, 30), OwnerEmail = "marco.rossi@contoso.com", OpenHighSeverityCases = 1,
        };
        return Enumerable.Range(1, 5).Select(i => new RecipientFacts
        {
            Address = $"person{i}@fabrikam.com",
            Account = fabrikam,
            Contact = new CrmContact { Email = $"person{i}@fabrikam.com", AccountId = "A100", FirstName = "Person", LastName = i.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            CrmSource = "built-in CRM",
            MailHistory = new MailHistory([new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)], null),
        }).ToList();
    }
}
