using System.Net;
using OutlookValueCheck.Api.Tests.Auth;

namespace OutlookValueCheck.Api.Tests.Browser;

/// <summary>
/// Outside Development: browsers are told to use https only, and the pages' policies name the configured public origin
/// and Entra ID instance.
/// </summary>
[Collection(FakeEntraId.Collection)]
public sealed class SecurityHeadersInProductionOnSqliteTests() : SecurityHeadersInProductionTests(postgres: false);

[Collection(FakeEntraId.Collection)]
public sealed class SecurityHeadersInProductionOnPostgresTests() : SecurityHeadersInProductionTests(postgres: true);

public abstract class SecurityHeadersInProductionTests(bool postgres) : ProductionServiceTestsOn(postgres)
{
    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : "";

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/addin/taskpane/taskpane.html")]
    [InlineData("/addin/events.js")]
    [InlineData("/addin/simulator/simulator.html")] // 404 here
    [InlineData("/api/v1/checks")] // 401 without a token
    public async Task Every_response_tells_browsers_to_use_https_only(string path)
    {
        var response = await App.CreateClient().GetAsync(path);

        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task The_pages_talk_to_the_configured_public_origin_and_entra_id_instance()
    {
        var entraId = new Uri(Entra.BaseAddress).GetLeftPart(UriPartial.Authority);

        var taskPane = Header(await App.CreateClient().GetAsync("/addin/taskpane/taskpane.html"), "Content-Security-Policy");
        var console = Header(await App.CreateClient().GetAsync("/addin/console/console.html"), "Content-Security-Policy");

        foreach (var policy in new[] { taskPane, console })
        {
            Assert.Contains($"connect-src 'self' {FakeEntraId.PublicBaseUrl} https://login.microsoftonline.com {entraId};", policy, StringComparison.Ordinal);
            Assert.Contains($"frame-src https://login.microsoftonline.com {entraId};", policy, StringComparison.Ordinal);
        }
    }
}
