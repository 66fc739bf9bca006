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
    public static IReadOnlyList<FindingCode> All { get; } = Enum.GetValues<FindingCode>();

    public static IEnumerable<string> AllNames => WireNames<FindingCode>.All;

    public static string Name(this FindingCode code) => WireNames<FindingCode>.Of(code);

    public static bool TryParse(string? name, out FindingCode code) => WireNames<FindingCode>.TryParse(name, out code);
}
