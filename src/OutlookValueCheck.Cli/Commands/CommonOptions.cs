using System.CommandLine;
using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Core.Checks;

namespace OutlookValueCheck.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string> Crm(bool required = true) => new("--crm")
    {
        Description = "Folder with the built-in CRM: accounts.csv and contacts.csv.",
        Required = required,
        HelpName = "dir",
    };

    public static Option<string?> Policy() => new("--policy")
    {
        Description = "Policy file (JSON). Without it the documented defaults apply.",
        HelpName = "file",
    };

    public static Option<string[]> InternalDomain(bool required) => new("--internal-domain")
    {
        Description = "One of the organisation's own domains (repeat for each). Its addresses are colleagues, never a finding's target.",
        Required = required,
        HelpName = "domain",
        Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
    };

    public static Option<string> Judge() => new Option<string>("--judge")
    {
        Description = $"What reads the text: {string.Join(", ", MailJudges.Names)} (default {MailJudges.Default}).",
        HelpName = "judge",
        DefaultValueFactory = _ => MailJudges.Default,
    }.AcceptOnlyFromAmong([.. MailJudges.Names]);

    public static Option<string[]> Language() => new("--language")
    {
        Description = "Report only outbound mail whose own text is in these languages (ISO codes, e.g. de or de,fr; repeatable). The rest still counts towards contact fatigue.",
        HelpName = "code",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The checker with the chosen judge, built once per run (a model judge loads its model here).</summary>
    public static ValueChecker CheckerFor(string judge)
    {
        try
        {
            return new ValueChecker(MailJudges.Create(judge));
        }
        catch (Core.Model.JudgeUnavailableException exception)
        {
            throw new InputException($"--judge {judge}: {exception.Message}");
        }
    }
}
