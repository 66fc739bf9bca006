using System.Text.Json.Serialization;

namespace OutlookValueCheck.Core.Checks;

/// <summary>The strictest severity among the findings: info findings leave a mail ok.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    [JsonStringEnumMemberName("ok")] Ok,
    [JsonStringEnumMemberName("warn")] Warn,
    [JsonStringEnumMemberName("block")] Block,
}

public static class Verdicts
{
    public static string Name(this Verdict verdict) => WireNames<Verdict>.Of(verdict);
}
