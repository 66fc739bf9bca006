using System.Text.Json.Serialization;

namespace OutlookValueCheck.Cli.Audit;

/// <summary>One JSON line per outbound message (design.md, "CLI contract"). Property names are the public contract.</summary>
internal sealed record AuditLine(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("messageId")] string? MessageId,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("findings")] IReadOnlyList<AuditFinding> Findings,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("textChecked")] bool TextChecked);

internal sealed record AuditFinding(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("recipient")] string? Recipient,
    [property: JsonPropertyName("message")] string Message);
