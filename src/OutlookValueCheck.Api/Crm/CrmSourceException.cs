namespace OutlookValueCheck.Api.Crm;

/// <summary>A CRM answered with an error of its own kind; <see cref="Reason"/> is short and free of data (shown to sellers).</summary>
internal sealed class CrmSourceException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason { get; } = reason;
}
