namespace OutlookValueCheck.Cli.Commands;

/// <summary>Where a command writes: standard output for results, standard error for progress and problems.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
