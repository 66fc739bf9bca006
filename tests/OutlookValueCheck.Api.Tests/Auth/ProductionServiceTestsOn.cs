using Microsoft.AspNetCore.Hosting;

namespace OutlookValueCheck.Api.Tests.Auth;

/// <summary>
/// <see cref="ProductionServiceTests"/> on either store, for behaviour that must hold on both: the SQLite file those
/// tests give the service, or a PostgreSQL database of the test's own (created by the service's migrations as it
/// starts, on the server <see cref="PostgresValueCheckApplication.DefaultServer"/>, dropped afterwards).
/// </summary>
public abstract class ProductionServiceTestsOn(bool postgres) : ProductionServiceTests, IAsyncLifetime
{
    private readonly string? _postgresDatabase = postgres ? $"valuecheck_test_{Guid.NewGuid():n}" : null;

    protected sealed override void Configure(IWebHostBuilder builder)
    {
        if (_postgresDatabase is not null)
            builder.UseSetting("ConnectionStrings:ValueCheckPostgres", $"{PostgresValueCheckApplication.DefaultServer};Database={_postgresDatabase}");
        ConfigureService(builder);
    }

    /// <summary>Settings of this test class on top of the production ones and the store.</summary>
    protected virtual void ConfigureService(IWebHostBuilder builder)
    {
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null)
            PostgresValueCheckApplication.DropDatabase(PostgresValueCheckApplication.DefaultServer, _postgresDatabase);
    }
}
