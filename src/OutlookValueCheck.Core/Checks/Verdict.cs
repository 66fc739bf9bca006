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
