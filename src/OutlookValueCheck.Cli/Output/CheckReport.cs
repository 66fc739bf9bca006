using System.Globalization;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Cli.Output;

/// <summary>The human-readable answer of <c>valuecheck check</c>.</summary>
internal static class CheckReport
{
    public static void Write(TextWriter output, string file, CheckResult result)
    {
        output.WriteLine($"{file}: {Headline(result)}");
        if (result.Text?.NotCheckedNote is { } note)
            output.WriteLine($"  {note} Recipients' facts and placeholders were checked.");
        if (result.Findings.Count > 0)
            output.WriteLine();
        foreach (var finding in result.Findings)
        {
            output.WriteLine($"  {finding.Severity.Name().ToUpperInvariant(),-5}  {finding.Code.Name()}{(finding.Recipient is { } to ? $"  ({to})" : "")}");
            output.WriteLine($"         {finding.Message}");
            var evidence = string.Join("; ", finding.Evidence.Select(Describe));
            if (evidence.Length > 0)
                output.WriteLine($"         evidence: {evidence}");
        }
        if (result.ValueQuestion is { } question)
        {
            output.WriteLine();
            output.WriteLine($"  {question.Question}");
            foreach (var reason in question.Reasons)
                output.WriteLine($"    - {reason}");
        }
        output.WriteLine();
        output.WriteLine("  Recipients:");
        foreach (var recipient in result.Recipients)
            output.WriteLine($"    {recipient.Address}: {Describe(recipient)}");
    }

    private static string Headline(CheckResult result) => result.Verdict switch
    {
        Verdict.Block => "BLOCK. This mail cannot be sent as it is.",
        Verdict.Warn => "WARN. The seller would be asked \"Does this add value for them?\" before sending.",
        _ when result.Findings.Count > 0 => "OK. It would be sent; the task pane shows notes.",
        _ => "OK. Nothing to flag.",
    };

    private static string Describe(Evidence evidence) => evidence switch
    {
        PhraseEvidence phrase => string.Create(CultureInfo.InvariantCulture, $"\"{phrase.Text}\" ({(phrase.Part == TextPart.Subject ? "subject" : "body")}, at {phrase.Start})"),
        FactEvidence fact => $"{fact.Fact} = {(fact.Value.Length == 0 ? "(empty)" : fact.Value)}{(fact.Source is { } source ? $" ({source})" : "")}",
        _ => evidence.ToString() ?? "",
    };

    private static string Describe(RecipientFacts recipient)
    {
        if (recipient.IsInternal)
            return "colleague (internal domain)";
        var parts = new List<string>();
        if (recipient.Contact is { } contact)
            parts.Add(string.Join(", ", new[] { contact.FullName, contact.Title }.Where(part => part is not null)) + (contact.DoNotEmail ? " [do not email]" : ""));
        if (recipient.Account is { } account)
        {
            var details = new List<string> { account.Relationship.Name() };
            if (account.CustomerSince is { } since)
                details.Add(string.Create(CultureInfo.InvariantCulture, $"since {since:yyyy-MM-dd}"));
            if (account.RenewalDate is { } renewal)
                details.Add(string.Create(CultureInfo.InvariantCulture, $"renews {renewal:yyyy-MM-dd}"));
            if (account.OwnerEmail is { } owner)
                details.Add($"owner {owner}");
            if (account.OpenHighSeverityCases > 0)
                details.Add(string.Create(CultureInfo.InvariantCulture, $"{account.OpenHighSeverityCases} open high-severity cases"));
            parts.Add($"{account.Name} ({string.Join(", ", details)})");
        }
        return parts.Count == 0 ? "not in the CRM" : string.Join(" at ", parts);
    }
}
