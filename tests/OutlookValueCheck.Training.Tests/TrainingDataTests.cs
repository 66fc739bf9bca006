namespace OutlookValueCheck.Training.Tests;

/// <summary>Labeled data that cannot be trained on fails training with file:line and what is wrong.</summary>
public sealed class TrainingDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("valuecheck-training-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string file, params string[] lines)
    {
        var path = Path.Combine(_folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, lines);
    }

    private const string GoodMail = """{"id": "m1", "sentences": [{"text": "Hi Ana,", "label": "pleasantry"}, {"text": "Just checking in.", "label": "check-in"}]}""";

    [Fact]
    public void Sentences_are_read_in_order_with_the_resolved_label_in_place_of_the_authors()
    {
        Write("en/a.jsonl", GoodMail);
        Write("en-label-resolutions.jsonl", """{"id": "m1", "sentence": 1, "author": "check-in", "second": "other", "resolved": "other"}""");

        var sentences = TrainingData.Load(_folder);

        Assert.Equal(["pleasantry", "other"], sentences.Select(sentence => Core.Model.SentenceLabels.Name(sentence.Label)));
        Assert.Equal(["en-label-resolutions.jsonl", "en/a.jsonl"], TrainingData.FilesIn(_folder));
    }

    private const string MailWithIntents = """{"id": "m1", "intents": ["generic-pitch"], "body": "We are Contoso.", "sentences": [{"text": "We are Contoso.", "label": "intro-us"}]}""";

    [Fact]
    public void Blind_intent_readings_are_read_by_mail_and_are_not_training_files()
    {
        Write("en/a.jsonl", MailWithIntents);
        Write("en-blind-intent-labels.jsonl", """{"id": "m1", "intents": ["generic-pitch", "seller-centric"], "why": "about us"}""");

        var readings = TrainingData.SecondIntentReadings(_folder, TrainingData.Mails(_folder));

        Assert.Equal(["generic-pitch", "seller-centric"], readings["m1"].Order(StringComparer.Ordinal));
        Assert.Equal(["en/a.jsonl"], TrainingData.FilesIn(_folder));
    }

    [Theory]
    [InlineData("""{"id": "m1", "intents": ["pitch"]}""", "en-blind-intent-labels.jsonl:1: unknown mail intent 'pitch'")]
    [InlineData("""{"id": "m9", "intents": []}""", "en-blind-intent-labels.jsonl:1: reads mail 'm9', which no training file has.")]
    [InlineData("""{"id": "m1"}""", "en-blind-intent-labels.jsonl:1: 'intents' must be a list of mail intents.")]
    public void A_bad_blind_intent_reading_names_the_file_and_line(string line, string message)
    {
        Write("en/a.jsonl", MailWithIntents);
        Write("en-blind-intent-labels.jsonl", line);

        var problem = Assert.Throws<TrainingDataException>(() => TrainingData.SecondIntentReadings(_folder, TrainingData.Mails(_folder)));

        Assert.StartsWith(message, problem.Message);
    }

    [Fact]
    public void An_unknown_label_names_the_file_line_and_sentence()
    {
        Write("en/a.jsonl", GoodMail, """{"id": "m2", "sentences": [{"text": "Buy now", "label": "pitch"}]}""");

        var problem = Assert.Throws<TrainingDataException>(() => TrainingData.Load(_folder));

        Assert.StartsWith("en/a.jsonl:2 sentence 0: unknown label 'pitch'", problem.Message);
    }

    [Fact]
    public void A_malformed_line_names_the_file_and_line()
    {
        Write("en/a.jsonl", GoodMail, "", """{"id": "m2", "sentences": [""");

        var problem = Assert.Throws<TrainingDataException>(() => TrainingData.Load(_folder));

        Assert.StartsWith("en/a.jsonl:3: not valid JSON", problem.Message);
    }

    [Fact]
    public void A_resolution_of_a_sentence_no_file_has_is_refused()
    {
        Write("en/a.jsonl", GoodMail);
        Write("en-label-resolutions.jsonl", """{"id": "m1", "sentence": 7, "resolved": "other"}""");

        var problem = Assert.Throws<TrainingDataException>(() => TrainingData.Load(_folder));

        Assert.Equal("en-label-resolutions.jsonl:1: resolves sentence 7 of mail 'm1', which no training file has.", problem.Message);
    }

    [Fact]
    public void Mails_are_read_whole_with_their_set_subject_body_and_intents()
    {
        Write("en/retail.jsonl", """{"id": "r1", "to": "former-customer", "subject": "Hi", "body": "Hi Ana,\nJust checking in.", "intents": ["check-in-only"], "sentences": []}""");

        var mail = Assert.Single(TrainingData.Mails(_folder));

        Assert.Equal(("r1", "retail", "former-customer", "Hi", "Hi Ana,\nJust checking in."), (mail.Id, mail.Set, mail.To, mail.Subject, mail.Body));
        Assert.Equal(["check-in-only"], mail.Intents);
    }

    [Fact]
    public void A_mail_without_intents_or_body_names_the_file_and_line()
    {
        Write("en/a.jsonl", """{"id": "m1", "body": "Hi", "intents": ["helpful"]}""", """{"id": "m2", "body": "Hi"}""");
        Write("en/b.jsonl", """{"id": "m3", "intents": []}""");

        var files = Assert.Throws<TrainingDataException>(() => TrainingData.Mails(_folder));

        Assert.Equal("en/a.jsonl:2: 'intents' must be a list of mail intents.", files.Message);
    }

    [Fact]
    public void Holding_out_a_set_the_folder_does_not_have_is_refused_before_any_training()
    {
        Write("en/a.jsonl", """{"id": "m1", "body": "Hi Ana, just checking in.", "intents": ["check-in-only"], "sentences": [{"text": "Hi Ana, just checking in.", "label": "check-in"}]}""");

        var problem = Assert.Throws<TrainingDataException>(() => HeldOutMails.Run(_folder, new HashSet<string> { "retail" }, new TrainerOptions()));

        Assert.Contains("no training set is named retail", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Author_folds_hold_each_set_once_and_spread_each_language_over_the_folds()
    {
        foreach (var set in new[] { "en/retail", "en/medtech", "en/print", "de/de-a", "de/de-b", "fr/fr-a" })
            Write(set + ".jsonl", GoodMail.Replace("m1", set, StringComparison.Ordinal));

        var folds = HeldOutMails.AuthorFolds(_folder, 3, seed: 7);

        Assert.Equal(["de-a", "de-b", "fr-a", "medtech", "print", "retail"], folds.SelectMany(fold => fold).Order(StringComparer.Ordinal));
        Assert.All(folds, fold => Assert.Single(fold, set => !set.Contains('-', StringComparison.Ordinal)));
        Assert.Equal(2, folds.Count(fold => fold.Any(set => set.StartsWith("de-", StringComparison.Ordinal))));
        Assert.Equal(folds.Select(fold => fold.Order(StringComparer.Ordinal)), HeldOutMails.AuthorFolds(_folder, 3, seed: 7).Select(fold => fold.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Author_folds_need_two_folds_at_least()
    {
        Write("en/a.jsonl", GoodMail);

        var problem = Assert.Throws<TrainingDataException>(() => HeldOutMails.RunAuthorFolds(_folder, 1, new TrainerOptions()));

        Assert.Contains("--author-folds: 1 is too few", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mail_id_used_twice_is_refused()
    {
        Write("en/a.jsonl", GoodMail);
        Write("en/b.jsonl", GoodMail);

        var problem = Assert.Throws<TrainingDataException>(() => TrainingData.Load(_folder));

        Assert.Equal("en/b.jsonl:1: mail id 'm1' appears twice.", problem.Message);
    }

    [Fact]
    public void The_fingerprint_changes_with_any_byte_of_the_data_and_with_the_options()
    {
        Write("en/a.jsonl", GoodMail);
        var options = new TrainerOptions();
        var before = Fingerprints.Of(_folder, options);

        Assert.NotEqual(before, Fingerprints.Of(_folder, options with { Iterations = options.Iterations + 1 }));
        Write("en/a.jsonl", GoodMail.Replace("Ana", "Anna", StringComparison.Ordinal));
        Assert.NotEqual(before, Fingerprints.Of(_folder, options));
    }
}
