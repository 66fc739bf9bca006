using System.CommandLine;
using System.Text.Json;
using OutlookValueCheck.Cli.Eval;
using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Cli.Output;

namespace OutlookValueCheck.Cli.Commands;

/// <summary>
/// <c>valuecheck eval &lt;mail folder&gt; --crm &lt;dir&gt; --labels &lt;labels.jsonl&gt; --internal-domain &lt;d&gt;… [--judge &lt;j&gt;] [--policy &lt;file&gt;] [--language &lt;codes&gt;] [--json]</c>:
/// audits a labeled mailbox and scores the findings against the labels.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("mail") { Description = "The labeled mailbox: a folder of .eml files (searched recursively) or an mbox file." };
        var crm = CommonOptions.Crm();
        var labels = new Option<string>("--labels")
        {
            Description = "The labels (JSON Lines, one per outbound mail: file, expect, forbid, note, who); files are relative to its folder.",
            Required = true,
            HelpName = "labels.jsonl",
        };
        var internalDomain = CommonOptions.InternalDomain(required: true);
        var judge = CommonOptions.Judge();
        var policy = CommonOptions.Policy();
        var language = CommonOptions.Language();
        var json = new Option<bool>("--json") { Description = "Print the evaluation as one JSON document." };

        var command = new Command("eval", "Evaluate a judge: audit a labeled mailbox and score its findings against the labels.")
        {
            input, crm, labels, internalDomain, judge, policy, language, json,
        };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            // Every argument and every label line is checked before any mail is read, and nothing is printed until the
            // whole mailbox is scored, so bad input never leaves half a report.
            var domains = InternalDomains.Parse(parse.GetValue(internalDomain)!);
            var policyPath = parse.GetValue(policy);
            var loadedPolicy = PolicyFile.Load(policyPath);
            var facts = new RecipientFactsBuilder(CrmFolder.Load(parse.GetValue(crm)!), domains);
            var labelsFile = LabelsReader.Read(parse.GetValue(labels)!);
            var languages = LanguageFilter.Parse(parse.GetValue(language));
            var checker = CommonOptions.CheckerFor(parse.GetValue(judge)!);

            var runner = new EvalRunner(checker, facts, domains, loadedPolicy, console.Error, new Progress(console.Error, console.ErrorIsTerminal), languages);
            var result = runner.Run(parse.GetValue(input)!, labelsFile, policyPath);

            if (parse.GetValue(json))
                console.Out.WriteLine(JsonSerializer.Serialize(result, CliJson.Indented));
            else
                EvalReport.Write(console.Out, result);
            return CliApp.Success;
        }));
        return command;
    }
}
