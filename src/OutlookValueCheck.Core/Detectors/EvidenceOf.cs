using System.Globalization;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>Builds evidence and the phrases messages use to describe facts.</summary>
internal static class EvidenceOf
{
    private const int MaxPhrases = 4;

    public static IEnumerable<Evidence> Phrases(IEnumerable<Passage> passages) =>
        passages.DistinctBy(passage => (passage.Part, passage.Start))
            .OrderBy(passage => passage.Part).ThenBy(passage => passage.Start)
            .Take(MaxPhrases)
            .Select(passage => new PhraseEvidence(passage.Part, passage.Start, passage.Length, passage.Text));

    /// <summary>"This reads as" when the judge is sure, "This reads like" when it only leans that way.</summary>
    public static string ReadsAs(Intent intent) => intent.IsSure ? "reads as" : "reads like";

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
