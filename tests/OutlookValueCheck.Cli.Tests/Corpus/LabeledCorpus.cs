using System.Globalization;
using MimeKit;
using OutlookValueCheck.Cli.Eval;
using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Cli.Mail;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Cli.Tests.Corpus;

/// <summary>
/// A mail of tests/corpus with its labels. Labels live in the .eml itself:
/// <c>X-Corpus-Expect</c> lists the codes a reviewer expects (empty for clean mail); every other code is forbidden, as
/// these sets are labeled in full. <c>X-Corpus-Who: code address…</c> names the recipients an expected code concerns
/// (every mail with several external recipients has one per expected code).
/// <c>X-Corpus-History: address; sent=yyyy-mm-dd,...; last-received=yyyy-mm-dd</c> gives the sender's mail history
/// with a recipient, and <c>X-Corpus-Lookup-Failed: crm|graph</c> marks a lookup that did not answer.
/// </summary>
internal sealed record LabeledMail(string Set, string Name, Draft Draft, MailLabel Label, IReadOnlyList<RecipientFacts> Facts)
{
    public IReadOnlySet<FindingCode> Expected => Label.Expect;
}

internal static class LabeledCorpus
{
    public const string InternalDomain = "contoso.com";

    public static IReadOnlyList<LabeledMail> Load(string set)
    {
        var facts = new RecipientFactsBuilder(CrmFolder.Load(RepositoryPaths.Corpus("crm")), InternalDomains.Parse([InternalDomain]));
        return Directory.EnumerateFiles(RepositoryPaths.Corpus(set), "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(path => Read(set, path, facts))
            .ToList();
    }

    private static LabeledMail Read(string set, string path, RecipientFactsBuilder factsBuilder)
    {
        var message = MimeMessage.Load(path);
        var draft = MailMessageReader.Read(message).Draft
            ?? throw new InvalidOperationException($"{path}: corpus mail is not usable");
        var expected = (message.Headers["X-Corpus-Expect"] ?? "")
            .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(name => FindingCodes.TryParse(name, out var code) ? code : throw new InvalidOperationException($"{path}: unknown code '{name}'"))
            .ToHashSet();
        var who = message.Headers.Where(header => header.Field == "X-Corpus-Who")
            .Select(header => header.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(
                parts => FindingCodes.TryParse(parts[0], out var code) && expected.Contains(code) ? code : throw new InvalidOperationException($"{path}: X-Corpus-Who names '{parts[0]}', which X-Corpus-Expect does not list"),
                parts => (IReadOnlySet<string>)parts.Skip(1).Select(EmailAddresses.Normalise).ToHashSet(StringComparer.Ordinal));
        var label = new MailLabel($"{set}/{Path.GetFileName(path)}", path, expected, FindingCodes.All.Except(expected).ToHashSet(), who);
        var histories = message.Headers.Where(header => header.Field == "X-Corpus-History").Select(header => ParseHistory(header.Value))
            .ToDictionary(entry => entry.Address, entry => entry.History, StringComparer.OrdinalIgnoreCase);
        var failures = message.Headers["X-Corpus-Lookup-Failed"] is { Length: > 0 } source
            ? new[] { new LookupFailure(source.Trim(), "timed out") }
            : [];
        var facts = draft.AllRecipients()
            .Select(address => factsBuilder.For(address, histories.GetValueOrDefault(address), failures))
            .ToList();
        return new LabeledMail(set, Path.GetFileName(path), draft, label, facts);
    }

    private static (string Address, MailHistory History) ParseHistory(string value)
    {
        var parts = value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var sent = new List<DateTimeOffset>();
        DateTimeOffset? lastReceived = null;
        foreach (var part in parts.Skip(1))
        {
            var (key, dates) = (part.Split('=')[0], part.Split('=')[1]);
            var parsed = dates.Split(',').Select(date => new DateTimeOffset(DateTime.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeSpan.Zero)).ToList();
            if (key == "sent")
                sent.AddRange(parsed);
            else if (key == "last-received")
                lastReceived = parsed.Single();
        }
        return (parts[0], new MailHistory(sent, lastReceived));
    }
}
