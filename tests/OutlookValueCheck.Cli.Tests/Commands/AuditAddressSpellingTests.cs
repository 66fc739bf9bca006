using System.Text.Json;
using MimeKit;

namespace OutlookValueCheck.Cli.Tests.Commands;

/// <summary>An audit matches people by their address's normal spelling, and skips mail whose addresses hide characters.</summary>
public sealed class AuditAddressSpellingTests : IDisposable
{
    private const string Anna = "anna.berg@contoso.com";
    private const string Useful = "Here is the benchmark your team asked for: 6 to 9 weeks for a team of your size.";
    private readonly TempFolder _folder = new();
    private readonly string _crm = RepositoryPaths.Corpus("crm");

    public void Dispose() => _folder.Dispose();

    private CliRun Audit() =>
        CliRun.Of(["audit", _folder.Path, "--crm", _crm, "--internal-domain", "contoso.com", "--out", Path.Combine(_folder.Path, "out.jsonl")]);

    private string[][] Codes() =>
        File.ReadAllLines(Path.Combine(_folder.Path, "out.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("code").GetString()!).ToArray())
            .ToArray();

    /// <summary>A message whose addresses are written exactly as given (no parsing that could tidy them up).</summary>
    private static MimeMessage Mail(string from, string to, string date, string body)
    {
        var message = TempFolder.Mail(Anna, "someone@example.org", date, body);
        message.From.Clear();
        message.From.Add(new MailboxAddress("", from));
        message.To.Clear();
        message.To.Add(new MailboxAddress("", to));
        return message;
    }

    [Fact]
    public void Four_unanswered_mails_to_one_person_spelled_four_ways_are_contact_fatigue()
    {
        string[] spellings = ["lena@bücher.example", "Lena@xn--bcher-kva.example", "lena@bücher.example.", "LENA@XN--BCHER-KVA.EXAMPLE."];
        for (var day = 1; day <= 4; day++)
            _folder.Eml($"m{day}.eml", Mail(Anna, spellings[day - 1], $"2026-11-0{day}T09:00:00Z", Useful));

        Audit();

        Assert.Equal([[], [], [], ["contact-fatigue"]], Codes());
    }

    [Fact]
    public void A_reply_from_another_spelling_of_the_recipient_resets_contact_fatigue()
    {
        for (var day = 1; day <= 4; day++)
            _folder.Eml($"m{day}.eml", Mail(Anna, "lena@bücher.example", $"2026-11-0{day}T09:00:00Z", Useful));
        _folder.Eml("reply.eml", Mail("Lena@XN--BCHER-KVA.example.", "Anna.Berg@Contoso.com", "2026-11-03T12:00:00Z", "Thanks, looking at it."));

        Audit();

        Assert.All(Codes(), Assert.Empty);
    }

    [Fact]
    public void A_message_to_an_address_with_a_hidden_character_is_reported_and_skipped()
    {
        _folder.Eml("ok.eml", Mail(Anna, "rachel.green@litware.com", "2026-11-01T09:00:00Z", Useful));
        _folder.Eml("hidden.eml", Mail(Anna, "rachel.green\u200B@litware.com", "2026-11-02T09:00:00Z", Useful));

        var run = Audit();

        Assert.Equal(0, run.ExitCode);
        Assert.Single(Codes());
        Assert.Contains(run.ErrorLines, line => line.StartsWith("valuecheck: skipped hidden.eml: has an address that cannot be checked: 'rachel.green<U+200B>@litware.com' contains U+200B ZERO WIDTH SPACE", StringComparison.Ordinal));
    }
}
