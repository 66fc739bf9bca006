using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Recipients;

/// <summary>
/// Section "Development", read only in the Development environment: InternalDomains are the organisation's own
/// domains besides the signed-in user's, standing in for Graph's verified domains (which Development never asks).
/// </summary>
internal sealed class DevelopmentDomainsSettings
{
    public const string Section = "Development";

    public List<string> InternalDomains { get; set; } = [];
}

internal static class OrganisationDomainsSetup
{
    public static WebApplicationBuilder AddValueCheckOrganisationDomains(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<DevelopmentDomainsSettings>()
            .Configure<IConfiguration>((settings, configuration) =>
            {
                // Nothing development-only can be switched on elsewhere: outside Development the list stays empty.
                if (development)
                    configuration.GetSection(DevelopmentDomainsSettings.Section).Bind(settings);
            })
            .Validate(settings => settings.InternalDomains.All(IsDomainName),
                "Development:InternalDomains must list domain names like contoso.com (no '@', no address, no IP address).")
            .PostConfigure(settings => settings.InternalDomains = [.. settings.InternalDomains.Select(EmailAddresses.NormaliseDomain).Distinct(StringComparer.Ordinal)])
            .ValidateOnStart();
        builder.Services.AddSingleton<OrganisationDomains>();
        return builder;
    }

    private static bool IsDomainName(string? domain) =>
        !string.IsNullOrWhiteSpace(domain) && domain.Contains('.', StringComparison.Ordinal)
        && AddressProblems.DescribeDomain(domain) is null && Uri.CheckHostName(domain.Trim()) == UriHostNameType.Dns;
}
