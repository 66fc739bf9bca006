namespace OutlookValueCheck.Api.Recipients;

internal static class ODataText
{
    /// <summary>The content of an OData string literal ('…'): a quote is doubled. Percent-encode the query after.</summary>
    public static string Literal(string value) => value.Replace("'", "''", StringComparison.Ordinal);
}
