using Microsoft.Extensions.Options;

namespace OutlookValueCheck.Api.Errors;

/// <summary>A setting or the environment keeps the service from starting; the message says what to change.</summary>
internal sealed class StartupProblem(string message) : InvalidOperationException(message)
{
    /// <summary>
    /// Outside tests, a start-up problem ends the process with its message and exit code 1 instead of the runtime's
    /// "Unhandled exception" and a stack trace: the admin needs the setting's name, not the call stack. Any other
    /// failure keeps its full report.
    /// </summary>
    public static void ReportPlainly() => AppDomain.CurrentDomain.UnhandledException += (_, args) =>
    {
        // Several settings failing at once arrive together, as an AggregateException.
        var failures = args.ExceptionObject is AggregateException many ? many.Flatten().InnerExceptions.ToList() : [(Exception)args.ExceptionObject];
        if (failures.Count == 0 || !failures.All(failure => failure is StartupProblem or OptionsValidationException))
            return;
        var messages = failures.SelectMany(failure => failure is OptionsValidationException invalid ? invalid.Failures : [failure.Message]).Distinct().ToList();
        Console.Error.WriteLine("Outlook Value Check cannot start:");
        foreach (var message in messages)
            Console.Error.WriteLine($"  - {message}");
        Environment.Exit(1);
    };
}
