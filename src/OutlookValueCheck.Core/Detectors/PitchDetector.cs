using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A generic new-business pitch sent to someone who already buys from us, or used to.</summary>
internal sealed class PitchDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.PitchToCustomer, FindingCode.FormerCustomer];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        var pitch = context.Intents.GenericPitch;
        if (pitch.Confidence <= 0)
            yield break;
        var quote = EvidenceOf.QuoteAside(pitch.Evidence);
        foreach (var recipient in context.Targets)
        {
            var account = recipient.Account;
            if (account?.Relationship == Relationship.Customer && context.Reads(pitch, FindingCode.PitchToCustomer))
            {
                var since = account.CustomerSince is { } date ? $"has been a customer since {EvidenceOf.MonthYear(date)}" : "is a current customer";
                var reads = pitch.IsSure ? "introduces us" : "reads like it introduces us";
                yield return context.Finding(
                    FindingCode.PitchToCustomer, recipient,
                    $"{account.Name} {since}, but this mail {reads} to {recipient.DisplayName} as if to a stranger{quote}.",
                    [.. EvidenceOf.Phrases(pitch.Evidence), EvidenceOf.Relationship(recipient), EvidenceOf.CustomerSince(recipient)]);
            }
            else if (account?.Relationship == Relationship.FormerCustomer && context.Reads(pitch, FindingCode.FormerCustomer))
            {
                var history = account.CustomerSince is { } date ? $"was our customer from {date.Year}" : "used to be our customer";
                yield return context.Finding(
                    FindingCode.FormerCustomer, recipient,
                    $"{account.Name} {history}, and this {EvidenceOf.ReadsAs(pitch)} a cold pitch that ignores that history{quote}.",
                    [.. EvidenceOf.Phrases(pitch.Evidence), EvidenceOf.Relationship(recipient), EvidenceOf.CustomerSince(recipient)]);
            }
        }
    }
}
