using System.CommandLine;
using System.Text.Json;
using OutlookValueCheck.Cli.Audit;
using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Cli.Mail;
using OutlookValueCheck.Cli.Output;

namespace OutlookValueCheck.Cli.Commands;

/// <summary>
/// <c>valuecheck audit &lt;folder-of-eml | file.mbox&gt; --crm &lt;dir&gt; --internal-domain &lt;d&gt; [--policy &lt;file&gt;] [--judge &lt;j&gt;] [--language &lt;codes&gt;] [--out &lt;file.jsonl&gt;]</c>
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("mail") { Description = "A folder of .eml files (searched recursively) or an mbox file." };
        var crm = CommonOptions.Crm();
        var policy = CommonOptions.Policy();
        var internalDomain = CommonOptions.InternalDomain(required: true);
        var judge = CommonOptions.Judge();
        var language = CommonOptions.Language();
        var output = new Option<string?>("--out")
        {
            Description = "Write the JSON lines (one per outbound message) to this file instead of standard output.",
            HelpName = "file.jsonl",
        };

        var command = new Command("audit", "Audit a mailbox: check every outbound message as of its own Date and summarise.")
        {
            input, crm, policy, internalDomain, judge, language, output,
        };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            // Everything that can be wrong with the arguments is found before any mail is read or any file written.
            var domains = InternalDomains.Parse(parse.GetValue(internalDomain)!);
            var loadedPolicy = PolicyFile.Load(parse.GetValue(policy));
            var facts = new RecipientFactsBuilder(CrmFolder.Load(parse.GetValue(crm)!), domains);
            var languages = LanguageFilter.Parse(parse.GetValue(language));
            var checker = CommonOptions.CheckerFor(parse.GetValue(judge)!);
            var items = MailSource.Read(parse.GetValue(input)!);
            var outPath = parse.GetValue(output);

            using var lines = outPath is null ? null : OpenOutput(outPath);
            var writer = lines ?? console.Out;
            var runner = new AuditRunner(checker, facts, domains, loadedPolicy, console.Error, new Progress(console.Error, console.ErrorIsTerminal), languages);
            var summary = runner.Run(items, line => writer.WriteLine(JsonSerializer.Serialize(line, CliJson.Lines)));
            lines?.Flush();

            if (lines is null)
                console.Out.WriteLine();
            summary.Render(console.Out);
            if (outPath is not null)
                console.Out.WriteLine($"\nJSON lines written to {outPath}.");
            return 0;
        }));
        return command;
    }

    private static StreamWriter OpenOutput(string path)
    {
        try
        {
            return new StreamWriter(path, append: false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write --out file '{path}' ({exception.Message.TrimEnd('.')}).");
        }
    }
}
