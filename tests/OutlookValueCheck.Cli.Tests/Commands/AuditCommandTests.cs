using System.Text.Json;
using MimeKit;

namespace OutlookValueCheck.Cli.Tests.Commands;

public sealed class AuditCommandTests : IDisposable
{
    private const string Anna = "anna.berg@contoso.com";
    private const string Rachel = "rachel.green@litware.com";
    private const string Useful = "Here is the benchmark your team asked for: 6 to 9 weeks for a team of your size.";
    private readonly TempFolder _folder = new();
    private readonly string _crm = RepositoryPaths.Corpus("crm");

    public void Dispose() => _folder.Dispose();

    private CliRun Audit(string input, params string[] extra) =>
        CliRun.Of(["audit", input, "--crm", _crm, "--internal-domain", "contoso.com", "--out", Path.Combine(_folder.Path, "out.jsonl"), .. extra]);

    private List<JsonElement> Lines() =>
        File.ReadAllLines(Path.Combine(_folder.Path, "out.jsonl")).Select(line => JsonDocument.Parse(line).RootElement).ToList();

    private static string[] Codes(JsonElement line) =>
        line.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("code").GetString()!).ToArray();

    [Fact]
    public void Each_outbound_message_becomes_one_json_line_in_date_order_and_inbound_mail_does_not()
    {
        _folder.Eml("mail/b.eml", TempFolder.Mail(Anna, Rachel, "2026-11-05T09:00:00Z", Useful, id: "second@contoso.com"));
        _folder.Eml("mail/a.eml", TempFolder.Mail(Anna, Rachel, "2026-11-06T09:00:00Z", "Just checking in. Any updates?", id: "third@contoso.com"));
        _folder.Eml("mail/sub/c.eml", TempFolder.Mail(Anna, Rachel, "2026-11-01T09:00:00Z", Useful, id: "first@contoso.com"));
        _folder.Eml("mail/reply.eml", TempFolder.Mail(Rachel, Anna, "2026-11-02T09:00:00Z", "Thanks!"));

        var run = Audit(Path.Combine(_folder.Path, "mail"));

        Assert.Equal(0, run.ExitCode);
        var lines = Lines();
        Assert.Equal(["sub/c.eml", "b.eml", "a.eml"], lines.Select(line => line.GetProperty("file").GetString()));
        Assert.Equal(["first@contoso.com", "second@contoso.com", "third@contoso.com"], lines.Select(line => line.GetProperty("messageId").GetString()));
        Assert.All(lines, line => Assert.Equal(Anna, line.GetProperty("from").GetString()));
        Assert.Equal(["ok", "ok", "warn"], lines.Select(line => line.GetProperty("verdict").GetString()));
        var finding = lines[2].GetProperty("findings")[0];
        Assert.Equal("no-value-check-in", finding.GetProperty("code").GetString());
        Assert.Equal("warn", finding.GetProperty("severity").GetString());
        Assert.Equal(Rachel, finding.GetProperty("recipient").GetString());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("message").GetString()));
        Assert.Contains("Audited 3 outbound messages dated 2026-11-01 to 2026-11-06 (1 inbound read as replies, 0 skipped).", run.Out, StringComparison.Ordinal);
    }

    private const string GermanTemplate = "Hallo {Vorname}, anbei die Auswertung, um die Ihr Team gebeten hat: sechs bis neun Wochen.";
    private const string Italian = "Buongiorno Rachel, le invio il confronto richiesto dal suo team: da sei a nove settimane per un team come il suo.";
    private const string FrenchUseful = "Bonjour Rachel, voici le comparatif demandé par votre équipe : six à neuf semaines pour une équipe de votre taille.";

    [Fact]
    public void The_summary_counts_mails_per_language_and_language_reports_only_those()
    {
        _folder.Eml("m1.eml", TempFolder.Mail(Anna, Rachel, "2026-11-01T09:00:00Z", Useful));
        _folder.Eml("m2.eml", TempFolder.Mail(Anna, Rachel, "2026-11-02T09:00:00Z", GermanTemplate));
        _folder.Eml("m3.eml", TempFolder.Mail(Anna, Rachel, "2026-11-03T09:00:00Z", FrenchUseful));
        _folder.Eml("m4.eml", TempFolder.Mail(Anna, "marco.rossi@fabrikam.it", "2026-11-04T09:00:00Z", Italian));
        _folder.Eml("m5.eml", TempFolder.Mail(Anna, Rachel, "2026-11-05T09:00:00Z", "Danke!"));

        var all = Audit(_folder.Path);
        Assert.Equal(["en", "de", "fr", "it", null], Lines().Select(line => line.GetProperty("language").GetString()));
        Assert.Contains("1 German mail, 1 warned", all.Out, StringComparison.Ordinal); // its placeholder blocks it
        Assert.Contains("1 Italian mail, 0 warned (text not checked)", all.Out, StringComparison.Ordinal);
        Assert.Contains("; 1 mail too short to tell the language, ", all.Out, StringComparison.Ordinal);

        var german = Audit(_folder.Path, "--language", "de");
        Assert.Equal(0, german.ExitCode);
        Assert.Equal(["m2.eml"], Lines().Select(line => line.GetProperty("file").GetString()));
        Assert.Contains("Audited 1 outbound message", german.Out, StringComparison.Ordinal);
        Assert.Contains("Only mail in German is reported: 4 outbound messages in other languages (or too short to tell) left out; they still count towards contact fatigue.", german.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Mail_left_out_by_language_still_counts_towards_contact_fatigue()
    {
        for (var day = 1; day <= 3; day++)
            _folder.Eml($"m{day}.eml", TempFolder.Mail(Anna, Rachel, $"2026-11-0{day}T09:00:00Z", Useful));
        _folder.Eml("m4.eml", TempFolder.Mail(Anna, Rachel, "2026-11-04T09:00:00Z", FrenchUseful));

        Audit(_folder.Path, "--language", "fr");

        Assert.Equal([["contact-fatigue"]], Lines().Select(Codes));
    }

    [Fact]
    public void The_fourth_unanswered_message_to_the_same_person_is_contact_fatigue()
    {
        for (var day = 1; day <= 4; day++)
            _folder.Eml($"m{day}.eml", TempFolder.Mail(Anna, Rachel, $"2026-11-0{day}T09:00:00Z", Useful));

        Audit(_folder.Path);

        Assert.Equal([[], [], [], ["contact-fatigue"]], Lines().Select(Codes));
    }

    [Fact]
    public void A_reply_from_the_recipient_resets_contact_fatigue()
    {
        for (var day = 1; day <= 4; day++)
            _folder.Eml($"m{day}.eml", TempFolder.Mail(Anna, Rachel, $"2026-11-0{day}T09:00:00Z", Useful));
        _folder.Eml("reply.eml", TempFolder.Mail(Rachel, Anna, "2026-11-03T12:00:00Z", "Thanks, looking at it."));

        Audit(_folder.Path);

        Assert.All(Lines(), line => Assert.Empty(Codes(line)));
    }

    [Fact]
    public void Messages_outside_the_fatigue_window_do_not_count()
    {
        foreach (var (name, date) in new[] { ("m1", "2026-10-01"), ("m2", "2026-10-20"), ("m3", "2026-11-01"), ("m4", "2026-11-05") })
            _folder.Eml($"{name}.eml", TempFolder.Mail(Anna, Rachel, $"{date}T09:00:00Z", Useful));

        Audit(_folder.Path);

        Assert.All(Lines(), line => Assert.Empty(Codes(line)));
    }

    [Fact]
    public void Each_message_is_checked_as_of_its_own_date()
    {
        // Margie's Travel renews on 2027-01-05: an upsell in November is inside the 60-day window, one in July is not.
        const string upsell = "Your team could upgrade to the Premium plan for EUR 6,000 more per year; I can send a quote.";
        _folder.Eml("july.eml", TempFolder.Mail(Anna, "emma.w@margiestravel.com", "2026-07-01T09:00:00Z", upsell));
        _folder.Eml("november.eml", TempFolder.Mail(Anna, "emma.w@margiestravel.com", "2026-11-20T09:00:00Z", upsell));

        Audit(_folder.Path);

        Assert.Equal([[], ["at-risk-account"]], Lines().Select(Codes));
    }

    [Fact]
    public void Unusable_files_are_reported_and_skipped_and_the_audit_goes_on()
    {
        _folder.Eml("good.eml", TempFolder.Mail(Anna, Rachel, "2026-11-01T09:00:00Z", Useful));
        _folder.File("empty.eml", "");
        _folder.File("truncated.eml", "From: anna.berg@contoso.com\nTo: rachel.green@litware.com\nSubj");

        var run = Audit(_folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Single(Lines());
        Assert.Contains(run.ErrorLines, line => line.StartsWith("valuecheck: skipped empty.eml: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, line => line.StartsWith("valuecheck: skipped truncated.eml: cannot be parsed as a mail message", StringComparison.Ordinal));
        Assert.Contains("(0 inbound read as replies, 2 skipped)", run.Out, StringComparison.Ordinal);
        Assert.Contains("  truncated.eml: cannot be parsed as a mail message", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_mbox_with_a_broken_message_in_the_middle_audits_the_rest()
    {
        using var mbox = new MemoryStream();
        void Append(string text) => mbox.Write(System.Text.Encoding.UTF8.GetBytes(text));
        void AppendMessage(MimeMessage message)
        {
            Append("From MAILER-DAEMON Mon Nov  2 09:00:00 2026\n");
            message.WriteTo(FormatOptions.Default, mbox);
            Append("\n");
        }
        AppendMessage(TempFolder.Mail(Anna, Rachel, "2026-11-01T09:00:00Z", Useful));
        Append("From MAILER-DAEMON Mon Nov  2 09:00:00 2026\nthis is not a message at all\n\n");
        AppendMessage(TempFolder.Mail(Anna, Rachel, "2026-11-03T09:00:00Z", "Just checking in. Any updates?"));
        var path = _folder.File("box.mbox", "");
        File.WriteAllBytes(path, mbox.ToArray());

        var run = Audit(path);

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = Lines();
        Assert.Equal(["box.mbox#1", "box.mbox#3"], lines.Select(line => line.GetProperty("file").GetString()));
        Assert.Equal([[], ["no-value-check-in"]], lines.Select(Codes));
        Assert.Contains(run.ErrorLines, line => line.StartsWith("valuecheck: skipped box.mbox#2: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_with_no_mail_is_bad_input_and_writes_nothing()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "empty"));

        var run = Audit(Path.Combine(_folder.Path, "empty"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"valuecheck: folder '{Path.Combine(_folder.Path, "empty")}' holds no .eml files.", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(Path.Combine(_folder.Path, "out.jsonl")));
    }

    [Fact]
    public void The_internal_domain_is_required_and_checked()
    {
        _folder.Eml("m.eml", TempFolder.Mail(Anna, Rachel, "2026-11-01T09:00:00Z", Useful));

        Assert.Equal(2, CliRun.Of("audit", _folder.Path, "--crm", _crm).ExitCode);
        var run = CliRun.Of("audit", _folder.Path, "--crm", _crm, "--internal-domain", "not a domain");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("valuecheck: --internal-domain 'not a domain' is not a domain name like contoso.com.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Without_out_the_json_lines_go_to_standard_output_before_the_summary()
    {
        _folder.Eml("m.eml", TempFolder.Mail(Anna, Rachel, "2026-11-01T09:00:00Z", Useful));

        var run = CliRun.Of("audit", _folder.Path, "--crm", _crm, "--internal-domain", "contoso.com");

        var first = run.Out.Split('\n')[0];
        Assert.Equal("m.eml", JsonDocument.Parse(first).RootElement.GetProperty("file").GetString());
        Assert.Contains("Findings by code", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_counts_findings_per_code_and_per_sender()
    {
        var run = Audit(RepositoryPaths.Corpus("holdout"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Audited 30 outbound messages", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"pitch-to-customer\s+3\s+warn", run.Out);
        Assert.Matches(@"anna\.berg@contoso\.com\s+30\s+", run.Out);
    }

    [Fact]
    public void Long_audits_report_progress_on_standard_error()
    {
        for (var i = 0; i < 220; i++)
            _folder.Eml($"m{i:000}.eml", TempFolder.Mail(Anna, $"p{i}@litware.com", "2026-11-01T09:00:00Z", Useful));

        var run = Audit(_folder.Path);

        Assert.Contains("Checking 220/220 (100%)", run.Error, StringComparison.Ordinal);
    }
}
