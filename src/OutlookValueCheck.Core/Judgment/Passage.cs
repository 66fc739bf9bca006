using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Judgment;

/// <summary>
/// A stretch of the subject or the authored body that made an intent, by its position in that text (UTF-16 offsets,
/// the ones the task pane highlights). The words are cut out only when a finding shows them.
/// </summary>
public readonly record struct Passage(TextPart Part, int Start, int Length, string Source)
{
    public string Text => Source.Substring(Start, Length);

    public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);
}
