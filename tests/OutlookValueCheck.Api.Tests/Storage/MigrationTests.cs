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
