using System.Text.Json.Serialization;

namespace OutlookValueCheck.Core.Drafts;

[JsonConverter(typeof(JsonStringEnumConverter<BodyFormat>))]
public enum BodyFormat
{
    [JsonStringEnumMemberName("text")] Text,
    [JsonStringEnumMemberName("html")] Html,
}
