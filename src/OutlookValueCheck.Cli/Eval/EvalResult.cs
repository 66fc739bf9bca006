namespace OutlookValueCheck.Cli.Eval;

/// <summary>What <c>valuecheck eval</c> found: the score and what could not be scored. <c>--json</c> prints it as is.</summary>
/// <param name="Policy">The policy file in force; null for the documented defaults.</param>
/// <param name="Outbound">Outbound mails checked (labeled or not).</param>
/// <param name="Inbound">Inbound mails read as replies.</param>
/// <param name="LabelsNotChecked">Labels whose mail was not checked: not in the folder, not outbound, or skipped.</param>
/// <param name="UnlabeledOutbound">Outbound mails no label covers, named relative to the labels file's folder; they are not scored.</param>
/// <param name="Skipped">Files that could not be read, and why.</param>
/// <param name="OnlyLanguages">What <c>--language</c> asked for ("German and French"); null when every language is scored.</param>
/// <param name="LeftOut">Labeled mails left out because their text is in another language (or too short to tell).</param>
internal sealed record EvalResult(
    string Judge,
    string Mail,
    string Labels,
    string? Policy,
    int Outbound,
    int Inbound,
    EvalScore Score,
    IReadOnlyList<UncheckedLabel> LabelsNotChecked,
    IReadOnlyList<string> UnlabeledOutbound,
    IReadOnlyList<SkippedFile> Skipped,
    string? OnlyLanguages = null,
    int LeftOut = 0);

/// <param name="Where">Where the label was written, "labels.jsonl:12".</param>
internal sealed record UncheckedLabel(string File, string Where, string Reason);

internal sealed record SkippedFile(string File, string Problem);
