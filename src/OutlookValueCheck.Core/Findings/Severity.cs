using System.Text.Json.Serialization;

namespace OutlookValueCheck.Core.Findings;

/// <summary>How strongly a finding speaks. Ordered: a higher value is stricter.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    /// <summary>The check for this code does not run.</summary>
    [JsonStringEnumMemberName("off")] Off = 0,
    /// <summary>Shown in the task pane, never stops a send.</summary>
    [JsonStringEnumMemberName("info")] Info = 1,
    /// <summary>Stops the send until the seller answers the value question or edits the mail.</summary>
    [JsonStringEnumMemberName("warn")] Warn = 2,
    /// <summary>Stops the send until the mail is changed.</summary>
    [JsonStringEnumMemberName("block")] Block = 3,
}

public static class Severities
{
    public static string Name(this Severity severity) => WireNames<Severity>.Of(severity);

    public static bool TryParse(string? name, out Severity severity) => WireNames<Severity>.TryParse(name, out severity);
}
