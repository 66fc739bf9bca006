namespace OutlookValueCheck.Cli.Input;

/// <summary>
/// Input the tool cannot work with (exit code 2). <see cref="Exception.Message"/> is the one-line reason;
/// <see cref="Details"/> lists every individual problem, one per line (e.g. each bad CSV row).
/// </summary>
internal sealed class InputException(string message, IReadOnlyList<string>? details = null) : Exception(message)
{
    public IReadOnlyList<string> Details { get; } = details ?? [];
}
