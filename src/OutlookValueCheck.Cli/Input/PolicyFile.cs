using OutlookValueCheck.Core.Policies;

namespace OutlookValueCheck.Cli.Input;

internal static class PolicyFile
{
    /// <summary>The policy in <paramref name="path"/>, or the documented defaults when no file is given.</summary>
    public static Policy Load(string? path)
    {
        if (path is null)
            return Policy.Default;
        if (!File.Exists(path))
            throw new InputException($"policy file '{path}' does not exist.");
        var result = PolicyParser.Parse(File.ReadAllText(path));
        if (result.Policy is null)
        {
            throw new InputException(
                $"policy file '{path}' is not valid: {result.Errors[0]}",
                result.Errors.Select(error => $"{path}: {error}").ToList());
        }
        return result.Policy;
    }
}
