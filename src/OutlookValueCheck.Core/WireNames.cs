using System.Reflection;
using System.Text.Json.Serialization;

namespace OutlookValueCheck.Core;

/// <summary>
/// The contract spelling of an enum's values ("pitch-to-customer", "former-customer", "warn"), read once from the
/// same <see cref="JsonStringEnumMemberNameAttribute"/> that JSON uses, so text and JSON can never disagree.
/// </summary>
internal static class WireNames<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().ToDictionary(
        value => value,
        value => typeof(TEnum).GetField(value.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString());

    private static readonly Dictionary<string, TEnum> Values = Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static IReadOnlyList<string> All { get; } = Names.Values.ToList();

    public static string Of(TEnum value) => Names[value];

    public static bool TryParse(string? name, out TEnum value) => Values.TryGetValue(name ?? "", out value);
}
