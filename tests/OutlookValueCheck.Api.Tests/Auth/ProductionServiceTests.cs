using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OutlookValueCheck.Api.Tests.Auth;

/// <summary>
/// Tests of the service in the Production environment, trusting the fake Entra ID, with the fake Microsoft or CRM
/// services a test class needs on the same loopback host. Each test gets its own fakes, service and database.
/// Derived classes join the <see cref="FakeEntraId.Collection"/> collection.
/// </summary>
public abstract class ProductionServiceTests : IAsyncLifetime
{
    protected FakeEntraId Entra { get; private set; } = null!;

    protected WebApplicationFactory<Program> App { get; private set; } = null!;

    protected string Database { get; } = Path.Combine(Path.GetTempPath(), $"valuecheck-production-{Guid.NewGuid():n}.db");

    /// <summary>Fake services to serve next to Entra ID (a Dataverse environment, a Salesforce org, ...).</summary>
    protected virtual Action<WebApplication>[] Services => [];

    /// <summary>Settings of this test class on top of the production ones.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    public virtual async Task InitializeAsync()
    {
        Entra = await FakeEntraId.StartAsync(Services);
        App = Entra.ServiceInProduction(Database, Configure);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Entra.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(Database);
    }
}
