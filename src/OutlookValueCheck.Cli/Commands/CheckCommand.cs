using System.CommandLine;
using System.Text.Json;
using MimeKit;
using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Cli.Mail;
using OutlookValueCheck.Cli.Output;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Cli.Commands;

/// <summary><c>valuecheck check &lt;file.eml&gt; --crm &lt;dir&gt; [--policy &lt;file&gt;] [--internal-domain &lt;d&gt;]… [--judge &lt;j&gt;] [--json]</c></summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file.eml") { Description = "The mail to check (.eml)." };
        var crm = CommonOptions.Crm();
        var policy = CommonOptions.Policy();
        var internalDomain = CommonOptions.InternalDomain(required: false);
        var judge = CommonOptions.Judge();
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };

        var command = new Command("check", "Check one mail and print its verdict, findings and evidence.")
        {
            file, crm, policy, internalDomain, judge, json,
        };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            var path = parse.GetValue(file)!;
            var message = LoadMessage(path);
            // A draft saved from Outlook has no Date yet: judge it as of now, as the add-in would on Send.
            var read = MailMessageReader.Read(message, undatedAsOf: DateTimeOffset.UtcNow);
            var draft = read.Draft ?? throw new InputException($"'{path}' {read.Problem}.");

            // Without --internal-domain the sender's own domain is the organisation's.
            var domains = parse.GetValue(internalDomain) is { Length: > 0 } given
                ? InternalDomains.Parse(given)
                : new InternalDomains([DomainNames.DomainOf(draft.Sender!) ?? ""]);
            var facts = new RecipientFactsBuilder(CrmFolder.Load(parse.GetValue(crm)!), domains);
            var checker = CommonOptions.CheckerFor(parse.GetValue(judge)!);
            var result = checker.Check(draft, draft.AllRecipients().Select(address => facts.For(address)), PolicyFile.Load(parse.GetValue(policy)));

            if (parse.GetValue(json))
                console.Out.WriteLine(JsonSerializer.Serialize(new { file = path, messageId = read.MessageId, result }, CliJson.Indented));
            else
                CheckReport.Write(console.Out, path, result);
            return 0;
        }));
        return command;
    }

    private static MimeMessage LoadMessage(string path)
    {
        if (!File.Exists(path))
            throw new InputException($"mail file '{path}' does not exist.");
        try
        {
            return MimeMessage.Load(path);
        }
        catch (FormatException exception)
        {
            throw new InputException($"'{path}' cannot be parsed as a mail message ({exception.Message.TrimEnd('.')}).");
        }
    }
}
