using System.Text;

namespace OutlookValueCheck.Api.Connectors;

/// <summary>
/// String literals for the query languages the connectors write (Graph's and Dataverse's OData filters,
/// Salesforce's SOQL). Neither has parameters over REST, so every value from a mail is quoted here and nowhere else.
/// </summary>
internal static class QueryLiterals
{
    /// <summary>An OData string literal: in quotes, a quote doubled. Percent-encode the query after, where it goes in a URL.</summary>
    public static string OData(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A SOQL string literal: backslash escapes quotes, backslashes and control characters (Salesforce's quoted-string escapes).</summary>
    public static string Soql(string value)
    {
        var literal = new StringBuilder(value.Length + 8).Append('\'');
        foreach (var character in value)
        {
            literal.Append(character switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '"' => "\\\"",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\b' => @"\b",
                '\f' => @"\f",
                _ => character.ToString(),
            });
        }
        return literal.Append('\'').ToString();
    }
}
