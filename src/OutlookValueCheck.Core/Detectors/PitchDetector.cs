using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A generic new-business pitch sent to someone who already buys from us, or used to.</summary>
internal sealed class PitchDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.PitchToCustomer, FindingCode.FormerCustomer];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        if (!context.Reading.IsGenericPitch)
            yield break;
        var phrases = context.Reading.Of(CueKind.StrangerIntro).Concat(context.Reading.Of(CueKind.MeetingAsk)).ToList();
        foreach (var recipient in context.Targets)
        {
            var account = recipient.Account;
            if (account?.Relationship == Relationship.Customer)
            {
                var since = account.CustomerSince is { } date ? $"has been a customer since {EvidenceOf.MonthYear(date)}" : "is a current customer";
                yield return context.Finding(
                    FindingCode.PitchToCustomer, recipient,
                    $"{account.Name} {since}, but this mail introduces us to {recipient.DisplayName} as if to a stranger.",
                    [.. EvidenceOf.Phrases(phrases), EvidenceOf.Relationship(recipient), EvidenceOf.CustomerSince(recipient)]);
            }
            else if (account?.Relationship == Relationship.FormerCustomer)
            {
                var history = account.CustomerSince is { } date ? $"was our customer from {date.Year}" : "used to be our customer";
                yield return context.Finding(
                    FindingCode.FormerCustomer, recipient,
                    $"{account.Name} {history}, and this reads as a cold pitch that ignores that history.",
                    [.. EvidenceOf.Phrases(phrases), EvidenceOf.Relationship(recipient), EvidenceOf.CustomerSince(recipient)]);
            }
        }
    }
}
