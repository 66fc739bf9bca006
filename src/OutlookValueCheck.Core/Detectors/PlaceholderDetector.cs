using System.Text.RegularExpressions;
using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A template placeholder left in the subject or the authored body: [First Name], {{company}}, &lt;Company&gt;, INSERT NAME, [Vorname], [Prénom], {{nombre}}.</summary>
internal sealed partial class PlaceholderDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.UnfilledPlaceholder];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        if (context.Targets.Count == 0)
            yield break;
        var found = Find(TextPart.Subject, context.Draft.Subject).Concat(Find(TextPart.Body, context.Body.Authored)).ToList();
        if (found.Count == 0)
            yield break;
        var names = string.Join(", ", found.Select(evidence => evidence.Text).Distinct(StringComparer.Ordinal).Take(3));
        yield return context.Finding(
            FindingCode.UnfilledPlaceholder, null,
            context.Wording.Placeholder(names),
            found);
    }

    internal static IEnumerable<PhraseEvidence> Find(TextPart part, string text)
    {
        foreach (Match match in Placeholder().Matches(text))
        {
            if (!SubjectTag().IsMatch(match.Value))
                yield return new PhraseEvidence(part, match.Index, match.Length, match.Value);
        }
    }

    // Bracketed field names, mail-merge syntaxes ({{x}} with or without spaces and filters, {x}, %X%, ${x}, <<x>>,
    // Word's «FirstName»), the merge tags of common sending tools (Mailchimp's *|FNAME|*, Salesforce's
    // {!Contact.FirstName}), <Company>-style angle names (never an address: no '@' or '.' inside) and upper-case
    // instructions left for the writer. Field names are those of English, German, French and Spanish templates
    // ([Vorname], {Firma}, [Prénom], <Société>, {nombre}, <Empresa>, <Firma>). Guillemets hold a field name only:
    // French and Swiss writers quote with them.
    private const string FieldName =
        @"first[ _]?name|last[ _]?name|full[ _]?name|name|company|company[ _]?name|title|job[ _]?title"
        + @"|vorname|nachname|firma|firmenname|unternehmen|anrede|ansprechpartner(in)?"
        + @"|prénom|prenom|nom|nom de famille|société|societe|entreprise|civilité|civilite"
        + @"|nombre|apellidos?|empresa|compañía|compania|cargo|nombre de la empresa";

    [GeneratedRegex(@"\[\s*(?:(?i:(?:first|last|full|company|contact|customer|client|account|recipient|prospect|your|their|his|her)\s*_?\s*(?:name|company|title)?|name|company|title|role|date|insert[^\]]{0,30}|" + FieldName + @"|datum|date|fecha|ort|ville|ciudad|kunde|client|cliente|produkt|produit|producto)|[A-Z _]{0,20}(?:NAME|COMPANY|DATE|INSERT|CUSTOMER|CLIENT|CONTACT|PRODUCT|TITLE|ROLE|CITY|AMOUNT|ACCOUNT|RECIPIENT|VORNAME|FIRMA|PRÉNOM|PRENOM|SOCIÉTÉ|NOMBRE|EMPRESA)[A-Z _]{0,20})\s*\]|"
        + @"\{\{[^{}\r\n]{1,60}\}\}|\{\s*(?i:" + FieldName + @")\s*\}|"
        + @"%[A-Z][A-Z_]{2,}%|%(?i:first_?name|last_?name|company|company_?name|vorname|firma|prenom|nombre|empresa)%|\*\|[A-Z0-9_:]+\|\*|\{![\w.]+\}|\$\{\w+\}|<<\s*[\w ]{1,30}\s*>>|«\s*(?:(?i:" + FieldName + @")|[A-Za-z]+_\w+|[A-Z][a-z]+[A-Z]\w*)\s*»|"
        + @"<\s*(?i:Company|Company Name|First ?Name|Last ?Name|Name|Customer|Client|Contact|Your Name|Title|Account|Prospect|Vorname|Nachname|Firma|Unternehmen|Kunde|Prénom|Nom|Société|Entreprise|Nombre|Apellido|Empresa|Cliente)\s*>|"
        + @"\b(?:INSERT|ADD|PUT) (?:NAME|COMPANY|DATE|FIRST NAME|[A-Z]+ HERE)\b|\b(?:NAME|FIRMA|VORNAME) EINFÜGEN\b|\bINSÉRER (?:LE )?(?:NOM|PRÉNOM)\b|\bINSERTAR (?:EL )?(?:NOMBRE|EMPRESA)\b|\bFIRST_?NAME\b|\bX{3,}\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>Tags mail systems put in subjects and bodies on purpose.</summary>
    [GeneratedRegex(@"^\[\s*(?:EXTERNAL|EXT|SPAM|SECURE|ENCRYPT|CAUTION|WARNING|PHISH|SUSPICIOUS|BULK|TEST)\s*\]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectTag();
}
