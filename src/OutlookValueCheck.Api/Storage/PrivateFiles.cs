namespace OutlookValueCheck.Api.Storage;

/// <summary>
/// What the service keeps on disk (the SQLite database, a development secret) is for the service's own user: folders
/// it makes are 700, its files 600. Linux and macOS; on Windows the default data folder is in the user's own profile.
/// </summary>
internal static class PrivateFiles
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates the folder and any missing parents as 700. A folder that exists keeps its mode: it may be shared on
    /// purpose (a mounted volume, a folder an admin chose), and the files in it are 600 anyway.
    /// </summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(path);
        else
            Directory.CreateDirectory(path, OwnerOnlyFolder);
    }

    /// <summary>Makes an existing file 600; a missing one is left missing.</summary>
    public static void RestrictToOwner(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path) && File.GetUnixFileMode(path) != OwnerOnlyFile)
            File.SetUnixFileMode(path, OwnerOnlyFile);
    }

    /// <summary>
    /// Creates <paramref name="path"/> as 600 holding <paramref name="content"/>, unless it exists. Another process
    /// starting at the same moment may create it first; either way, once this returns the file is complete, never
    /// half-written (written beside it, then linked into place without replacing anything).
    /// </summary>
    public static void CreateUnlessExists(string path, string content)
    {
        if (File.Exists(path))
            return;
        var written = $"{path}.{Guid.NewGuid():n}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnlyFile;
        try
        {
            using (var writer = new StreamWriter(written, System.Text.Encoding.ASCII, options))
                writer.Write(content);
            File.Move(written, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Made by another process first: its content is the one to use.
        }
        finally
        {
            File.Delete(written);
        }
    }

    /// <summary>
    /// Before SQLite opens a database file: its folder is made (700) if missing, the file is created empty as 600 if
    /// missing (an empty file is an empty database), and the file, its -wal and its -shm are made 600 if a former
    /// build left them readable by others. SQLite gives the -wal and -shm files it creates the database file's mode,
    /// so they are 600 too. In-memory and URI data sources are left to SQLite.
    /// </summary>
    public static void PrepareSqliteFile(string connectionString)
    {
        var settings = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var source = settings.DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || settings.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory
            || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return;
        var path = Path.GetFullPath(source);
        if (settings.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.ReadWriteCreate)
        {
            CreateFolder(Path.GetDirectoryName(path)!);
            CreateUnlessExists(path, "");
        }
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            try
            {
                RestrictToOwner(file);
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                throw new Errors.StartupProblem($"The database file {file} must be readable by the service's user only (mode 600), and the service cannot make it so ({exception.Message}): give it to the service's user, or chmod 600 it.");
            }
        }
    }
}
