using Microsoft.Extensions.Options;

namespace OutlookValueCheck.Api.Checks;

internal static class AddressHashSetup
{
    /// <summary>
    /// The address hashes' secret (section "Privacy"), checked at start in every environment and required outside
    /// Development; in Development a missing one is made and kept in the data folder.
    /// </summary>
    public static WebApplicationBuilder AddValueCheckAddressHashes(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = services.AddOptions<AddressHashSettings>().BindConfiguration(AddressHashSettings.Section);
        if (builder.Environment.IsDevelopment())
            options.PostConfigure<IConfiguration, IHostEnvironment>((settings, configuration, environment) =>
            {
                if (string.IsNullOrWhiteSpace(settings.AddressHashKey))
                    settings.AddressHashKey = DevelopmentAddressHashKey.ReadOrCreate(Storage.StorageSetup.DataFolder(configuration, environment));
            });
        options.ValidateOnStart();
        services.AddSingleton<IValidateOptions<AddressHashSettings>, AddressHashSettingsValidator>();
        services.AddSingleton<AddressHash>();
        return builder;
    }
}
