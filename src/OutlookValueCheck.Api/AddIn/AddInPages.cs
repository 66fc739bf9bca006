using System.Security.Cryptography;
using System.Text;

namespace OutlookValueCheck.Api.AddIn;

/// <summary>
/// Serves the web build's pages (wwwroot/addin/**/*.html) each with a fresh nonce: in the page, where the build left
/// its placeholder (the nonce attributes and the csp-nonce meta element that Fluent UI's style engine reads, see
/// web/vite.config.ts), and in the page's Content-Security-Policy, which allows no inline style without it.
/// </summary>
internal static class AddInPages
{
    /// <summary>What the web build writes where each response's nonce goes (web/vite.config.ts, html.cspNonce).</summary>
    public const string NoncePlaceholder = "VALUECHECK_CSP_NONCE";

    public static WebApplication UseAddInPages(this WebApplication app)
    {
        var files = app.Environment.WebRootFileProvider;
        var policies = app.Services.GetRequiredService<ContentSecurityPolicies>();
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var path = request.Path.Value;
            if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || path is null
                || !request.Path.StartsWithSegments("/addin") || !path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
                || files.GetFileInfo(path) is not { Exists: true, IsDirectory: false } file)
            {
                await next(context);
                return;
            }
            string page;
            using (var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8))
                page = await reader.ReadToEndAsync(context.RequestAborted);
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            var body = Encoding.UTF8.GetBytes(page.Replace(NoncePlaceholder, nonce, StringComparison.Ordinal));

            var response = context.Response;
            response.ContentType = "text/html; charset=utf-8";
            response.ContentLength = body.Length;
            // A nonce is good for one response only: no cache may hand the same page (and nonce) out again.
            response.Headers.CacheControl = "no-store";
            response.Headers.ContentSecurityPolicy = policies.For(KindOf(request.Path), nonce);
            if (HttpMethods.IsGet(request.Method))
                await response.Body.WriteAsync(body, context.RequestAborted);
        });
        return app;
    }

    private static PageKind KindOf(PathString path) =>
        path.StartsWithSegments("/addin/console") ? PageKind.Console
        : path.StartsWithSegments("/addin/simulator") ? PageKind.Simulator
        : PageKind.AddIn;
}
