using System.Text.Json.Serialization;

namespace OutlookValueCheck.Core.Checks;

/// <summary>What Outlook's Smart Alert should do with the send (design.md, "Verdict to Outlook").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SendMode>))]
public enum SendMode
{
    /// <summary>Let the mail go without a dialog.</summary>
    [JsonStringEnumMemberName("none")] None,
    /// <summary>Stop and ask; the seller may answer the value question and send anyway.</summary>
    [JsonStringEnumMemberName("promptUser")] PromptUser,
    /// <summary>Stop until the mail is changed.</summary>
    [JsonStringEnumMemberName("softBlock")] SoftBlock,
    /// <summary>Stop outright; used when a fail-closed policy meets a check that could not run.</summary>
    [JsonStringEnumMemberName("block")] Block,
}
