using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace OutlookValueCheck.Cli.Tests.Commands;

/// <summary>`valuecheck doctor` against a fake deployment on 127.0.0.1 that answers as the service does, or breaks on purpose.</summary>
public sealed class DoctorCommandTests : IAsyncDisposable
{
    private WebApplication? _service;

    private sealed record Deployment
    {
        public bool StorageUp { get; init; } = true;
        public string? ServiceOrigin { get; init; }
        public bool AcceptsToken { get; init; } = true;
        public bool PublishesSignInMetadata { get; init; } = true;
    }

    private async Task<string> ServeAsync(Deployment deployment)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _service = builder.Build();
        string Origin(HttpRequest request) => deployment.ServiceOrigin ?? $"{request.Scheme}://{request.Host}";
        _service.MapGet("/healthz", () => Results.Ok(new { status = "alive" }));
        _service.MapGet("/readyz", () => deployment.StorageUp
            ? Results.Ok(new { status = "ready", storage = "ok", provider = "Npgsql.EntityFrameworkCore.PostgreSQL", graph = "configured", cache = "memory and Redis" })
            : Results.Json(new { status = "not ready", storage = "unreachable", provider = "Npgsql.EntityFrameworkCore.PostgreSQL", graph = "configured", cache = "memory only" }, statusCode: 503));
        _service.MapGet("/addin/config.json", (HttpRequest request) => Results.Json(new { serviceOrigin = Origin(request), auth = "entra", clientId = "6e2a9f14-3c5d-4b78-a1e0-9d8c7b6a5f43", apiScope = "api://x/6e2a9f14-3c5d-4b78-a1e0-9d8c7b6a5f43/access_as_user" }));
        _service.MapGet("/addin/events.js", () => Results.Text("var VALUECHECK_CONFIG = {};\nOffice.actions.associate('onMessageSendHandler', function () {});", "text/javascript"));
        _service.MapGet("/.well-known/microsoft-officeaddins-allowed.json", (HttpRequest request) => Results.Json(new { allowed = new[] { $"{Origin(request)}/addin/events.js" } }));
        _service.MapGet("/addin/manifest.xml", (HttpRequest request) => Results.Text(
            $"""<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"><IconUrl DefaultValue="{Origin(request)}/addin/icon-64.png"/></OfficeApp>""", "application/xml"));
        _service.MapGet("/api/v1/addin/settings", (HttpRequest request) =>
            request.Headers.Authorization.ToString() == "Bearer good" && deployment.AcceptsToken ? Results.Ok(new { checksEnabled = true, failMode = "open" }) : Results.Unauthorized());
        if (deployment.PublishesSignInMetadata)
            _service.MapGet("/contoso/v2.0/.well-known/openid-configuration", () => Results.Json(new { issuer = "https://login.example/contoso/v2.0", jwks_uri = "https://login.example/keys" }));
        await _service.StartAsync();
        return _service.Urls.Single();
    }

    private static CliRun Doctor(string url, params string[] more) => CliRun.Of(["doctor", "--url", url, "--authority", $"{url}/contoso/", .. more]);

    [Fact]
    public async Task A_sound_deployment_has_no_problems()
    {
        var url = await ServeAsync(new Deployment());

        var run = Doctor(url, "--token", "good");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ok      Storage answers (Npgsql.EntityFrameworkCore.PostgreSQL).", run.Out, StringComparison.Ordinal);
        Assert.Contains("ok      The add-in signs in with app 6e2a9f14-3c5d-4b78-a1e0-9d8c7b6a5f43", run.Out, StringComparison.Ordinal);
        Assert.Contains("ok      Entra ID's sign-in metadata is reachable", run.Out, StringComparison.Ordinal);
        Assert.Contains("ok      The service accepts the seller's token.", run.Out, StringComparison.Ordinal);
        Assert.Contains("No problems found.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_configured_for_another_address_is_named_with_the_setting_to_fix()
    {
        var url = await ServeAsync(new Deployment { ServiceOrigin = "https://old-name.contoso.com" });

        var run = Doctor(url);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PROBLEM The add-in would call https://old-name.contoso.com", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Set AddIn:PublicBaseUrl to {url}", run.Out, StringComparison.Ordinal);
        Assert.Contains("does not list", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storage_down_a_refused_token_and_unreachable_sign_in_are_each_explained()
    {
        var url = await ServeAsync(new Deployment { StorageUp = false, AcceptsToken = false, PublishesSignInMetadata = false });

        var run = Doctor(url, "--token", "bad");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PROBLEM The service is not ready: storage is unreachable.", run.Out, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:ValueCheckPostgres", run.Out, StringComparison.Ordinal);
        Assert.Contains("PROBLEM The service refuses the token (401).", run.Out, StringComparison.Ordinal);
        Assert.Contains("PROBLEM Entra ID's sign-in metadata is not reachable", run.Out, StringComparison.Ordinal);
        Assert.Contains("3 problem(s) found.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_that_does_not_answer_is_one_plain_problem()
    {
        var run = CliRun.Of("doctor", "--url", "http://127.0.0.1:9");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PROBLEM The service does not answer at http://127.0.0.1:9/healthz", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_that_is_not_an_address_is_bad_input()
    {
        var run = CliRun.Of("doctor", "--url", "valuecheck");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--url must be the service's address", run.Error, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        if (_service is not null)
            await _service.DisposeAsync();
    }
}
