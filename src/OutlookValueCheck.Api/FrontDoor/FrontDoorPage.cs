using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using OutlookValueCheck.Api.Health;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.FrontDoor;

/// <summary>
/// GET /: what someone who opens the service's address in a browser sees. In Development, the way in (the compose
/// simulator, the console, the OpenAPI document, the health probes); elsewhere only the service's name, version
/// and readiness, which the platform's probes say anyway. A plain page: no script, no style, so the policy every
/// response carries (default-src 'none') holds.
/// </summary>
internal static class FrontDoorPage
{
    public static IEndpointRouteBuilder MapFrontDoor(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", PageAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>The version the build stamped (without the commit suffix .NET adds), "unknown" when there is none.</summary>
    public static string Version { get; } =
        typeof(FrontDoorPage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    private static readonly (string Href, string Name, string What)[] DevelopmentLinks =
    [
        ("/addin/simulator/simulator.html", "Compose simulator", "write a mail, press Send, see the Smart Alert and the task pane"),
        ("/addin/console/console.html", "Manager console", "policies, preview, history, reports, CRM import"),
        ("/openapi/v1.json", "OpenAPI document", "every endpoint of the service"),
        ("/healthz", "Liveness", "is the process up"),
        ("/readyz", "Readiness", "does storage answer, which sources are configured"),
    ];

    private static async Task<IResult> PageAsync(IHostEnvironment environment, ValueCheckDbContext db, StorageProbe probe, CancellationToken cancellationToken)
    {
        var ready = await probe.StorageAnswersAsync(db, cancellationToken);
        var html = HtmlEncoder.Default;
        var page = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Outlook Value Check</title></head><body>")
            .Append("<h1>Outlook Value Check</h1>")
            .Append("<p>Version ").Append(html.Encode(Version)).Append(" · ").Append(ready ? "ready" : "not ready: storage does not answer").Append("</p>");
        if (environment.IsDevelopment())
        {
            page.Append("<p>Development environment: development sign-in and, unless configured otherwise, the demo CRM.</p><ul>");
            foreach (var (href, name, what) in DevelopmentLinks)
                page.Append("<li><a href=\"").Append(href).Append("\">").Append(name).Append("</a> — ").Append(what).Append("</li>");
            page.Append("</ul>");
        }
        page.Append("</body></html>");
        return Results.Content(page.ToString(), "text/html; charset=utf-8", statusCode: ready ? 200 : 503);
    }
}
