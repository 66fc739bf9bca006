namespace OutlookValueCheck.Api.Tests;

/// <summary>Finds files of the repository from the test's bin folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The service's source folder.</summary>
    public static string Service { get; } = Path.Combine(Root, "src", "OutlookValueCheck.Api");

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
