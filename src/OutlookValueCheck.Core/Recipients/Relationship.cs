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
    public static string Name(this Relationship relationship) => relationship switch
    {
        Relationship.Customer => "customer",
        Relationship.Prospect => "prospect",
        Relationship.FormerCustomer => "former-customer",
        Relationship.Partner => "partner",
        Relationship.Competitor => "competitor",
        _ => throw new ArgumentOutOfRangeException(nameof(relationship), relationship, null),
    };

    public static IEnumerable<string> AllNames => Enum.GetValues<Relationship>().Select(Name);

    public static bool TryParse(string? name, out Relationship relationship)
    {
        foreach (var candidate in Enum.GetValues<Relationship>())
        {
            if (string.Equals(candidate.Name(), name, StringComparison.Ordinal))
            {
                relationship = candidate;
                return true;
            }
        }
        relationship = default;
        return false;
    }
}
