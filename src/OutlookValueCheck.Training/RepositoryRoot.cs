namespace OutlookValueCheck.Training;

/// <summary>The repository's root: the nearest folder up from here or from the program that holds OutlookValueCheck.sln.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "OutlookValueCheck.sln")))
                    return folder.FullName;
            }
        }
        throw new TrainingDataException("cannot find the repository (no OutlookValueCheck.sln above this folder); pass --data and --out.");
    }
}
