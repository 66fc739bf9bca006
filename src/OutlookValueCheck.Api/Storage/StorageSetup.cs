using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace OutlookValueCheck.Api.Storage;

internal static class StorageSetup
{
    /// <summary>
    /// SQLite in the app's data folder by default (created on first run); PostgreSQL when
    /// ConnectionStrings:ValueCheckPostgres is set.
    /// </summary>
    public static IServiceCollection AddValueCheckStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<TenantScope>();
        // Storage away answers 503 with Retry-After, never a 500: the add-in and the console try again.
        services.AddExceptionHandler<StorageUnavailableHandler>();
        services.AddScoped(provider => new Lazy<ValueCheckDbContext>(provider.GetRequiredService<ValueCheckDbContext>));
        var postgres = configuration.GetConnectionString("ValueCheckPostgres");
        var sqlite = configuration.GetConnectionString("ValueCheckSqlite")
            ?? $"Data Source={Path.Combine(DataFolder(configuration, environment), "valuecheck.db")}";
        if (!string.IsNullOrWhiteSpace(postgres))
            services.AddDbContext<ValueCheckDbContext, PostgresValueCheckDbContext>(options => options.UseNpgsql(postgres), optionsLifetime: ServiceLifetime.Singleton);
        else
            services.AddDbContext<ValueCheckDbContext, SqliteValueCheckDbContext>(options => options.UseSqlite(sqlite), optionsLifetime: ServiceLifetime.Singleton);
        return services;
    }

    /// <summary>
    /// Storage:DataFolder, else the user's local application data folder (~/.local/share/OutlookValueCheck on Linux,
    /// %LOCALAPPDATA%\OutlookValueCheck on Windows): outside the content root, whose configuration files are watched
    /// for changes, so database writes do not wake the file watcher, and the data survives a rebuild or redeploy.
    /// Created for the service's user only (700) when missing.
    /// </summary>
    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        var folder = configuration["Storage:DataFolder"]
            ?? (string.IsNullOrEmpty(appData) ? Path.Combine(environment.ContentRootPath, "data") : Path.Combine(appData, "OutlookValueCheck"));
        PrivateFiles.CreateFolder(folder);
        return folder;
    }

    /// <summary>Creates the database on first run and applies any migration it lacks (each provider has its own set).</summary>
    public static async Task PrepareStorageAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ValueCheckDbContext>();
        if (db.Database.IsSqlite())
            PrivateFiles.PrepareSqliteFile(db.Database.GetConnectionString()!);
        var exists = await db.GetService<IRelationalDatabaseCreator>().ExistsAsync();
        if (exists && !(await db.Database.GetAppliedMigrationsAsync()).Any() && await HasTablesAsync(db))
            throw new Errors.StartupProblem(
                "The database has the service's tables but no migration history: it was made by a build from before migrations " +
                "(development only). Move or delete it and start again; it is created afresh." +
                (db.Database.IsSqlite() ? $" File: {db.Database.GetDbConnection().DataSource}" : ""));
        await db.Database.MigrateAsync();
        // Write-ahead logging lets checks read while a decision is being written (the mode stays with the file).
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    private static async Task<bool> HasTablesAsync(ValueCheckDbContext db)
    {
        var catalogue = db.Database.IsSqlite()
            ? "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'PolicyVersions'"
            : "SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'PolicyVersions'";
        return await db.Database.SqlQueryRaw<int>(catalogue).SingleAsync() > 0;
    }
}
