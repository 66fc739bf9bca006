using System.CommandLine;
using OutlookValueCheck.Cli.Commands;
using OutlookValueCheck.Cli.Input;

namespace OutlookValueCheck.Cli;

/// <summary>
/// The valuecheck command line. Exit codes: 0 success, 2 bad input (one-line reason on standard error, then the
/// details), 1 unexpected failure.
/// </summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int Unexpected = 1;
    public const int BadInput = 2;

    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Outlook Value Check: does this mail add value for the people it goes to?")
        {
            CheckCommand.Create(console),
            AuditCommand.Create(console),
            EvalCommand.Create(console),
            ManifestCommand.Create(console),
            DoctorCommand.Create(console),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            console.Error.WriteLine($"valuecheck: {parse.Errors[0].Message} (see valuecheck --help)");
            return BadInput;
        }
        return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Runs a command body and turns its failures into an exit code and a message, never a stack trace.</summary>
    public static int Guard(CliConsole console, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException exception)
        {
            console.Error.WriteLine($"valuecheck: {exception.Message}");
            foreach (var detail in exception.Details)
                console.Error.WriteLine($"  {detail}");
            return BadInput;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"valuecheck: {exception.Message}");
            return BadInput;
        }
#pragma warning disable CA1031 // The last line of defence: a user sees one line, not a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            console.Error.WriteLine($"valuecheck: unexpected error: {exception.GetType().Name}: {exception.Message}");
            if (Environment.GetEnvironmentVariable("VALUECHECK_DEBUG") == "1")
                console.Error.WriteLine(exception);
            return Unexpected;
        }
    }
}
