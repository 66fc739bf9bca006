namespace OutlookValueCheck.Core.Crm;

/// <summary>One bad row or header: printed as <c>accounts.csv:7: reason</c>.</summary>
public sealed record CrmImportError(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
