using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Cli.Eval;

/// <summary>
/// What a reviewer expects of one outbound mail. <see cref="Expect"/> must be raised, <see cref="Forbid"/> must not;
/// a code in neither list is debatable and counts neither way. <see cref="Who"/> names, per expected code, the
/// recipients it concerns (normal spellings) when the mail has several. <see cref="Where"/> says where the label was
/// written ("labels.jsonl:12"), for messages.
/// </summary>
internal sealed record MailLabel(
    string File,
    string Where,
    IReadOnlySet<FindingCode> Expect,
    IReadOnlySet<FindingCode> Forbid,
    IReadOnlyDictionary<FindingCode, IReadOnlySet<string>> Who);
