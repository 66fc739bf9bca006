using System.Text.Json.Serialization;

namespace OutlookValueCheck.Core.Policies;

/// <summary>What the add-in does when the service cannot answer in time.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FailMode>))]
public enum FailMode
{
    /// <summary>Let the mail go, silently: an outage never decides whether mail goes out.</summary>
    [JsonStringEnumMemberName("open")] Open,
    /// <summary>Hold the mail until the check can run.</summary>
    [JsonStringEnumMemberName("closed")] Closed,
}
