namespace OutlookValueCheck.Cli.Eval;

/// <summary>
/// A labels file as read: one <see cref="MailLabel"/> per outbound mail, whose <see cref="MailLabel.File"/> is relative
/// to the folder the labels file is in (labels at <c>set/labels.jsonl</c> name <c>mail/001.eml</c>).
/// </summary>
internal sealed record LabelsFile(string Path, IReadOnlyList<MailLabel> Labels)
{
    public string Folder { get; } = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    public string FullPathOf(MailLabel label) => System.IO.Path.GetFullPath(label.File, Folder);
}
