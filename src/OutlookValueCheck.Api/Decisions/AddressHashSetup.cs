using Microsoft.Extensions.Options;

namespace OutlookValueCheck.Api.Decisions;

internal static class AddressHashSetup
{
    /// <summary>
    /// The address hashes' secret (section "Privacy"), checked at start in every environment and required outside
    /// Development (where Development.DevelopmentSetup makes a missing one and keeps it in the data folder).
    /// </summary>
    public static WebApplicationBuilder AddValueCheckAddressHashes(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = services.AddOptions<AddressHashSettings>().BindConfiguration(AddressHashSettings.Section);
        options.ValidateOnStart();
        services.AddSingleton<IValidateOptions<AddressHashSettings>, AddressHashSettingsValidator>();
        services.AddSingleton<AddressHash>();
        return builder;
    }
}
