using System.CommandLine;

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
}
