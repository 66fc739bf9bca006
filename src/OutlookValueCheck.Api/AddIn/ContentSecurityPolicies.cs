using Microsoft.Extensions.Options;

namespace OutlookValueCheck.Api.AddIn;

/// <summary>The kinds of page the service serves, each with its own Content-Security-Policy.</summary>
internal enum PageKind
{
    /// <summary>A page Outlook frames: the task pane, the handlers' page (events.html) and any dialog page.</summary>
    AddIn,

    /// <summary>The manager console: a page of its own, never framed.</summary>
    Console,

    /// <summary>The compose simulator (Development only): it plays Outlook with a stand-in for Office.js.</summary>
    Simulator,
}

/// <summary>
/// What each page may load, run and talk to. Scripts come only from this service (and Office.js from Microsoft's
/// CDN for the pages Outlook frames); styles only from this service or from style elements that carry the page's
/// nonce, which Fluent UI's style engine (Griffel) is given for the elements it writes at run time
/// (web/src/shared/styleRenderer.ts); the pages talk only to this service and Entra ID. Responses that are not pages
/// (the API, scripts, manifests) get a policy that allows nothing, so a browser never renders one as a document.
/// </summary>
internal sealed class ContentSecurityPolicies
{
    // Where every add-in page loads Office.js from (web/src/taskpane/taskpane.html, web/src/events/events.html).
    private const string OfficeJs = "https://appsforoffice.microsoft.com";

    // The web build signs in against the public cloud's authority (MSAL in web/src/console and web/src/naa); the
    // configured AzureAd:Instance adds a national cloud's, or a test's, sign-in host.
    private const string PublicEntraId = "https://login.microsoftonline.com";

    // The Outlook hosts that frame an add-in, as Microsoft documents the frame-ancestors of Microsoft 365 apps
    // ("Prerequisites" of Teams tabs, learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements, 2026):
    // *.cloud.microsoft for every host (Outlook on the web and new Outlook are moving to outlook.cloud.microsoft) and
    // Outlook's outlook.office.com and outlook.office365.com. Left out: Teams and the Microsoft 365 app (the table's hosts
    // of Teams apps, not of Outlook's add-ins), Outlook.com (consumer accounts cannot have an admin-deployed Send check) and
    // Microsoft's internal outlook-sdf rings. Classic Outlook and Outlook on Mac show add-ins as top-level documents,
    // to which frame-ancestors does not apply.
    private static readonly string[] OutlookHosts = ["https://*.cloud.microsoft", "https://outlook.office.com", "https://outlook.office365.com"];

    // Stands for each response's own nonce in the policies built once here.
    private const string NonceToken = "{nonce}";

    private readonly string _addIn;
    private readonly string _console;
    private readonly string _simulator;

    public ContentSecurityPolicies(IOptions<AddInOptions> addIn, IConfiguration configuration)
    {
        var entraId = string.Join(' ', new[] { PublicEntraId, OriginOf(configuration["AzureAd:Instance"]) }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase));
        // The add-in calls the service at its public origin, which is normally the pages' own ('self').
        var service = OriginOf(addIn.Value.PublicBaseUrl) is { } publicOrigin ? $"'self' {publicOrigin}" : "'self'";
        // MSAL renews tokens in a hidden frame of the sign-in host when it has no usable refresh token.
        _addIn = $"default-src 'self'; script-src 'self' {OfficeJs}; style-src 'self' 'nonce-{NonceToken}'; connect-src {service} {entraId}; "
            + $"frame-src {entraId}; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors {string.Join(' ', OutlookHosts)}";
        _console = $"default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{NonceToken}'; connect-src {service} {entraId}; "
            + $"frame-src {entraId}; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        _simulator = $"default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{NonceToken}'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    /// <summary>The policy of a page of this kind whose style elements carry <paramref name="nonce"/>.</summary>
    public string For(PageKind kind, string nonce) => (kind switch
    {
        PageKind.Console => _console,
        PageKind.Simulator => _simulator,
        _ => _addIn,
    }).Replace(NonceToken, nonce, StringComparison.Ordinal);

    private static string? OriginOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri.GetLeftPart(UriPartial.Authority) : null;
}
