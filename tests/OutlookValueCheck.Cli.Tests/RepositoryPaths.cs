namespace OutlookValueCheck.Cli.Tests;

/// <summary>Finds files of the repository from the test's bin folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus(params string[] parts) => Path.Combine([Root, "tests", "corpus", .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OutlookValueCheck.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("OutlookValueCheck.sln not found above " + AppContext.BaseDirectory);
    }
}
