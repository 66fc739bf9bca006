using System.Text.Json;
using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Training;

/// <summary>
/// The labeled sentences under a training folder: every <c>&lt;language&gt;/*.jsonl</c> (one mail per line, with
/// <c>sentences: [{text, label}]</c>), with the labels that <c>*-label-resolutions.jsonl</c> decided after the blind
/// second labeling (<c>{id, sentence, resolved}</c>) taking the author's place. Files are read in ordinal order of
/// their paths, so the same folder always gives the same sentences in the same order.
/// </summary>
public static class TrainingData
{
    public static IReadOnlyList<string> FilesIn(string folder)
    {
        if (!Directory.Exists(folder))
            throw new TrainingDataException($"{folder}: the training folder does not exist.");
        var mails = Directory.EnumerateDirectories(folder)
            .SelectMany(language => Directory.EnumerateFiles(language, "*.jsonl"));
        var resolutions = Directory.EnumerateFiles(folder, "*-label-resolutions.jsonl");
        return [.. mails.Concat(resolutions).Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/')).Order(StringComparer.Ordinal)];
    }

    public static IReadOnlyList<TrainingSentence> Load(string folder)
    {
        var files = FilesIn(folder);
        var resolved = new Dictionary<(string Id, int Index), (SentenceLabel Label, string Source)>();
        foreach (var file in files.Where(IsResolutions))
            ReadResolutions(folder, file, resolved);
        var sentences = new List<TrainingSentence>();
        var mailIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(file => !IsResolutions(file)))
            ReadMails(folder, file, mailIds, sentences);
        var used = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (resolved.TryGetValue((sentences[i].MailId, sentences[i].Index), out var resolution))
            {
                sentences[i] = sentences[i] with { Label = resolution.Label };
                used++;
            }
        }
        if (used != resolved.Count)
        {
            var stray = resolved.First(entry => !sentences.Any(sentence => sentence.MailId == entry.Key.Id && sentence.Index == entry.Key.Index));
            throw new TrainingDataException($"{stray.Value.Source}: resolves sentence {stray.Key.Index} of mail '{stray.Key.Id}', which no training file has.");
        }
        if (sentences.Count == 0)
            throw new TrainingDataException($"{folder}: no labeled sentences (expected <language>/*.jsonl files).");
        return sentences;
    }

    /// <summary>The labeled mails themselves (subject, body and the author's mail intents), for judging whole mails.</summary>
    public static IReadOnlyList<TrainingMail> Mails(string folder)
    {
        var mails = new List<TrainingMail>();
        foreach (var file in FilesIn(folder).Where(file => !IsResolutions(file)))
        {
            var set = Path.GetFileNameWithoutExtension(file);
            foreach (var (at, mail) in JsonLines(folder, file))
            {
                using var _ = mail;
                var root = mail.RootElement;
                var intents = root.TryGetProperty("intents", out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().Select(intent => intent.GetString() ?? "").ToHashSet(StringComparer.Ordinal)
                    : throw new TrainingDataException($"{at}: 'intents' must be a list of mail intents.");
                mails.Add(new TrainingMail(StringField(root, "id", at), set, OptionalString(root, "to"), OptionalString(root, "subject"), StringField(root, "body", at), intents));
            }
        }
        return mails;
    }

    /// <summary>Where blind second readers' mail intents are kept, beside the language folders.</summary>
    public const string SecondIntentReadingsPattern = "*-blind-intent-labels*.jsonl";

    /// <summary>The mail intents of the training briefs: the model's, and a template slot left unfilled.</summary>
    private static readonly HashSet<string> IntentLabels = [.. MailIntentNames.All.Select(intent => intent.Name()), "placeholder-left"];

    /// <summary>
    /// The intents blind second readers gave a sample of the training mails, by mail id, from lines
    /// <c>{"id": "...", "intents": [...]}</c> in the folder's <see cref="SecondIntentReadingsPattern"/> files. They
    /// measure the model and are never trained on (they are not among <see cref="FilesIn"/>). Each must read one of
    /// <paramref name="mails"/>, the folder's mails as the caller already has them.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> SecondIntentReadings(string folder, IEnumerable<TrainingMail> mails)
    {
        var known = mails.Select(mail => mail.Id).ToHashSet(StringComparer.Ordinal);
        var readings = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, SecondIntentReadingsPattern).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            foreach (var (at, row) in JsonLines(folder, file!))
            {
                using var _ = row;
                var id = StringField(row.RootElement, "id", at);
                if (!row.RootElement.TryGetProperty("intents", out var list) || list.ValueKind != JsonValueKind.Array)
                    throw new TrainingDataException($"{at}: 'intents' must be a list of mail intents.");
                var intents = list.EnumerateArray().Select(intent => intent.ValueKind == JsonValueKind.String ? intent.GetString()! : "").ToHashSet(StringComparer.Ordinal);
                if (intents.FirstOrDefault(intent => !IntentLabels.Contains(intent)) is { } unknown)
                    throw new TrainingDataException($"{at}: unknown mail intent '{unknown}' (use one of: {string.Join(", ", IntentLabels)}).");
                if (!known.Contains(id))
                    throw new TrainingDataException($"{at}: reads mail '{id}', which no training file has.");
                if (!readings.TryAdd(id, intents))
                    throw new TrainingDataException($"{at}: mail '{id}' is read twice.");
            }
        }
        return readings;
    }

    private static bool IsResolutions(string file) => file.EndsWith("-label-resolutions.jsonl", StringComparison.Ordinal);

    private static void ReadMails(string folder, string file, HashSet<string> mailIds, List<TrainingSentence> sentences)
    {
        foreach (var (at, mail) in JsonLines(folder, file))
        {
            using var _ = mail;
            var id = StringField(mail.RootElement, "id", at);
            if (!mailIds.Add(id))
                throw new TrainingDataException($"{at}: mail id '{id}' appears twice.");
            if (!mail.RootElement.TryGetProperty("sentences", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new TrainingDataException($"{at}: 'sentences' must be a list of {{text, label}}.");
            var index = 0;
            var first = sentences.Count;
            foreach (var sentence in list.EnumerateArray())
            {
                var where = $"{at} sentence {index}";
                var label = StringField(sentence, "label", where);
                if (!SentenceLabels.TryParse(label, out var parsed))
                    throw new TrainingDataException($"{where}: unknown label '{label}' (use one of: {string.Join(", ", SentenceLabels.All.Select(l => l.Name()))}).");
                sentences.Add(new TrainingSentence(id, index, StringField(sentence, "text", where), parsed, at));
                index++;
            }
            var subject = OptionalString(mail.RootElement, "subject");
            for (var i = first; i < sentences.Count; i++)
                sentences[i] = sentences[i] with { Previous = i > first ? sentences[i - 1].Text : "", Next = i + 1 < sentences.Count ? sentences[i + 1].Text : "", Subject = subject };
        }
    }

    private static void ReadResolutions(string folder, string file, Dictionary<(string, int), (SentenceLabel, string)> resolved)
    {
        foreach (var (at, row) in JsonLines(folder, file))
        {
            using var _ = row;
            var id = StringField(row.RootElement, "id", at);
            if (!row.RootElement.TryGetProperty("sentence", out var index) || !index.TryGetInt32(out var sentence) || sentence < 0)
                throw new TrainingDataException($"{at}: 'sentence' must be the sentence's index in its mail.");
            var label = StringField(row.RootElement, "resolved", at);
            if (!SentenceLabels.TryParse(label, out var parsed))
                throw new TrainingDataException($"{at}: unknown label '{label}'.");
            if (!resolved.TryAdd((id, sentence), (parsed, at)))
                throw new TrainingDataException($"{at}: sentence {sentence} of mail '{id}' is resolved twice.");
        }
    }

    /// <summary>Each non-blank line of the file as a JSON object, with where it is ("en/a.jsonl:3"); the caller disposes it.</summary>
    private static IEnumerable<(string At, JsonDocument Line)> JsonLines(string folder, string file)
    {
        var line = 0;
        foreach (var text in File.ReadLines(Path.Combine(folder, file)))
        {
            line++;
            if (!string.IsNullOrWhiteSpace(text))
                yield return ($"{file}:{line}", Parse(text, $"{file}:{line}"));
        }
    }

    private static JsonDocument Parse(string text, string at)
    {
        try
        {
            var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new TrainingDataException($"{at}: each line must be one JSON object.");
            }
            return document;
        }
        catch (JsonException exception)
        {
            throw new TrainingDataException($"{at}: not valid JSON ({exception.Message.TrimEnd('.')}).");
        }
    }

    /// <summary>A string field a mail may leave out ("to", "subject"): empty when absent or not a string.</summary>
    private static string OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static string StringField(JsonElement element, string name, string at) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text
            ? text
            : throw new TrainingDataException($"{at}: '{name}' must be a non-empty string.");
}
