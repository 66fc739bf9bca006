using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A source could not be asked about a recipient in time; the check ran on what it had.</summary>
internal sealed class LookupUnavailableDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.LookupUnavailable];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        foreach (var recipient in context.Targets)
        {
            if (recipient.LookupFailures.Count == 0)
                continue;
            yield return context.Finding(
                FindingCode.LookupUnavailable, recipient,
                context.Wording.LookupUnavailable(
                    recipient.LookupFailures.Any(failure => failure.Source == "crm"), recipient.LookupFailures.Any(failure => failure.Source != "crm"), recipient.Address),
                recipient.LookupFailures.Select(failure => new FactEvidence($"lookup.{failure.Source}", failure.Reason, failure.Source)));
        }
    }
}
