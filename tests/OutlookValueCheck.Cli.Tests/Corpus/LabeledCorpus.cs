using System.Globalization;
using MimeKit;
using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Cli.Mail;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Cli.Tests.Corpus;

/// <summary>
/// A mail of tests/corpus with its labels. Labels live in the .eml itself:
/// <c>X-Corpus-Expect</c> lists the codes a reviewer expects (empty for clean mail),
/// <c>X-Corpus-History: address; sent=yyyy-mm-dd,...; last-received=yyyy-mm-dd</c> gives the sender's mail history
/// with a recipient, and <c>X-Corpus-Lookup-Failed: crm|graph</c> marks a lookup that did not answer.
/// </summary>
internal sealed record LabeledMail(string Set, string Name, Draft Draft, IReadOnlySet<FindingCode> Expected, IReadOnlyList<RecipientFacts> Facts);

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
        var histories = message.Headers.Where(header => header.Field == "X-Corpus-History").Select(header => ParseHistory(header.Value))
            .ToDictionary(entry => entry.Address, entry => entry.History, StringComparer.OrdinalIgnoreCase);
        var failures = message.Headers["X-Corpus-Lookup-Failed"] is { Length: > 0 } source
            ? new[] { new LookupFailure(source.Trim(), "timed out") }
            : [];
        var facts = draft.AllRecipients()
            .Select(address => factsBuilder.For(address, histories.GetValueOrDefault(address), failures))
            .ToList();
        return new LabeledMail(set, Path.GetFileName(path), draft, expected, facts);
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
