using Microsoft.Extensions.Options;

namespace OutlookValueCheck.Api.AddIn;

/// <summary>
/// Section "AddIn": where the add-in's files are served from and which app registration and scope it asks tokens for.
/// Everything here is public (it ends up in the manifests and in the add-in's script), never a secret.
/// </summary>
internal sealed class AddInOptions
{
    public const string Section = "AddIn";

    /// <summary>
    /// The https origin Outlook reaches the service at (e.g. https://valuecheck.contoso.com). Required outside
    /// Development; there, empty means the request's own origin (loopback).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The add-in's app registration for single sign-on. Empty: AzureAd:ClientId.</summary>
    public string? ClientId { get; set; }

    /// <summary>The API scope the add-in requests. Empty: api://{host}/{ClientId}/access_as_user, the application ID URI
    /// Office's legacy SSO requires (the same one the manifests declare).</summary>
    public string? ApiScope { get; set; }

    /// <summary>The add-in's app ID in the manifests this service serves. Empty: derived from the public origin.</summary>
    public string? AppId { get; set; }
}

internal sealed class AddInOptionsValidator(IHostEnvironment environment) : IValidateOptions<AddInOptions>
{
    public ValidateOptionsResult Validate(string? name, AddInOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.AppId) && !Guid.TryParse(options.AppId, out _))
            return ValidateOptionsResult.Fail($"AddIn:AppId must be a GUID; it is '{options.AppId}'.");
        // Outside Development the origin is never taken from a request: a forged Host header would otherwise write
        // another origin into the handler script and manifests, and a shared cache could hand that to every seller.
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("AddIn:PublicBaseUrl is required: the https origin Outlook reaches the service at, such as https://valuecheck.contoso.com.");
        }
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url) || url.PathAndQuery != "/" || !string.IsNullOrEmpty(url.Fragment))
            return ValidateOptionsResult.Fail($"AddIn:PublicBaseUrl must be an origin such as https://valuecheck.contoso.com (no path); it is '{options.PublicBaseUrl}'.");
        if (url.Scheme != Uri.UriSchemeHttps && !(environment.IsDevelopment() && url.IsLoopback))
            return ValidateOptionsResult.Fail($"AddIn:PublicBaseUrl must use https (Outlook loads add-ins only over https); it is '{options.PublicBaseUrl}'.");
        return ValidateOptionsResult.Success;
    }
}
