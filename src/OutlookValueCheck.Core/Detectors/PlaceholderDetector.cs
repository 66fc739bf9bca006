using System.Text.RegularExpressions;
using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A template placeholder left in the subject or the authored body: [First Name], {{company}}, &lt;Company&gt;, INSERT NAME.</summary>
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
            $"The template placeholder {names} is still in the mail; replace it before sending.",
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
    // «x», and the merge tags of common sending tools: Mailchimp's *|FNAME|*, Salesforce's {!Contact.FirstName}),
    // <Company>-style angle names (never an address: no '@' or '.' inside) and upper-case instructions left for the
    // writer.
    [GeneratedRegex(@"\[\s*(?:(?i:(?:first|last|full|company|contact|customer|client|account|recipient|prospect|your|their|his|her)\s*_?\s*(?:name|company|title)?|name|company|title|role|date|insert[^\]]{0,30})|[A-Z _]{0,20}(?:NAME|COMPANY|DATE|INSERT|CUSTOMER|CLIENT|CONTACT|PRODUCT|TITLE|ROLE|CITY|AMOUNT|ACCOUNT|RECIPIENT)[A-Z _]{0,20})\s*\]|"
        + @"\{\{[^{}\r\n]{1,60}\}\}|\{\s*(?i:first[ _]?name|last[ _]?name|full[ _]?name|name|company|company[ _]?name|title|job[ _]?title)\s*\}|"
        + @"%[A-Z][A-Z_]{2,}%|%(?i:first_?name|last_?name|company|company_?name)%|\*\|[A-Z0-9_:]+\|\*|\{![\w.]+\}|\$\{\w+\}|<<\s*[\w ]{1,30}\s*>>|«\s*[\w ]{1,30}\s*»|"
        + @"<\s*(?i:Company|Company Name|First ?Name|Last ?Name|Name|Customer|Client|Contact|Your Name|Title|Account|Prospect)\s*>|"
        + @"\b(?:INSERT|ADD|PUT) (?:NAME|COMPANY|DATE|FIRST NAME|[A-Z]+ HERE)\b|\bFIRST_?NAME\b|\bX{3,}\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>Tags mail systems put in subjects and bodies on purpose.</summary>
    [GeneratedRegex(@"^\[\s*(?:EXTERNAL|EXT|SPAM|SECURE|ENCRYPT|CAUTION|WARNING|PHISH|SUSPICIOUS|BULK|TEST)\s*\]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectTag();
}
