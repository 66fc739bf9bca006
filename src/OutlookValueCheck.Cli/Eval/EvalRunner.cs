using OutlookValueCheck.Cli.Audit;
using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Cli.Mail;
using OutlookValueCheck.Cli.Output;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Policies;

namespace OutlookValueCheck.Cli.Eval;

/// <summary>
/// Evaluates a judge on a labeled mailbox: replays the mailbox exactly as <c>valuecheck audit</c> does
/// (<see cref="AuditRunner"/>: Date order, replies reset contact fatigue, each outbound mail checked as of its Date)
/// and scores every labeled outbound mail with <see cref="EvalScorer"/>.
/// </summary>
internal sealed class EvalRunner(ValueChecker checker, RecipientFactsBuilder facts, InternalDomains internalDomains, Policy policy, TextWriter diagnostics, Progress progress,
    LanguageFilter? languages = null)
{
    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <param name="mail">A folder of .eml files or an mbox file, as <see cref="MailSource"/> reads it.</param>
    /// <param name="policyPath">The policy file in force, for the report; null for the documented defaults.</param>
    public EvalResult Run(string mail, LabelsFile labels, string? policyPath)
    {
        var items = MailSource.Read(mail);
        // Audit names a message by its path relative to the folder (or "box.mbox#3" beside the mbox); labels name it
        // relative to the labels file's folder. Both become full paths to meet.
        var root = Directory.Exists(mail) ? Path.GetFullPath(mail) : Path.GetDirectoryName(Path.GetFullPath(mail))!;
        var labelOf = labels.Labels.ToDictionary(labels.FullPathOf, PathComparer);
        var scorer = new EvalScorer(policy);
        var read = new HashSet<string>(PathComparer);
        var scored = new HashSet<string>(PathComparer);
        var unlabeled = new List<string>();

        var audit = new AuditRunner(checker, facts, internalDomains, policy, diagnostics, progress, languages)
            .Run(Recording(items, root, read), (line, result) =>
            {
                var path = Path.GetFullPath(line.File, root);
                if (labelOf.TryGetValue(path, out var label))
                {
                    scorer.Add(label, result);
                    scored.Add(path);
                }
                else
                {
                    // Named as a label would name it, ready to be labeled.
                    unlabeled.Add(Path.GetRelativePath(labels.Folder, path).Replace('\\', '/'));
                }
            });

        var skipped = audit.Skipped.ToDictionary(file => Path.GetFullPath(file.Name, root), file => file.Problem, PathComparer);
        // Mail --language left out is not a label that could not be checked: it is counted apart.
        var leftOut = audit.LeftOut.Select(name => Path.GetFullPath(name, root)).ToHashSet(PathComparer);
        var notChecked = labels.Labels
            .Where(label => !scored.Contains(labels.FullPathOf(label)) && !leftOut.Contains(labels.FullPathOf(label)))
            .Select(label => new UncheckedLabel(label.File, label.Where, WhyNotChecked(labels.FullPathOf(label), read, skipped)))
            .ToList();
        return new EvalResult(
            checker.Judge.Name,
            mail,
            labels.Path,
            policyPath,
            audit.Outbound,
            audit.Inbound,
            scorer.Score(),
            notChecked,
            unlabeled,
            audit.Skipped.Select(file => new SkippedFile(file.Name, file.Problem)).ToList(),
            languages?.Names,
            labels.Labels.Count(label => leftOut.Contains(labels.FullPathOf(label))));
    }

    private static string WhyNotChecked(string path, HashSet<string> read, Dictionary<string, string> skipped)
    {
        if (skipped.TryGetValue(path, out var problem))
            return $"skipped: it {problem}";
        return read.Contains(path)
            ? "not an outbound mail (its sender is not in an internal domain)"
            : "not in the mail folder";
    }

    private static IEnumerable<MailItem> Recording(IEnumerable<MailItem> items, string root, HashSet<string> read)
    {
        foreach (var item in items)
        {
            read.Add(Path.GetFullPath(item.Name, root));
            yield return item;
        }
    }
}
