using System.Text.Json;

namespace OutlookValueCheck.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    private static readonly string Crm = RepositoryPaths.Corpus("crm");

    [Fact]
    public void Checking_a_pitch_to_a_customer_prints_the_verdict_the_finding_and_its_evidence()
    {
        var run = CliRun.Of("check", RepositoryPaths.Corpus("holdout", "h02.eml"), "--crm", Crm);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("WARN", run.Out, StringComparison.Ordinal);
        Assert.Contains("pitch-to-customer  (tom.k@fabrikam.com)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Fabrikam has been a customer since April 2021", run.Out, StringComparison.Ordinal);
        Assert.Contains("account.relationship = customer (built-in CRM)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Does this add value for them?", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_carries_verdict_send_mode_findings_and_recipients()
    {
        var run = CliRun.Of("check", RepositoryPaths.Corpus("holdout", "h08.eml"), "--crm", Crm, "--internal-domain", "contoso.com", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var result = json.RootElement.GetProperty("result");
        Assert.Equal("block", result.GetProperty("verdict").GetString());
        Assert.Equal("softBlock", result.GetProperty("sendMode").GetString());
        var finding = result.GetProperty("findings")[0];
        Assert.Equal("do-not-email", finding.GetProperty("code").GetString());
        Assert.Equal("fact", finding.GetProperty("evidence")[0].GetProperty("kind").GetString());
        Assert.Equal("jorge.silva@fourthcoffee.com", result.GetProperty("recipients")[0].GetProperty("address").GetString());
    }

    [Fact]
    public void An_undated_draft_is_checked_as_of_now()
    {
        using var folder = new TempFolder();
        var draft = folder.File("draft.eml", "From: anna.berg@contoso.com\nTo: rachel.green@litware.com\nSubject: hi\n\nJust checking in. Any updates?\n");

        var run = CliRun.Of("check", draft, "--crm", Crm);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no-value-check-in", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_mail_file_is_bad_input_with_a_one_line_reason()
    {
        var run = CliRun.Of("check", "/nowhere/mail.eml", "--crm", Crm);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("valuecheck: mail file '/nowhere/mail.eml' does not exist.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_file_that_is_not_mail_is_bad_input()
    {
        using var folder = new TempFolder();
        var junk = folder.File("junk.eml", "");

        var run = CliRun.Of("check", junk, "--crm", Crm);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"valuecheck: '{junk}'", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_crm_row_is_reported_with_file_and_line_and_nothing_is_checked()
    {
        using var folder = new TempFolder();
        var crm = folder.CopyCorpusCrm();
        File.AppendAllText(Path.Combine(crm, "accounts.csv"), "A900,Broken,broken.com,client,,,,0,\n");

        var run = CliRun.Of("check", RepositoryPaths.Corpus("holdout", "h02.eml"), "--crm", crm);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal($"valuecheck: the CRM in '{crm}' has 1 bad row; nothing was loaded.", run.ErrorLines[0]);
        Assert.Equal($"  {Path.Combine(crm, "accounts.csv")}:22: relationship 'client' is not one of customer, prospect, former-customer, partner, competitor", run.ErrorLines[1]);
    }

    [Fact]
    public void A_policy_with_an_unknown_code_is_bad_input_naming_the_field()
    {
        using var folder = new TempFolder();
        var policy = folder.File("policy.json", """{ "severities": { "pitch-to-prospect": "warn" } }""");

        var run = CliRun.Of("check", RepositoryPaths.Corpus("holdout", "h02.eml"), "--crm", Crm, "--policy", policy);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"valuecheck: policy file '{policy}' is not valid: severities.pitch-to-prospect: 'pitch-to-prospect' is not a finding code", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_can_turn_a_finding_off()
    {
        using var folder = new TempFolder();
        var policy = folder.File("policy.json", """{ "severities": { "pitch-to-customer": "off", "seller-centric": "off" } }""");

        var run = CliRun.Of("check", RepositoryPaths.Corpus("holdout", "h02.eml"), "--crm", Crm, "--policy", policy);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("OK. Nothing to flag.", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("check")]
    [InlineData("check", "mail.eml")]
    [InlineData("frobnicate")]
    [InlineData("check", "mail.eml", "--crm", "x", "--colour")]
    public void Wrong_arguments_are_bad_input_with_one_line(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("valuecheck: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_succeeds()
    {
        var run = CliRun.Of("audit", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--internal-domain", run.Out, StringComparison.Ordinal);
    }
}
