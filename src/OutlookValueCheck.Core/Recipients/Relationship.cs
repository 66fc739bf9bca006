using System.Text.Json.Serialization;

namespace OutlookValueCheck.Core.Recipients;

/// <summary>The account's relationship with the seller's company. Spellings are those of accounts.csv.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Relationship>))]
public enum Relationship
{
    [JsonStringEnumMemberName("customer")] Customer,
    [JsonStringEnumMemberName("prospect")] Prospect,
    [JsonStringEnumMemberName("former-customer")] FormerCustomer,
    [JsonStringEnumMemberName("partner")] Partner,
    [JsonStringEnumMemberName("competitor")] Competitor,
}

public static class Relationships
{
    public static string Name(this Relationship relationship) => WireNames<Relationship>.Of(relationship);

    public static IEnumerable<string> AllNames => WireNames<Relationship>.All;

    public static bool TryParse(string? name, out Relationship relationship) => WireNames<Relationship>.TryParse(name, out relationship);

    /// <summary>
    /// A relationship as people type it in a CRM export: any case, a space or underscore for the hyphen
    /// ("Former Customer", "former_customer"), and the short forms "former" and "ex-customer".
    /// </summary>
    public static bool TryRead(string? spelling, out Relationship relationship)
    {
        var name = (spelling ?? "").Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        return TryParse(name is "former" or "ex-customer" ? "former-customer" : name, out relationship);
    }
}
