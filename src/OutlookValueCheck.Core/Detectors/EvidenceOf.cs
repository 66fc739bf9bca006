using System.Globalization;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>Builds evidence and the phrases messages use to describe facts.</summary>
internal static class EvidenceOf
{
    private const int MaxPhrases = 4;

    public static IEnumerable<Evidence> Phrases(IEnumerable<Cue> cues) =>
        cues.DistinctBy(cue => (cue.Part, cue.Start))
            .OrderBy(cue => cue.Part).ThenBy(cue => cue.Start)
            .Take(MaxPhrases)
            .Select(cue => new PhraseEvidence(cue.Part, cue.Start, cue.Length, cue.Text));

    public static Evidence Relationship(RecipientFacts recipient) =>
        new FactEvidence("account.relationship", recipient.Account!.Relationship.Name(), recipient.CrmSource);

    public static Evidence CustomerSince(RecipientFacts recipient) =>
        new FactEvidence("account.customer_since", Date(recipient.Account!.CustomerSince), recipient.CrmSource);

    public static Evidence Fact(RecipientFacts recipient, string fact, string value) =>
        new FactEvidence(fact, value, recipient.CrmSource);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string MonthYear(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Olivia Chen at Northwind Traders", or just the address when the CRM knows neither.</summary>
    public static string Who(RecipientFacts recipient) =>
        recipient.Account is { } account && recipient.Contact?.FullName is { } name ? $"{name} at {account.Name}" : recipient.DisplayName;
}
