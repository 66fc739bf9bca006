using System.Text.Json;
using MimeKit;

namespace OutlookValueCheck.Cli.Tests.Commands;

/// <summary>
/// <c>valuecheck eval</c> on small labeled mailboxes written to a temp folder: <c>set/mail/*.eml</c> and
/// <c>set/labels.jsonl</c>, against the corpus CRM (Rachel at Litware is a prospect; Greta at Coho Winery a customer;
/// Jorge at Fourth Coffee is do-not-email).
/// </summary>
public sealed class EvalCommandTests : IDisposable
{
    private const string Anna = "anna.berg@contoso.com";
    private const string Rachel = "rachel.green@litware.com";
    private const string Greta = "greta.h@cohowinery.com";
    private const string Jorge = "jorge.silva@fourthcoffee.com";
    private const string CheckIn = "Just checking in. Any updates?";
    private const string Useful = "Here is the benchmark your team asked for: 6 to 9 weeks for a team of your size.";
    private readonly TempFolder _folder = new();
    private readonly string _crm = RepositoryPaths.Corpus("crm");

    public void Dispose() => _folder.Dispose();

    private string Mail => Path.Combine(_folder.Path, "set", "mail");

    private string LabelsPath => Path.Combine(_folder.Path, "set", "labels.jsonl");

    private void Outbound(string name, string body, string day, string to = Rachel) =>
        _folder.Eml($"set/mail/{name}.eml", TempFolder.Mail(Anna, to, $"2026-11-{day}T09:00:00Z", body));

    private void Labels(params string[] lines) => _folder.File("set/labels.jsonl", string.Join('\n', lines) + "\n");

    private CliRun Eval(params string[] extra) =>
        CliRun.Of(["eval", Mail, "--crm", _crm, "--labels", LabelsPath, "--internal-domain", "contoso.com", .. extra]);

    private JsonElement EvalJson(params string[] extra)
    {
        var run = Eval([.. extra, "--json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(run.Out);
        return document.RootElement.Clone();
    }

    private static JsonElement Code(JsonElement result, string code, string list = "codes") =>
        result.GetProperty("score").GetProperty(list).EnumerateArray().Single(entry => entry.GetProperty("code").GetString() == code);

    private static (int Count, int Of) Tally(JsonElement result, string name)
    {
        var tally = result.GetProperty("score").GetProperty(name);
        return (tally.GetProperty("count").GetInt32(), tally.GetProperty("of").GetInt32());
    }

    [Fact]
    public void Findings_are_scored_per_code_against_expect_and_forbid_and_debatable_codes_count_neither_way()
    {
        Outbound("01", CheckIn, "02");  // expected and raised: found
        Outbound("02", Useful, "04");   // expected and not raised: missed
        Outbound("03", Useful, "06");   // forbidden and not raised
        Outbound("04", CheckIn, "08");  // forbidden and raised: a false positive, and a clean mail stopped
        Outbound("05", CheckIn, "10");  // raised but debatable: not a false positive, yet a clean mail stopped
        Labels(
            """{"file": "mail/01.eml", "expect": ["no-value-check-in"], "forbid": [], "note": "a bare check-in"}""",
            """{"file": "mail/02.eml", "expect": ["no-value-check-in"]}""",
            """{"file": "mail/03.eml", "expect": [], "forbid": ["no-value-check-in"]}""",
            """{"file": "mail/04.eml", "expect": [], "forbid": ["no-value-check-in", "seller-centric"]}""",
            """{"file": "mail/05.eml", "expect": []}""");

        var result = EvalJson();

        Assert.Equal(5, result.GetProperty("score").GetProperty("mails").GetInt32());
        var checkIn = Code(result, "no-value-check-in");
        Assert.Equal(2, checkIn.GetProperty("expected").GetInt32());
        Assert.Equal(1, checkIn.GetProperty("found").GetInt32());
        Assert.Equal(0.5, checkIn.GetProperty("recall").GetDouble());
        Assert.Equal(2, checkIn.GetProperty("forbidden").GetInt32());
        Assert.Equal(1, checkIn.GetProperty("raisedWhereForbidden").GetInt32());
        Assert.Equal(0.5, checkIn.GetProperty("precision").GetDouble());
        Assert.Equal((1, 2), Tally(result, "expectedFound"));
        Assert.Equal((1, 5), Tally(result, "forbidden"));
        Assert.Equal((2, 3), Tally(result, "cleanStopped"));
        Assert.Equal(JsonValueKind.Null, Code(result, "seller-centric").GetProperty("precision").ValueKind);
    }

    private const string GermanUseful = "Hallo Rachel, anbei die Auswertung, um die Ihr Team gebeten hat: sechs bis neun Wochen für ein Team Ihrer Größe.";

    [Fact]
    public void Scores_are_also_given_per_language_and_language_restricts_them_to_one()
    {
        Outbound("01", CheckIn, "02"); // too short to tell its language
        Outbound("02", GermanUseful, "04");
        Outbound("03", Useful, "06");
        Labels(
            """{"file": "mail/01.eml", "expect": ["no-value-check-in"]}""",
            """{"file": "mail/02.eml", "expect": [], "forbid": ["no-value-check-in"]}""",
            """{"file": "mail/03.eml", "expect": [], "forbid": ["no-value-check-in"]}""");

        var all = EvalJson();
        var byLanguage = all.GetProperty("score").GetProperty("byLanguage");
        Assert.Equal(1, byLanguage.GetProperty("English").GetProperty("mails").GetInt32());
        Assert.Equal(1, byLanguage.GetProperty("German").GetProperty("mails").GetInt32());
        Assert.Equal(1, byLanguage.GetProperty("too short to tell").GetProperty("expectedFound").GetProperty("of").GetInt32());

        var german = EvalJson("--language", "de");
        Assert.Equal(1, german.GetProperty("score").GetProperty("mails").GetInt32());
        Assert.Equal(2, german.GetProperty("leftOut").GetInt32());
        Assert.Empty(german.GetProperty("labelsNotChecked").EnumerateArray()); // left out is not "not checked"

        var table = Eval("--language", "de");
        Assert.Contains("Only mail in German is scored: 2 labeled mails in other languages (or too short to tell) left out.", table.Out, StringComparison.Ordinal);
        Assert.Contains("\n  German                 1         0      0       -            0.0%           0.0%\n", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_is_bad_input_naming_the_option()
    {
        Outbound("01", CheckIn, "02");
        Labels("""{"file": "mail/01.eml", "expect": ["no-value-check-in"]}""");

        var run = Eval("--language", "xx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--language 'xx' is not a language the check can tell; use one of en, de, fr, es", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void The_table_shows_each_code_and_the_totals()
    {
        Outbound("01", CheckIn, "02");
        Outbound("02", Useful, "04");
        Labels("""{"file": "mail/01.eml", "expect": ["no-value-check-in"]}""", """{"file": "mail/02.eml", "expect": [], "forbid": ["no-value-check-in"]}""");

        var run = Eval();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("Scored 2 labeled outbound mails with the combined judge under the default policy (2 outbound checked, 0 inbound read as replies, 0 skipped).", run.Out, StringComparison.Ordinal);
        Assert.Contains("\n  no-value-check-in       warn             1      1    1.00            0          1       0       1.00\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("\n  do-not-email            block            0      0       -            0          0       0          -\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("Expected findings found: 1 of 1 (1.00).", run.Out, StringComparison.Ordinal);
        Assert.Contains("Mails with a forbidden code: 0 of 2 (0.0%).", run.Out, StringComparison.Ordinal);
        Assert.Contains("Clean mail stopped (warn or block): 0 of 1 (0.0%).", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Warnings:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void With_who_the_right_code_raised_for_the_wrong_recipient_is_not_found()
    {
        // Jorge is do-not-email; Greta is not. The label of mail 01 says the finding concerns Greta: it does not.
        foreach (var (name, day) in new[] { ("01", "02"), ("02", "04") })
        {
            var message = TempFolder.Mail(Anna, Greta, $"2026-11-{day}T09:00:00Z", Useful);
            message.To.Add(MailboxAddress.Parse(Jorge));
            _folder.Eml($"set/mail/{name}.eml", message);
        }
        Labels(
            """{"file": "mail/01.eml", "expect": ["do-not-email"], "who": {"do-not-email": ["greta.h@cohowinery.com"]}}""",
            """{"file": "mail/02.eml", "expect": ["do-not-email"], "who": {"do-not-email": ["Jorge.Silva@FourthCoffee.com"]}}""");

        var result = EvalJson();

        var doNotEmail = Code(result, "do-not-email");
        Assert.Equal(2, doNotEmail.GetProperty("expected").GetInt32());
        Assert.Equal(1, doNotEmail.GetProperty("found").GetInt32());
        Assert.Equal(1, doNotEmail.GetProperty("misdirected").GetInt32());
        Assert.Equal((1, 2), Tally(result, "expectedFound"));
    }

    [Fact]
    public void A_who_address_the_mail_does_not_go_to_is_a_warning_about_the_label()
    {
        Outbound("01", CheckIn, "02");
        Labels("""{"file": "mail/01.eml", "expect": ["no-value-check-in"], "who": {"no-value-check-in": ["someone@litware.com"]}}""");

        var run = Eval();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"    {LabelsPath}:1: \"who\" for 'no-value-check-in' names someone@litware.com, not an external recipient of mail/01.eml\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("\n  no-value-check-in       warn             1      0    0.00            1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_replays_the_mailbox_as_audit_does_so_the_fourth_unanswered_mail_is_contact_fatigue()
    {
        for (var day = 1; day <= 4; day++)
            Outbound($"0{day}", Useful, $"0{day}");
        Labels(
            """{"file": "mail/01.eml", "expect": [], "forbid": ["contact-fatigue"]}""",
            """{"file": "mail/02.eml", "expect": [], "forbid": ["contact-fatigue"]}""",
            """{"file": "mail/03.eml", "expect": [], "forbid": ["contact-fatigue"]}""",
            """{"file": "mail/04.eml", "expect": ["contact-fatigue"]}""");

        var fatigue = Code(EvalJson(), "contact-fatigue");

        Assert.Equal(1, fatigue.GetProperty("found").GetInt32());
        Assert.Equal(0, fatigue.GetProperty("raisedWhereForbidden").GetInt32());
    }

    [Fact]
    public void Lookup_unavailable_is_reported_apart_and_left_out_of_the_totals()
    {
        Outbound("01", CheckIn, "02");
        Labels("""{"file": "mail/01.eml", "expect": ["no-value-check-in", "lookup-unavailable"]}""");

        var result = EvalJson();

        var apart = Code(result, "lookup-unavailable", "apart");
        Assert.Equal(1, apart.GetProperty("expected").GetInt32());
        Assert.Equal(0, apart.GetProperty("found").GetInt32());
        Assert.DoesNotContain(result.GetProperty("score").GetProperty("codes").EnumerateArray(), code => code.GetProperty("code").GetString() == "lookup-unavailable");
        Assert.Equal((1, 1), Tally(result, "expectedFound"));
    }

    [Fact]
    public void A_code_the_policy_turns_off_is_reported_apart_and_its_mails_count_as_clean()
    {
        Outbound("01", CheckIn, "02");
        Labels("""{"file": "mail/01.eml", "expect": ["no-value-check-in"]}""");
        var policy = _folder.File("policy.json", """{"severities": {"no-value-check-in": "off"}}""");

        var result = EvalJson("--policy", policy);

        Assert.Equal("off", Code(result, "no-value-check-in", "apart").GetProperty("severity").GetString());
        Assert.Equal((0, 0), Tally(result, "expectedFound"));
        Assert.Equal((0, 1), Tally(result, "cleanStopped"));
        Assert.Equal(policy, result.GetProperty("policy").GetString());
    }

    [Fact]
    public void Labels_whose_mail_was_not_checked_and_outbound_mail_without_a_label_are_listed_as_warnings()
    {
        Outbound("01", Useful, "02");
        Outbound("02", Useful, "04");
        _folder.Eml("set/mail/03.eml", TempFolder.Mail(Rachel, Anna, "2026-11-05T09:00:00Z", "Thanks!"));
        _folder.File("set/mail/04.eml", "To: rachel.green@litware.com\nSubject: Hi\nDate: Thu, 05 Nov 2026 10:00:00 +0000\n\nHello\n");
        Labels(
            """{"file": "mail/01.eml", "expect": []}""",
            """{"file": "mail/03.eml", "expect": []}""",
            """{"file": "mail/04.eml", "expect": []}""",
            """{"file": "mail/99.eml", "expect": ["no-value-check-in"]}""");

        var run = Eval();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Scored 1 labeled outbound mail with the combined judge", run.Out, StringComparison.Ordinal);
        Assert.Contains("  3 labeled mails not checked:\n", run.Out, StringComparison.Ordinal);
        Assert.Contains($"    mail/03.eml ({LabelsPath}:2): not an outbound mail (its sender is not in an internal domain)\n", run.Out, StringComparison.Ordinal);
        Assert.Contains($"    mail/04.eml ({LabelsPath}:3): skipped: it has no From address\n", run.Out, StringComparison.Ordinal);
        Assert.Contains($"    mail/99.eml ({LabelsPath}:4): not in the mail folder\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  1 outbound mail without a label (not scored):\n    mail/02.eml\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("Expected findings found: 0 of 0 (-).", run.Out, StringComparison.Ordinal);

        var result = EvalJson();
        Assert.Equal(["mail/03.eml", "mail/04.eml", "mail/99.eml"], result.GetProperty("labelsNotChecked").EnumerateArray().Select(label => label.GetProperty("file").GetString()));
        Assert.Equal(["mail/02.eml"], result.GetProperty("unlabeledOutbound").EnumerateArray().Select(file => file.GetString()));
    }

    [Theory]
    [InlineData("""{"file": "mail/01.eml", "expect": ["pitch"]}""", "2: unknown code 'pitch' in \"expect\"")]
    [InlineData("""{"file": "mail/01.eml", "forbid": ["do-not-mail"]}""", "2: unknown code 'do-not-mail' in \"forbid\"")]
    [InlineData("""{"file": "mail/01.eml", "expect": [], "who": {"pitch": ["a@b.com"]}}""", "2: unknown code 'pitch' in \"who\"")]
    [InlineData("{\"file\": \"mail/01.eml\", \"expect\": [\"no-value-check-in\"", "2: not valid JSON (at column 55)")]
    [InlineData("""["mail/01.eml"]""", "2: not a JSON object")]
    [InlineData("""{"expect": ["no-value-check-in"]}""", "2: no \"file\" (the mail's path, relative to the labels file's folder)")]
    [InlineData("""{"file": "./mail/00.eml", "expect": []}""", "2: './mail/00.eml' is already labeled on line 1")]
    [InlineData("""{"file": "mail/01.eml", "expect": ["no-value-check-in"], "forbid": ["no-value-check-in"]}""", "2: 'no-value-check-in' is both expected and forbidden")]
    [InlineData("""{"file": "mail/01.eml", "expect": [], "who": {"do-not-email": ["a@b.com"]}}""", "2: \"who\" names 'do-not-email', which \"expect\" does not list")]
    [InlineData("""{"file": "mail/01.eml", "exepct": []}""", "2: unknown field \"exepct\" (a label has \"file\", \"expect\", \"forbid\", \"note\", \"who\")")]
    public void A_bad_label_line_is_bad_input_naming_the_file_and_line_and_nothing_is_printed(string line, string message)
    {
        Outbound("00", Useful, "02");
        Outbound("01", Useful, "04");
        Labels("""{"file": "mail/00.eml", "expect": []}""", line);

        var run = Eval();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"valuecheck: {LabelsPath}:{message}", Assert.Single(run.ErrorLines));
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Every_bad_line_is_reported_after_the_first()
    {
        Outbound("01", Useful, "02");
        Labels("""{"file": "mail/01.eml", "expect": ["x"]}""", "", "oops", """{"expect": []}""");

        var run = Eval("--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            [$"valuecheck: {LabelsPath}:1: unknown code 'x' in \"expect\"", $"  {LabelsPath}:3: not valid JSON (at column 1)", $"  {LabelsPath}:4: no \"file\" (the mail's path, relative to the labels file's folder)"],
            run.ErrorLines);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Missing_labels_mail_or_crm_are_bad_input()
    {
        Outbound("01", Useful, "02");

        var noLabels = Eval();
        Assert.Equal(2, noLabels.ExitCode);
        Assert.Equal($"valuecheck: labels file '{LabelsPath}' does not exist.", Assert.Single(noLabels.ErrorLines));

        Labels("""{"file": "mail/01.eml", "expect": []}""");
        var noMail = CliRun.Of("eval", Path.Combine(_folder.Path, "nowhere"), "--crm", _crm, "--labels", LabelsPath, "--internal-domain", "contoso.com");
        Assert.Equal(2, noMail.ExitCode);
        Assert.Equal($"valuecheck: '{Path.Combine(_folder.Path, "nowhere")}' is neither a folder of .eml files nor an mbox file.", Assert.Single(noMail.ErrorLines));

        var noCrm = CliRun.Of("eval", Mail, "--crm", Path.Combine(_folder.Path, "no-crm"), "--labels", LabelsPath, "--internal-domain", "contoso.com");
        Assert.Equal(2, noCrm.ExitCode);
        Assert.Equal($"valuecheck: CRM folder '{Path.Combine(_folder.Path, "no-crm")}' does not exist.", Assert.Single(noCrm.ErrorLines));

        var noLabelsOption = CliRun.Of("eval", Mail, "--crm", _crm, "--internal-domain", "contoso.com");
        Assert.Equal(2, noLabelsOption.ExitCode);
        Assert.Contains("--labels", noLabelsOption.Error, StringComparison.Ordinal);
        Assert.All(new[] { noLabels, noMail, noCrm, noLabelsOption }, run => Assert.Equal("", run.Out));
    }
}
