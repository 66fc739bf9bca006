using System.Text.Json.Serialization;

namespace OutlookValueCheck.Core.Findings;

/// <summary>
/// What a finding is about. The kebab-case names are a public contract (design.md, "Finding codes"):
/// policies, reports, the CLI's JSON lines and the add-in all use them.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingCode>))]
public enum FindingCode
{
    [JsonStringEnumMemberName("pitch-to-customer")] PitchToCustomer,
    [JsonStringEnumMemberName("former-customer")] FormerCustomer,
    [JsonStringEnumMemberName("no-value-check-in")] NoValueCheckIn,
    [JsonStringEnumMemberName("seller-centric")] SellerCentric,
    [JsonStringEnumMemberName("unfilled-placeholder")] UnfilledPlaceholder,
    [JsonStringEnumMemberName("renewal-without-value")] RenewalWithoutValue,
    [JsonStringEnumMemberName("contact-fatigue")] ContactFatigue,
    [JsonStringEnumMemberName("at-risk-account")] AtRiskAccount,
    [JsonStringEnumMemberName("do-not-email")] DoNotEmail,
    [JsonStringEnumMemberName("owned-by-colleague")] OwnedByColleague,
    [JsonStringEnumMemberName("lookup-unavailable")] LookupUnavailable,
}

public static class FindingCodes
{
    private static readonly Dictionary<FindingCode, string> Names = new()
    {
        [FindingCode.PitchToCustomer] = "pitch-to-customer",
        [FindingCode.FormerCustomer] = "former-customer",
        [FindingCode.NoValueCheckIn] = "no-value-check-in",
        [FindingCode.SellerCentric] = "seller-centric",
        [FindingCode.UnfilledPlaceholder] = "unfilled-placeholder",
        [FindingCode.RenewalWithoutValue] = "renewal-without-value",
        [FindingCode.ContactFatigue] = "contact-fatigue",
        [FindingCode.AtRiskAccount] = "at-risk-account",
        [FindingCode.DoNotEmail] = "do-not-email",
        [FindingCode.OwnedByColleague] = "owned-by-colleague",
        [FindingCode.LookupUnavailable] = "lookup-unavailable",
    };

    private static readonly Dictionary<string, FindingCode> ByName =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static IReadOnlyList<FindingCode> All { get; } = Enum.GetValues<FindingCode>();

    public static IEnumerable<string> AllNames => All.Select(Name);

    public static string Name(this FindingCode code) => Names[code];

    public static bool TryParse(string? name, out FindingCode code) =>
        ByName.TryGetValue(name ?? "", out code);
}
