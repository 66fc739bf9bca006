using System.Globalization;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>
/// A sales push to a customer who is hurting (open high-severity cases) or about to renew. Support and status mail
/// to such an account is welcome; a renewal mail near the renewal date is expected and judged by
/// <see cref="RenewalDetector"/>, so near a renewal only upsells and pitches count here.
/// </summary>
internal sealed class AtRiskAccountDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.AtRiskAccount];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        var intents = context.Intents;
        var code = FindingCode.AtRiskAccount;
        var sellsMore = context.Reads(intents.Upsell, code) || context.Reads(intents.GenericPitch, code);
        if (!sellsMore && !context.Reads(intents.RenewalPush, code))
            yield break;
        var pushPhrases = intents.PushEvidence;
        var today = DateOnly.FromDateTime(context.Draft.AsOf.UtcDateTime);
        foreach (var recipient in context.Targets)
        {
            if (recipient.Account is not { Relationship: Relationship.Customer } account)
                continue;
            if (account.OpenHighSeverityCases > 0)
            {
                yield return context.Finding(
                    FindingCode.AtRiskAccount, recipient,
                    context.Wording.AtRiskCases(account.Name, account.OpenHighSeverityCases),
                    [.. EvidenceOf.Phrases(pushPhrases), EvidenceOf.Fact(recipient, "account.open_high_severity_cases", account.OpenHighSeverityCases.ToString(CultureInfo.InvariantCulture))]);
                continue;
            }
            if (account.RenewalDate is { } renewal && sellsMore)
            {
                var days = renewal.DayNumber - today.DayNumber;
                if (days >= 0 && days <= context.Policy.RenewalWindowDays)
                {
                    yield return context.Finding(
                        FindingCode.AtRiskAccount, recipient,
                        context.Wording.AtRiskRenewal(account.Name, days),
                        [.. EvidenceOf.Phrases(pushPhrases), EvidenceOf.Fact(recipient, "account.renewal_date", EvidenceOf.Date(renewal))]);
                }
            }
        }
    }
}
