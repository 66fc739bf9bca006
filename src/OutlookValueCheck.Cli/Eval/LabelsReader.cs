using System.Text.Json;
using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Cli.Eval;

/// <summary>
/// Reads a labels file (JSON Lines): <c>{"file": "mail/001.eml", "expect": [codes], "forbid": [codes], "note": "…",
/// "who": {"code": ["address", …]}}</c> per line. Every line is checked before anything is scored, and every problem
/// is reported as <c>labels.jsonl:LINE: what is wrong</c>; one bad line means nothing is scored.
/// </summary>
internal static class LabelsReader
{
    private const int MaximumListedProblems = 20;
    private static readonly string[] Fields = ["file", "expect", "forbid", "note", "who"];

    // Paths compare as the file system does, so "mail/001.eml" and "./mail/001.eml" are one mail.
    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public static LabelsFile Read(string path)
    {
        if (!File.Exists(path))
            throw new InputException($"labels file '{path}' does not exist.");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var labels = new List<MailLabel>();
        var problems = new List<string>();
        var firstLineOf = new Dictionary<string, int>(PathComparer);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var where = $"{path}:{lineNumber}";
            if (Parse(line, where, problems) is not { } label)
                continue;
            var fullPath = Path.GetFullPath(label.File, folder);
            if (firstLineOf.TryGetValue(fullPath, out var first))
                problems.Add($"{where}: '{label.File}' is already labeled on line {first}");
            else
            {
                firstLineOf[fullPath] = lineNumber;
                labels.Add(label);
            }
        }

        if (problems.Count > 0)
        {
            var details = problems.Skip(1).Take(MaximumListedProblems - 1).ToList();
            if (problems.Count > MaximumListedProblems)
                details.Add($"(the first {MaximumListedProblems} of {problems.Count} problems; nothing was scored)");
            throw new InputException(problems[0], details);
        }
        if (labels.Count == 0)
            throw new InputException($"labels file '{path}' holds no labels.");
        return new LabelsFile(path, labels);
    }

    private static MailLabel? Parse(string line, string where, List<string> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            problems.Add($"{where}: not valid JSON (at column {(exception.BytePositionInLine ?? 0) + 1})");
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where}: not a JSON object");
                return null;
            }
            var before = problems.Count;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (!Fields.Contains(property.Name, StringComparer.Ordinal))
                    problems.Add($"{where}: unknown field \"{property.Name}\" (a label has {string.Join(", ", Fields.Select(field => $"\"{field}\""))})");
                else if (!seen.Add(property.Name))
                    problems.Add($"{where}: \"{property.Name}\" appears twice");
            }

            var file = root.TryGetProperty("file", out var fileValue) ? fileValue : default;
            if (file.ValueKind == JsonValueKind.Undefined)
                problems.Add($"{where}: no \"file\" (the mail's path, relative to the labels file's folder)");
            else if (file.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(file.GetString()))
                problems.Add($"{where}: \"file\" must be the mail's path, relative to the labels file's folder");
            if (root.TryGetProperty("note", out var note) && note.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                problems.Add($"{where}: \"note\" must be text");

            var expect = Codes(root, "expect", where, problems);
            var forbid = Codes(root, "forbid", where, problems);
            foreach (var code in expect.Intersect(forbid).Order())
                problems.Add($"{where}: '{code.Name()}' is both expected and forbidden");
            var who = Who(root, expect, where, problems);

            return problems.Count == before ? new MailLabel(file.GetString()!, where, expect, forbid, who) : null;
        }
    }

    private static HashSet<FindingCode> Codes(JsonElement root, string field, string where, List<string> problems)
    {
        var codes = new HashSet<FindingCode>();
        if (!root.TryGetProperty(field, out var list))
            return codes;
        if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            problems.Add($"{where}: \"{field}\" must be a list of finding codes");
            return codes;
        }
        foreach (var name in list.EnumerateArray().Select(item => item.GetString()!))
        {
            if (FindingCodes.TryParse(name, out var code))
                codes.Add(code);
            else
                problems.Add($"{where}: unknown code '{name}' in \"{field}\"");
        }
        return codes;
    }

    private static Dictionary<FindingCode, IReadOnlySet<string>> Who(JsonElement root, HashSet<FindingCode> expect, string where, List<string> problems)
    {
        var who = new Dictionary<FindingCode, IReadOnlySet<string>>();
        if (!root.TryGetProperty("who", out var map))
            return who;
        if (map.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: \"who\" must map finding codes to lists of recipient addresses");
            return who;
        }
        foreach (var entry in map.EnumerateObject())
        {
            if (!FindingCodes.TryParse(entry.Name, out var code))
            {
                problems.Add($"{where}: unknown code '{entry.Name}' in \"who\"");
                continue;
            }
            // "who" says which recipients an expected finding concerns; for any other code it would mean nothing.
            if (!expect.Contains(code))
                problems.Add($"{where}: \"who\" names '{entry.Name}', which \"expect\" does not list");
            var addresses = entry.Value.ValueKind == JsonValueKind.Array
                ? entry.Value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : "").ToList()
                : [];
            if (addresses.Count == 0 || addresses.Any(address => !address.Contains('@', StringComparison.Ordinal)))
            {
                problems.Add($"{where}: \"who\" for '{entry.Name}' must list the recipients' addresses");
                continue;
            }
            who[code] = addresses.Select(EmailAddresses.Normalise).ToHashSet(StringComparer.Ordinal);
        }
        return who;
    }
}
