using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace OutlookValueCheck.Api.Tests.Browser;

/// <summary>
/// What the service tells browsers, in Development: every response forbids content sniffing and referrers; each page
/// (task pane, handlers' page, console, simulator) has a policy with a fresh style nonce, its scripts' origins, the
/// service and Entra ID as the only places it talks to, and who may frame it; anything else may not be rendered.
/// </summary>
public sealed class SecurityHeadersOnSqliteTests(ValueCheckApplication app) : SecurityHeaderTests(app), IClassFixture<ValueCheckApplication>;

public sealed class SecurityHeadersOnPostgresTests(PostgresValueCheckApplication app) : SecurityHeaderTests(app), IClassFixture<PostgresValueCheckApplication>;

public abstract partial class SecurityHeaderTests(ValueCheckApplication app)
{
    public static TheoryData<string> Pages => new("/addin/taskpane/taskpane.html", "/addin/events/events.html", "/addin/console/console.html", "/addin/simulator/simulator.html");

    private const string OutlookHosts = "frame-ancestors https://*.cloud.microsoft https://outlook.office.com https://outlook.office365.com";

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : "";

    private static string PolicyOf(HttpResponseMessage response) => Header(response, "Content-Security-Policy");

    [Theory]
    [MemberData(nameof(Pages), MemberType = typeof(SecurityHeaderTests))]
    [InlineData("/healthz")]
    [InlineData("/addin/events.js")]
    [InlineData("/addin/config.json")]
    [InlineData("/api/v1/checks")] // 401 without a token
    [InlineData("/no/such/path")] // 404
    public async Task Every_response_forbids_content_sniffing_and_referrers(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.NotEqual("", PolicyOf(response));
    }

    [Fact]
    public async Task In_development_no_response_asks_for_https_only()
    {
        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_error_answer_keeps_the_headers_the_error_handler_clears()
    {
        var response = await app.SellerClient().PostAsync("/api/v1/checks", new StringContent("{ not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", PolicyOf(response));
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/addin/events.js")]
    [InlineData("/addin/manifest.xml")]
    public async Task What_is_not_a_page_may_not_be_rendered_as_one_or_framed(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", PolicyOf(response));
    }

    [Theory]
    [MemberData(nameof(Pages), MemberType = typeof(SecurityHeaderTests))]
    public async Task Each_page_carries_a_fresh_nonce_in_its_policy_and_in_its_markup(string path)
    {
        var client = app.CreateClient();

        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path);

        var nonces = new List<string>();
        foreach (var response in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var policy = PolicyOf(response);
            var nonce = Assert.Single(NonceSource().Matches(policy)).Groups[1].Value;
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains($"nonce=\"{nonce}\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("VALUECHECK_CSP_NONCE", page, StringComparison.Ordinal);
            Assert.Contains($"style-src 'self' 'nonce-{nonce}';", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
            Assert.Equal("no-store", Header(response, "Cache-Control"));
            Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            nonces.Add(nonce);
        }
        Assert.NotEqual(nonces[0], nonces[1]);
        Assert.True(Convert.FromBase64String(nonces[0]).Length >= 16, "A nonce has at least 128 random bits.");
    }

    [Theory]
    [InlineData("/addin/taskpane/taskpane.html")]
    [InlineData("/addin/events/events.html")]
    public async Task An_add_in_page_loads_office_js_talks_to_the_service_and_entra_id_and_is_framed_only_by_outlook(string path)
    {
        var policy = PolicyOf(await app.CreateClient().GetAsync(path));

        Assert.StartsWith("default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com;", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://login.microsoftonline.com;", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'; base-uri 'none'; form-action 'none';", policy, StringComparison.Ordinal);
        Assert.EndsWith(OutlookHosts, policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_console_loads_only_its_own_scripts_and_may_not_be_framed()
    {
        // /console sends the manager to the console's page.
        var redirect = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/console");
        Assert.Equal("/addin/console/console.html", redirect.Headers.Location?.OriginalString);

        var policy = PolicyOf(await app.CreateClient().GetAsync("/addin/console/console.html"));

        Assert.StartsWith("default-src 'self'; script-src 'self'; style-src 'self' 'nonce-", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://login.microsoftonline.com;", policy, StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_simulator_talks_only_to_the_service_and_may_not_be_framed()
    {
        var policy = PolicyOf(await app.CreateClient().GetAsync("/addin/simulator/simulator.html"));

        Assert.StartsWith("default-src 'self'; script-src 'self'; style-src 'self' 'nonce-", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_request_for_a_page_gets_its_headers_and_no_body()
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/addin/taskpane/taskpane.html"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(NonceSource(), PolicyOf(response));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [GeneratedRegex("'nonce-([A-Za-z0-9+/=]+)'")]
    private static partial Regex NonceSource();
}
