using OutlookValueCheck.Cli.Commands;

namespace OutlookValueCheck.Cli.Tests.Commands;

/// <summary>Runs valuecheck in-process, capturing what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, new CliConsole(output, error, ErrorIsTerminal: false));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
