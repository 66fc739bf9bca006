using System.Text.Json.Serialization;

namespace OutlookValueCheck.Core.Findings;

/// <summary>Why a finding was raised: never a bare score, always something the seller can look at.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PhraseEvidence), "phrase")]
[JsonDerivedType(typeof(FactEvidence), "fact")]
public abstract record Evidence;

/// <summary>A phrase the seller wrote, with its position (UTF-16 offsets) in the subject or in the body as plain text.</summary>
public sealed record PhraseEvidence(TextPart Part, int Start, int Length, string Text) : Evidence;

/// <summary>A fact from the CRM, the directory or the mailbox, and its value, e.g. <c>account.relationship = customer</c>.</summary>
public sealed record FactEvidence(string Fact, string Value, string? Source = null) : Evidence;

[JsonConverter(typeof(JsonStringEnumConverter<TextPart>))]
public enum TextPart
{
    [JsonStringEnumMemberName("subject")] Subject,
    [JsonStringEnumMemberName("body")] Body,
}
