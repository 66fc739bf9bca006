using OutlookValueCheck.Api.Crm;
using OutlookValueCheck.Api.Crm.BuiltIn;
using OutlookValueCheck.Api.Storage;
using OutlookValueCheck.Core.Crm;

namespace OutlookValueCheck.Api.Development;

/// <summary>Development only: gives the development tenant the bundled demo CRM on first run, so a check says something.</summary>
internal static class DemoCrm
{
    public const string DevelopmentTenantSetting = "Development:TenantId";

    /// <summary>Development:TenantId in the form tokens' tenants are stored in (lower case), or null when not set.</summary>
    public static string? DevelopmentTenant(IConfiguration configuration) =>
        configuration[DevelopmentTenantSetting] is { Length: > 0 } tenantId ? Auth.TenantIds.CanonicalOrSelf(tenantId) : null;

    public static async Task SeedForDevelopmentAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || DevelopmentTenant(app.Configuration) is not { } tenantId)
            return;
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenantId);
        var crm = scope.ServiceProvider.GetRequiredService<TenantCrm>();
        if (!await scope.ServiceProvider.GetRequiredService<BuiltInCrm>().IsEmptyAsync(CancellationToken.None))
            return;
        var folder = Path.Combine(AppContext.BaseDirectory, "Demo", "crm");
        using var accounts = new StreamReader(Path.Combine(folder, "accounts.csv"));
        using var contacts = new StreamReader(Path.Combine(folder, "contacts.csv"));
        var result = CrmCsvImporter.Import(new CsvSource("accounts.csv", accounts), new CsvSource("contacts.csv", contacts));
        if (result.Directory is null)
            throw new InvalidOperationException("The bundled demo CRM is invalid: " + string.Join("; ", result.Errors));
        await crm.ReplaceBuiltInAsync(result.Directory, CancellationToken.None);
        await DemoHistory.SeedAsync(scope.ServiceProvider.GetRequiredService<ValueCheckDbContext>(), scope.ServiceProvider.GetRequiredService<Decisions.AddressHash>(),
            tenantId, app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), CancellationToken.None);
    }
}
