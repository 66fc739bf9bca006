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
            var sources = string.Join(" and ", recipient.LookupFailures.Select(failure => failure.Source == "crm" ? "the CRM" : failure.Source == "graph" ? "Microsoft 365" : failure.Source).Distinct());
            yield return context.Finding(
                FindingCode.LookupUnavailable, recipient,
                $"We could not ask {sources} about {recipient.Address} in time, so this check ran without that information.",
                recipient.LookupFailures.Select(failure => new FactEvidence($"lookup.{failure.Source}", failure.Reason, failure.Source)));
        }
    }
}
