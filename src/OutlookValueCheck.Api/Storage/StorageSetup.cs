using Microsoft.EntityFrameworkCore;

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
        var postgres = configuration.GetConnectionString("ValueCheckPostgres");
        var sqlite = configuration.GetConnectionString("ValueCheckSqlite")
            ?? $"Data Source={Path.Combine(DataFolder(configuration, environment), "valuecheck.db")}";
        if (!string.IsNullOrWhiteSpace(postgres))
            services.AddDbContext<ValueCheckDbContext, PostgresValueCheckDbContext>(options => options.UseNpgsql(postgres));
        else
            services.AddDbContext<ValueCheckDbContext, SqliteValueCheckDbContext>(options => options.UseSqlite(sqlite));
        return services;
    }

    private static string DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["Storage:DataFolder"] ?? Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Creates the database on first run and applies any migration it lacks (each provider has its own set).</summary>
    public static async Task PrepareStorageAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ValueCheckDbContext>();
        await db.Database.MigrateAsync();
        // Write-ahead logging lets checks read while a decision is being written (the mode stays with the file).
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
