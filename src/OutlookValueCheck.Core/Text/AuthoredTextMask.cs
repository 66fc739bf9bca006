using System.Buffers;
using System.Text.RegularExpressions;

namespace OutlookValueCheck.Core.Text;

/// <summary>
/// Blanks out what the seller did not write for this mail: quoted history (reply and forward headers,
/// "&gt;" lines), signatures after a sign-off or a "-- " delimiter, and legal disclaimers. A reply that quotes an
/// old pitch is not a pitch; a signature that says "book a demo" is not an ask.
/// The markers are those of English, German, French and Spanish mail: what Outlook, Gmail, Apple Mail and
/// Thunderbird write in those languages above quoted text, the sign-offs writers of each use, and the legal notices
/// usual there (confidentiality notices, data-protection notices, the company details German and French law ask for).
/// </summary>
internal static partial class AuthoredTextMask
{
    private const int MaxSignatureLines = 7;
    private const int MaxSignatureLineLength = 90;

    public static string Apply(string plain)
    {
        var lines = Lines(plain);
        if (lines.Count == 0)
            return plain;

        var masked = new bool[lines.Count];
        var historyStart = FindHistoryStart(plain, lines);
        for (var i = historyStart; i < lines.Count; i++)
            masked[i] = true;

        for (var i = 0; i < historyStart; i++)
        {
            if (QuotedLine().IsMatch(Text(plain, lines[i])))
                masked[i] = true;
        }

        MaskSignature(plain, lines, historyStart, masked);
        MaskDisclaimers(plain, lines, historyStart, masked);

        if (!masked.Contains(true))
            return plain;
        return string.Create(plain.Length, (plain, lines, masked), static (span, state) =>
        {
            state.plain.AsSpan().CopyTo(span);
            for (var i = 0; i < state.lines.Count; i++)
            {
                if (!state.masked[i])
                    continue;
                var (start, length) = state.lines[i];
                span.Slice(start, length).Fill(' ');
            }
        });
    }

    private static int FindHistoryStart(string plain, List<(int Start, int Length)> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Text(plain, lines[i]).Trim();
            if (line.Length == 0)
                continue;
            if (SeparatorLine().IsMatch(line))
                return i;
            if (WroteLine().IsMatch(line))
                return i;
            // "On Tue, 17 Nov 2026 at 16:40, Priya Shah <priya@...>" with "wrote:" wrapped onto the next line.
            if (WroteLineOpening().IsMatch(line) && i + 1 < lines.Count
                && WroteLine().IsMatch(string.Concat(line, " ", Text(plain, lines[i + 1]).Trim())))
                return i;
            if (HeaderBlockStart().IsMatch(line) && HasHeaderBelow(plain, lines, i))
                return i;
            if (UnderscoreRule().IsMatch(line) && i + 1 < lines.Count && HeaderBlockStart().IsMatch(Text(plain, lines[i + 1]).Trim()))
                return i;
        }
        return lines.Count;
    }

    /// <summary>An Outlook-style "From: ... / Sent: ..." block: From with Sent, Date or To within the next four lines.</summary>
    private static bool HasHeaderBelow(string plain, List<(int Start, int Length)> lines, int from)
    {
        for (var j = from + 1; j < Math.Min(lines.Count, from + 5); j++)
        {
            if (HeaderBelowFrom().IsMatch(Text(plain, lines[j]).Trim()))
                return true;
        }
        return false;
    }

    private static void MaskSignature(string plain, List<(int Start, int Length)> lines, int end, bool[] masked)
    {
        for (var i = 0; i < end; i++)
        {
            var line = Text(plain, lines[i]).Trim();
            if (SignatureDelimiter().IsMatch(line))
            {
                for (var j = i; j < end; j++)
                    masked[j] = true;
                return;
            }
        }

        // A sign-off ("Best regards,") followed only by a few short lines (name, title, phone) starts the signature.
        for (var i = 0; i < end; i++)
        {
            if (!SignOff().IsMatch(Text(plain, lines[i]).Trim()))
                continue;
            if (IsSignatureBlock(plain, lines, i + 1, end))
            {
                for (var j = i; j < end; j++)
                    masked[j] = true;
                return;
            }
        }
    }

    /// <summary>At most a few non-empty lines below the sign-off, each short (name, title, phone).</summary>
    private static bool IsSignatureBlock(string plain, List<(int Start, int Length)> lines, int from, int end)
    {
        var count = 0;
        for (var j = from; j < end; j++)
        {
            var line = Text(plain, lines[j]).Trim();
            if (line.Length == 0)
                continue;
            if (++count > MaxSignatureLines || line.Length > MaxSignatureLineLength)
                return false;
        }
        return true;
    }

    private static void MaskDisclaimers(string plain, List<(int Start, int Length)> lines, int end, bool[] masked)
    {
        var paragraphStart = 0;
        for (var i = 0; i <= end; i++)
        {
            var atBreak = i == end || Text(plain, lines[i]).Trim().Length == 0;
            if (!atBreak)
                continue;
            if (i > paragraphStart)
            {
                // The paragraph's lines as they stand in the text; the markers match across a line break.
                var first = lines[paragraphStart].Start;
                var paragraph = plain.AsSpan(first, lines[i - 1].Start + lines[i - 1].Length - first);
                if (paragraph.ContainsAny(DisclaimerWords) && DisclaimerMarker().Count(paragraph) >= 2)
                {
                    for (var j = paragraphStart; j < i; j++)
                        masked[j] = true;
                }
            }
            paragraphStart = i + 1;
        }
    }

    private static List<(int Start, int Length)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            lines.Add((start, end - start));
            if (newline < 0)
                break;
            start = newline + 1;
        }
        return lines;
    }

    // Lines are read in place: a check looks at each line several times and must not copy it each time.
    private static ReadOnlySpan<char> Text(string text, (int Start, int Length) line) => text.AsSpan(line.Start, line.Length);

    [GeneratedRegex(@"^\s*>")]
    private static partial Regex QuotedLine();

    // "-----Original Message-----" (Outlook), "---------- Forwarded message ---------" (Gmail), "Begin forwarded
    // message:" (Apple Mail), in each language.
    [GeneratedRegex(@"^(-{2,}\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Originalnachricht|Message d'origine|Message transféré|Mensaje original|Mensaje reenviado)\s*-{2,}|(Begin forwarded message|Anfang der weitergeleiteten Nachricht|Début du message réexpédié|Début du message transféré|Inicio del mensaje reenviado)\s?:)", RegexOptions.IgnoreCase)]
    private static partial Regex SeparatorLine();

    // "On … wrote:", "Am … schrieb …:", "Le … a écrit :", "El … escribió:", and older Thunderbird's "X schrieb am …:".
    // A bare "X escribió:" is not taken: a seller's own sentence can end that way.
    [GeneratedRegex(@"^(On\s.{4,200}\swrote:|Am\s.{4,200}\sschrieb.{0,60}:|.{2,120}\sschrieb am\s.{4,80}:|Le\s.{4,200}\sa écrit\s?:|El\s.{4,200}\sescribió\s?:)$", RegexOptions.IgnoreCase)]
    private static partial Regex WroteLine();

    /// <summary>How a wrote-line starts, in each language, for the ones wrapped over two lines.</summary>
    [GeneratedRegex(@"^(On|Am|Le|El)\s")]
    private static partial Regex WroteLineOpening();

    // Outlook's header block: "From:/Von:/De :" above "Sent:/Gesendet:/Envoyé :/Enviado el:" and the others.
    [GeneratedRegex(@"^\*?(From|Von|De)\s?:\*?\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderBlockStart();

    [GeneratedRegex(@"^\*?(Sent|Date|To|Gesendet|Datum|An|Envoyé|À|Enviado el|Enviado|Fecha|Para)\s?:\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderBelowFrom();

    [GeneratedRegex(@"^_{8,}$")]
    private static partial Regex UnderscoreRule();

    [GeneratedRegex(@"^(--|—|__)\s*$")]
    private static partial Regex SignatureDelimiter();

    [GeneratedRegex(@"^(best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely|yours truly|all the best|best wishes|talk soon|speak soon|with thanks"
        // German, Austrian and Swiss: "Mit freundlichen Grüßen", "Viele Grüsse aus Linz", "LG", "Servus".
        + @"|mit (freundlichen|besten|herzlichen|lieben) grü(ß|ss)en|(freundliche|viele|beste|liebe|herzliche|schöne|sonnige) grü(ß|ss)e( aus [\p{L} -]{2,30})?|grü(ß|ss)e|gru(ß|ss)|mfg|lg|vg|danke|danke schön|vielen dank|besten dank|bis bald|servus|hochachtungsvoll"
        // French, Belgian and Québécois: "Cordialement", "Bien à vous", "Salutations".
        + @"|cordialement|bien cordialement|très cordialement|bien à vous|bien à toi|salutations|meilleures salutations|sincères salutations|salutations distinguées|amicalement|amitiés|merci|merci beaucoup|merci d'avance|bonne journée|belle journée|bonne fin de journée|à bientôt|au plaisir"
        // Spanish and Latin American: "Un saludo", "Atentamente", "Quedo a sus órdenes".
        + @"|saludos|un saludo|saludos cordiales|un cordial saludo|atentamente|cordialmente|gracias|muchas gracias|un abrazo|abrazos|quedo atent[oa]|quedo a (sus|tus) órdenes|quedo a la espera)\s*[,.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    // Every marker below contains one of these words. Most paragraphs contain none, and this one vectorised search
    // spares them the regex, which tries a match at each word starting with one of the markers' first letters.
    private static readonly SearchValues<string> DisclaimerWords = SearchValues.Create(
    [
        "confidential", "privileged", "intended", "received", "notify", "copy", "disclose", "distribute",
        "vertraulich", "irrtümlich", "absender", "empfänger", "adressat", "weitergabe", "registergericht", "amtsgericht", "handelsregister", "firmenbuch", "geschäftsführ", "hrb", "ust-id", "sitz der gesellschaft",
        "confidentiel", "erreur", "expéditeur", "destinataire", "diffusion", "interdite", "rcs", "siret", "capital de",
        "confidencial", "remitente", "destinatario", "prohibid", "divulgación", "datos personales", "protección de datos", "2016/679",
    ], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(confidential|privileged|intended\s(solely\s|only\s)?for|intended\srecipient|received\s(this|it)\sin\serror|notify\sthe\ssender|do\snot\s(copy|disclose|distribute)"
        // German confidentiality notices and the company details of an Impressum (register court, HRB, managers).
        + @"|vertraulich\w*|irrtümlich|(den|dem)\sabsender|(richtige|beabsichtigte|vorgesehene)n?\s(adressat|empfänger)\w*|unbefugte\sweitergabe|sitz\sder\sgesellschaft|registergericht|amtsgericht|handelsregister|firmenbuch\w*|hrb\s?\d+|geschäftsführ(er|erin|ung)|ust-id(nr)?\.?"
        // French: "Ce message et toutes les pièces jointes sont confidentiels…", "RCS", "SIRET", "au capital de".
        + @"|confidentiel(le)?s?|(par|en)\serreur|l'expéditeur|(ses|seuls?|aux)\sdestinataires?|diffusion|strictement\sinterdite|rcs\s\p{L}+|siret|au\scapital\sde"
        // Spanish: "Este mensaje y sus anexos son confidenciales…", data-protection notices (RGPD, Reglamento (UE) 2016/679).
        + @"|confidencial(es)?|por\serror|al\sremitente|(su|al)\sdestinatario|prohibid[ao]|divulgación|datos\spersonales|protección\sde\sdatos|2016/679)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DisclaimerMarker();
}
