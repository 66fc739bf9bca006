using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OutlookValueCheck.Manifests;

namespace OutlookValueCheck.Api.AddIn;

/// <summary>
/// Serves the add-in built from web/ (wwwroot/addin): the task pane, the event handlers' script and page, and in
/// Development the compose simulator. These files are public by nature (Outlook loads them before anyone signs in);
/// they hold no data. The handlers' script is served with this deployment's configuration in front of it, because
/// classic Outlook's JavaScript-only runtime has no page origin to build the service's URL from.
/// </summary>
internal static class AddInFiles
{
    public const string EventsScript = "addin/events.js";

    public static WebApplicationBuilder AddValueCheckAddIn(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<AddInOptions>, AddInOptionsValidator>();
        builder.Services.AddOptions<AddInOptions>().BindConfiguration(AddInOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<ContentSecurityPolicies>();
        return builder;
    }

    public static WebApplication UseAddInFiles(this WebApplication app)
    {
        var development = app.Environment.IsDevelopment();
        app.Use(async (context, next) =>
        {
            // The simulator plays Outlook with a stand-in for Office.js: Development only.
            if (!development && context.Request.Path.StartsWithSegments("/addin/simulator"))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(context);
        });
        app.UseAddInPages();
        app.UseStaticFiles();
        return app;
    }

    public static IEndpointRouteBuilder MapAddInFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/addin/config.json", (HttpRequest request, IOptions<AddInOptions> options, IConfiguration configuration, IHostEnvironment environment) =>
                TypedResults.Json(AddInConfig.For(request, options.Value, configuration, environment)))
            .AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/addin/events.js", Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult, Microsoft.AspNetCore.Http.HttpResults.NotFound> (
                HttpRequest request, IOptions<AddInOptions> options, IConfiguration configuration, IWebHostEnvironment environment) =>
            {
                var file = environment.WebRootFileProvider.GetFileInfo(EventsScript);
                if (!file.Exists)
                    return TypedResults.NotFound();
                using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
                var config = JsonSerializer.Serialize(AddInConfig.For(request, options.Value, configuration, environment), JsonSerializerOptions.Web);
                var script = $"var VALUECHECK_CONFIG = {config};\n{reader.ReadToEnd()}";
                return TypedResults.File(Encoding.UTF8.GetBytes(script), "text/javascript; charset=utf-8");
            })
            .AllowAnonymous().ExcludeFromDescription();

        // The manager console (a page of the same web build), at an address a manager can type.
        app.MapGet("/console", (HttpRequest request) => TypedResults.Redirect("/addin/console/console.html" + request.QueryString)).AllowAnonymous().ExcludeFromDescription();

        // The manifests for this service's own address, for sideloading and for IT (`valuecheck manifest` renders the
        // same for any address). Outlook accepts only https ones: in Development run the service on https to sideload.
        app.MapGet("/addin/manifest.json", (HttpRequest request, IOptions<AddInOptions> options, IConfiguration configuration) =>
                TypedResults.Text(AddInManifests.RenderJson(AddInConfig.DeploymentFor(request, options.Value, configuration)), "application/json"))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/addin/manifest.xml", (HttpRequest request, IOptions<AddInOptions> options, IConfiguration configuration) =>
                TypedResults.Text(AddInManifests.RenderXml(AddInConfig.DeploymentFor(request, options.Value, configuration)), "application/xml"))
            .AllowAnonymous().ExcludeFromDescription();

        // Classic Outlook on Windows runs the handlers without a browser; for SSO and cross-origin calls from that
        // runtime, the add-in's origin lists the handler script here.
        app.MapGet("/.well-known/microsoft-officeaddins-allowed.json", (HttpRequest request, IOptions<AddInOptions> options, IConfiguration configuration, IHostEnvironment environment) =>
                TypedResults.Json(new { allowed = new[] { $"{AddInConfig.For(request, options.Value, configuration, environment).ServiceOrigin}/{EventsScript}" } }))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
