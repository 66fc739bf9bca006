namespace OutlookValueCheck.Core.Recipients;

/// <summary>A source that could not be asked about the recipient in time ("crm", "graph"), and why.</summary>
public sealed record LookupFailure(string Source, string Reason);
