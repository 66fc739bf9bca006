using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>Raises the findings of one concern. Detectors read the shared <see cref="CheckContext"/> and never each other.</summary>
internal interface IDetector
{
    IEnumerable<FindingCode> Codes { get; }

    IEnumerable<Finding> Detect(CheckContext context);
}
