using Microsoft.Extensions.Options;
using OutlookValueCheck.Api.Crm.BuiltIn;
using OutlookValueCheck.Api.Crm.Dataverse;
using OutlookValueCheck.Api.Crm.HubSpot;
using OutlookValueCheck.Api.Crm.Salesforce;
using OutlookValueCheck.Api.Resilience;

namespace OutlookValueCheck.Api.Crm;

internal static class CrmSetup
{
    /// <summary>Each tenant's CRM (section "Crm", checked at start) and the connectors' HTTP clients.</summary>
    public static IServiceCollection AddValueCheckCrm(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<CrmSettings>, CrmSettingsValidator>();
        services.AddOptions<CrmSettings>().BindConfiguration(CrmSettings.Section).ValidateOnStart();
        services.AddSourceClient(DataverseCrm.HttpClientName);
        services.AddSingleton<ICrmConnector, DataverseCrm>();
        // Salesforce answers a spent daily allocation with 403 TotalRequests; HubSpot with 429 policyName DAILY.
        services.AddSourceClient(SalesforceCrm.HttpClientName, async response =>
            response.StatusCode == System.Net.HttpStatusCode.Forbidden && (await ResilienceSetup.BodyOf(response)).Contains("TotalRequests", StringComparison.Ordinal));
        services.AddSingleton<ICrmConnector, SalesforceCrm>();
        services.AddSourceClient(HubSpotCrm.HttpClientName, async response =>
            (int)response.StatusCode == 429 && (await ResilienceSetup.BodyOf(response)).Contains("\"DAILY\"", StringComparison.Ordinal));
        services.AddSingleton<ICrmConnector, HubSpotCrm>();
        // The built-in store works on the request's DbContext, so it is scoped like it.
        services.AddScoped<BuiltInCrm>();
        services.AddScoped<ICrmConnector>(provider => provider.GetRequiredService<BuiltInCrm>());
        services.AddScoped<TenantCrm>();
        return services;
    }
}
