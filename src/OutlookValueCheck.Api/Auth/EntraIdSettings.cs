using Microsoft.Extensions.Options;

namespace OutlookValueCheck.Api.Auth;

/// <summary>Section "AzureAd" as Microsoft.Identity.Web reads it; checked at start outside Development.</summary>
internal sealed class EntraIdSettings
{
    public const string Section = "AzureAd";

    public string? Instance { get; set; }
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? Audience { get; set; }
}

internal sealed class EntraIdSettingsValidator : IValidateOptions<EntraIdSettings>
{
    public ValidateOptionsResult Validate(string? name, EntraIdSettings settings)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(settings.Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps)
            failures.Add("AzureAd:Instance must be the https address of the Entra ID instance, e.g. https://login.microsoftonline.com/.");
        if (string.IsNullOrWhiteSpace(settings.TenantId))
            failures.Add("AzureAd:TenantId must be 'organizations' (multi-tenant) or the home tenant's ID.");
        if (!Guid.TryParse(settings.ClientId, out _))
            failures.Add("AzureAd:ClientId must be the application (client) ID of the API's app registration, a GUID.");
        if (!string.IsNullOrWhiteSpace(settings.Audience) && !Uri.TryCreate(settings.Audience, UriKind.Absolute, out _))
            failures.Add("AzureAd:Audience, when set, must be the API's application ID URI, e.g. api://<client-id>.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
