using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Tests.Storage;

public sealed class MigrationsOnSqliteTests(ValueCheckApplication app) : MigrationTests(app), IClassFixture<ValueCheckApplication>;

public sealed class MigrationsOnPostgresTests(PostgresValueCheckApplication app) : MigrationTests(app), IClassFixture<PostgresValueCheckApplication>;

/// <summary>The database is created and migrated on first run, and no model change is missing its migration.</summary>
public abstract class MigrationTests(ValueCheckApplication app)
{
    [Fact]
    public async Task The_service_starts_on_a_fully_migrated_database_whose_model_matches_the_code()
    {
        _ = app.CreateClient();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ValueCheckDbContext>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add for both contexts (README).");
    }
}

/// <summary>A database made by a build from before migrations is refused with a message, never half-migrated.</summary>
public sealed class PreMigrationDatabaseTests
{
    [Fact]
    public void A_database_with_tables_but_no_migration_history_stops_the_service_with_a_message_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"valuecheck-premigration-{Guid.NewGuid():n}.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE \"PolicyVersions\" (\"Key\" INTEGER PRIMARY KEY, \"TenantId\" TEXT NOT NULL);";
            create.ExecuteNonQuery();
        }
        using var app = new ApplicationOn(path);

        var failure = Assert.ThrowsAny<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("no migration history", failure.Message, StringComparison.Ordinal);
        Assert.Contains(path, failure.Message, StringComparison.Ordinal);
        File.Delete(path);
    }

    private sealed class ApplicationOn(string path) : ValueCheckApplication
    {
        protected override void ConfigureStorage(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
            builder.UseSetting("ConnectionStrings:ValueCheckSqlite", $"Data Source={path};Pooling=False");
    }
}
