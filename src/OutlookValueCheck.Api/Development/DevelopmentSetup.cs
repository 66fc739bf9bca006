using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookValueCheck.Api.Decisions;
using OutlookValueCheck.Api.Graph;
using OutlookValueCheck.Api.Outcomes;
using OutlookValueCheck.Api.Policies;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Development;

/// <summary>
/// What only Development has, in one place so no other feature depends on it: tokens the service signs itself
/// (for /dev/token) beside dotnet user-jwts' keys, an address-hash key made on first start and kept in the data
/// folder, and, without Graph, the simulator's mailbox. Register it after every other feature (it replaces what
/// they registered). Outside Development this adds nothing.
/// </summary>
internal static class DevelopmentSetup
{
    public static WebApplicationBuilder AddDevelopmentConveniences(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
            return builder;
        var services = builder.Services;
        var tokens = new DevelopmentTokens(builder.Configuration);
        services.AddSingleton(tokens);
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme,
            options => DevelopmentSigningKeys.ReadOnce(options.TokenValidationParameters, tokens.SigningKey));
        services.AddOptions<AddressHashSettings>().PostConfigure<IConfiguration, IHostEnvironment>((settings, configuration, environment) =>
        {
            if (string.IsNullOrWhiteSpace(settings.AddressHashKey))
                settings.AddressHashKey = DevelopmentAddressHashKey.ReadOrCreate(StorageSetup.DataFolder(configuration, environment));
        });
        // Without Microsoft Graph the simulator plays the seller's mailbox (its Sent Items), so outcomes can be
        // tried, and demo groups stand in for the tenant's, so a team can be picked by name.
        services.StandInWithoutGraph<ISentItems, GraphSentItems, SimulatorMailbox>();
        services.StandInWithoutGraph<IGroupDirectory, GraphGroupDirectory, DemoGroups>();
        return builder;
    }

    /// <summary>
    /// Replaces what <typeparamref name="TService"/> was registered as (<typeparamref name="TGraph"/>) by a choice
    /// made at first use: the Graph-backed one when Graph is configured, else <typeparamref name="TStandIn"/>.
    /// </summary>
    private static void StandInWithoutGraph<TService, TGraph, TStandIn>(this IServiceCollection services)
        where TService : class where TGraph : class, TService where TStandIn : class, TService
    {
        services.AddSingleton<TStandIn>();
        services.Replace(ServiceDescriptor.Singleton<TService>(provider => provider.GetRequiredService<SellerGraph>().IsConfigured
            ? ActivatorUtilities.CreateInstance<TGraph>(provider)
            : provider.GetRequiredService<TStandIn>()));
    }
}
