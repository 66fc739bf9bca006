using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Tests.Storage;

public sealed class TenantKeyedHashesMigrationOnSqliteTests : TenantKeyedHashesMigrationTests
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"valuecheck-rekey-{Guid.NewGuid():n}.db");

    private string ConnectionString => $"Data Source={_path}";

    private protected override ValueCheckDbContext FormerDatabase() =>
        new SqliteValueCheckDbContext(new DbContextOptionsBuilder<SqliteValueCheckDbContext>().UseSqlite(ConnectionString).Options, new TenantScope());

    protected override string FormerMigration => "20261123143653_DecisionFatigueAccounts";

    protected override void UseDatabase(IWebHostBuilder builder) => builder.UseSetting("ConnectionStrings:ValueCheckSqlite", ConnectionString);

    /// <summary>The database file and its write-ahead log, as anyone who copies them gets them.</summary>
    protected override Task<byte[]> StoredBytesAsync()
    {
        var bytes = new List<byte>();
        foreach (var file in new[] { _path, _path + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes.AddRange(copy.ToArray());
        }
        return Task.FromResult(bytes.ToArray());
    }

    public override void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
    }
}

public sealed class TenantKeyedHashesMigrationOnPostgresTests : TenantKeyedHashesMigrationTests
{
    private readonly string _server = PostgresValueCheckApplication.DefaultServer;
    private readonly string _database = $"valuecheck_rekey_{Guid.NewGuid():n}";

    private string ConnectionString => $"{_server};Database={_database}";

    private protected override ValueCheckDbContext FormerDatabase() =>
        new PostgresValueCheckDbContext(new DbContextOptionsBuilder<PostgresValueCheckDbContext>().UseNpgsql(ConnectionString).Options, new TenantScope());

    protected override string FormerMigration => "20261123143707_DecisionFatigueAccounts";

    protected override void UseDatabase(IWebHostBuilder builder) => builder.UseSetting("ConnectionStrings:ValueCheckPostgres", ConnectionString);

    /// <summary>
    /// The decisions table's files (heap and TOAST) as they are on disk after a checkpoint: dead row versions included,
    /// which an UPDATE alone leaves behind until the space is reused.
    /// </summary>
    protected override async Task<byte[]> StoredBytesAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using (var checkpoint = new Npgsql.NpgsqlCommand("CHECKPOINT", connection))
            await checkpoint.ExecuteNonQueryAsync();
        await using var read = new Npgsql.NpgsqlCommand(
            """
            SELECT pg_read_binary_file(pg_relation_filepath(oid)) FROM pg_class
            WHERE oid = '"Decisions"'::regclass OR oid = (SELECT reltoastrelid FROM pg_class WHERE oid = '"Decisions"'::regclass)
            """, connection);
        var bytes = new List<byte>();
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            bytes.AddRange((byte[])reader[0]);
        return [.. bytes];
    }

    /// <summary>
    /// Another instance of the service (PostgreSQL is the scale-out store) is mid-query while this one upgrades: its
    /// snapshot is older than the forgetting, so the old row versions are still visible to it. VACUUM FULL copies
    /// such row versions into the rewritten table; the upgrade must not leave the hashes behind in them.
    /// </summary>
    [Fact]
    public Task Upgrading_leaves_no_copy_in_the_files_while_another_session_holds_an_older_snapshot() =>
        UpgradeForgetsTheHashesAsync(async () =>
        {
            var other = new Npgsql.NpgsqlConnection(ConnectionString);
            await other.OpenAsync();
            var transaction = await other.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
            await using (var read = new Npgsql.NpgsqlCommand("SELECT 1", other, transaction))
                await read.ExecuteScalarAsync();
            return other;
        });

    public override void Dispose() => PostgresValueCheckApplication.DropDatabase(_server, _database);
}

/// <summary>
/// Decisions stored by builds that keyed address hashes with the tenant ID are reversible by anyone holding the
/// database, and cannot be re-keyed (the addresses are not kept). The upgrade forgets those hashes and leaves no copy
/// of them in the files, while every other value the reports read stays.
/// </summary>
public abstract class TenantKeyedHashesMigrationTests : IDisposable
{
    private const string Tenant = ValueCheckApplication.TenantA;
    private static readonly DateTime CheckedAt = DateTime.UtcNow.Date.AddHours(9);

    private protected abstract ValueCheckDbContext FormerDatabase();

    protected abstract string FormerMigration { get; }

    protected abstract void UseDatabase(IWebHostBuilder builder);

    protected abstract Task<byte[]> StoredBytesAsync();

    public abstract void Dispose();

    private static string TenantKeyed(string address) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Tenant), Encoding.UTF8.GetBytes(address)));

    [Fact]
    public Task Upgrading_forgets_the_tenant_keyed_hashes_of_existing_decisions_and_leaves_no_copy_in_the_files() =>
        UpgradeForgetsTheHashesAsync(holdingTheDatabase: null);

    /// <param name="holdingTheDatabase">Opens what another user of the database holds open while the upgrade runs.</param>
    protected async Task UpgradeForgetsTheHashesAsync(Func<Task<IAsyncDisposable>>? holdingTheDatabase)
    {
        var seller = TenantKeyed("anna.berg@contoso.com");
        var recipients = Enumerable.Range(0, 200).Select(i => TenantKeyed($"person{i}@fabrikam.com")).ToList();
        const string FatigueAccounts = """["Fabrikam"]""";
        await using (var former = FormerDatabase())
        {
            await former.GetService<IMigrator>().MigrateAsync(FormerMigration);
            await former.Database.ExecuteSqlAsync($"""
                INSERT INTO "Decisions" ("TenantId", "CheckId", "SellerHash", "RecipientHashes", "Codes", "Verdict", "CheckedAt", "FatigueAccounts", "Outcome", "ValueAnswer", "DecidedAt")
                VALUES ({Tenant}, {Guid.NewGuid()}, {seller}, {recipients[0]}, {"no-value-check-in"}, {"warn"}, {CheckedAt}, {FatigueAccounts}, {"answered"}, {"They asked for it"}, {CheckedAt.AddMinutes(1)})
                """);
            await former.Database.ExecuteSqlAsync($"""
                INSERT INTO "Decisions" ("TenantId", "CheckId", "SellerHash", "RecipientHashes", "Codes", "Verdict", "CheckedAt")
                VALUES ({Tenant}, {Guid.NewGuid()}, {seller}, {string.Join(',', recipients)}, {""}, {"ok"}, {CheckedAt.AddMinutes(2)})
                """);
        }
        Assert.True(Contains(await StoredBytesAsync(), Encoding.ASCII.GetBytes(recipients[0])), "The former build's hashes are in the files to begin with.");

        var heldOpen = holdingTheDatabase is null ? null : await holdingTheDatabase();
        using var app = new OnDatabase(UseDatabase);
        var report = await app.ManagerClient(Tenant).GetFromJsonAsync<JsonElement>("/api/v1/reports");
        var rows = (await app.DecisionsAsync(Tenant)).OrderBy(row => row.CheckedAt).ToList();
        if (heldOpen is not null)
            await heldOpen.DisposeAsync();
        var stored = await StoredBytesAsync();

        Assert.All(rows, row => Assert.Null(row.SellerHash));
        Assert.All(rows, row => Assert.Null(row.RecipientHashes));
        Assert.Equal(("no-value-check-in", "warn", "answered", "They asked for it", FatigueAccounts),
            (rows[0].Codes, rows[0].Verdict, rows[0].Outcome, rows[0].ValueAnswer, rows[0].FatigueAccounts));
        Assert.Equal(("", "ok"), (rows[1].Codes, rows[1].Verdict));
        Assert.Equal(2, report.GetProperty("checks").GetInt32());
        foreach (var hash in recipients.Append(seller))
            Assert.False(Contains(stored, Encoding.ASCII.GetBytes(hash)), $"{hash} is still in the stored files");
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private sealed class OnDatabase(Action<IWebHostBuilder> useDatabase) : ValueCheckApplication
    {
        protected override void ConfigureStorage(IWebHostBuilder builder) => useDatabase(builder);
    }
}
