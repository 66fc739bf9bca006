using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;

namespace OutlookValueCheck.Api.Tests.Storage;

/// <summary>
/// The SQLite database holds every tenant's decisions and CRM: its file, write-ahead log and shared-memory index are
/// readable by the service's own user only (600), in a data folder only that user can enter (700). Linux and macOS;
/// Windows has no such modes (the folder under %LOCALAPPDATA% is the user's own).
/// </summary>
public sealed class SqliteFileModeTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"valuecheck-modes-{Guid.NewGuid():n}");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_database_its_wal_and_shm_files_and_the_data_folder_are_made_for_the_services_user_only()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var app = new InDataFolder(_folder);

        await CheckAsync(app);

        var database = Path.Combine(_folder, "valuecheck.db");
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(_folder));
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            Assert.True(File.Exists(file), file);
            Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task A_database_a_former_build_left_readable_by_others_is_made_owner_only_on_start()
    {
        if (OperatingSystem.IsWindows())
            return;
        var database = Path.Combine(_folder, "valuecheck.db");
        using (var former = new InDataFolder(_folder))
            await CheckAsync(former);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        const UnixFileMode WorldReadable = OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(database, WorldReadable);
        foreach (var companion in new[] { database + "-wal", database + "-shm" })
        {
            if (!File.Exists(companion))
                await File.WriteAllBytesAsync(companion, []);
            File.SetUnixFileMode(companion, WorldReadable);
        }

        using var app = new InDataFolder(_folder);
        await CheckAsync(app);

        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(file));
    }

    private static async Task CheckAsync(ValueCheckApplication app)
    {
        var response = await app.SellerClient().PostAsJsonAsync("/api/v1/checks", new { to = new[] { "tom@fabrikam.com" }, body = "Here are the numbers you asked for." });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await app.DecisionsAsync(ValueCheckApplication.TenantA));
    }

    /// <summary>The database where the service puts it by default: valuecheck.db in Storage:DataFolder.</summary>
    private sealed class InDataFolder(string folder) : ValueCheckApplication
    {
        protected override void ConfigureStorage(IWebHostBuilder builder) => builder.UseSetting("Storage:DataFolder", folder);
    }
}
