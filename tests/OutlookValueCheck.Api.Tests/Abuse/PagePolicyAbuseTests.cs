using System.Net;

namespace OutlookValueCheck.Api.Tests.Abuse;

/// <summary>
/// Hostile requests for the add-in's and the console's pages: nothing a request sends (a forged Host or
/// X-Forwarded-Host, a line break in the address, a nonce of its own choosing) gets into a page's policy or markup.
/// </summary>
public sealed class PagePolicyAbuseTests(ValueCheckApplication app) : IClassFixture<ValueCheckApplication>
{
    private static string PolicyOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Content-Security-Policy", out var values) ? string.Join(", ", values) : "";

    [Theory]
    [InlineData("/addin/taskpane/taskpane.html")]
    [InlineData("/addin/events/events.html")]
    [InlineData("/addin/console/console.html")]
    public async Task A_forged_host_never_reaches_a_pages_policy_or_markup(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("X-Forwarded-Proto", "http");

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors", PolicyOf(response), StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", PolicyOf(response), StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/addin/taskpane/taskpane.html%0d%0aContent-Security-Policy:%20script-src%20*")]
    [InlineData("/addin/taskpane/taskpane.html?x=%0d%0aContent-Security-Policy:%20script-src%20*")]
    public async Task A_line_break_in_a_pages_address_never_becomes_a_header(string target)
    {
        var response = await app.CreateClient().GetAsync(target);

        Assert.True((int)response.StatusCode is >= 200 and < 500, response.StatusCode.ToString());
        Assert.DoesNotContain("script-src *", PolicyOf(response), StringComparison.Ordinal);
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_request_cannot_choose_the_pages_nonce()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/addin/taskpane/taskpane.html?nonce=chosen&VALUECHECK_CSP_NONCE=chosen");
        request.Headers.Add("Content-Security-Policy", "style-src 'nonce-chosen'");
        request.Headers.Add("X-Nonce", "chosen");

        var response = await app.CreateClient().SendAsync(request);

        Assert.Contains("'nonce-", PolicyOf(response), StringComparison.Ordinal);
        Assert.DoesNotContain("chosen", PolicyOf(response), StringComparison.Ordinal);
        Assert.DoesNotContain("chosen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
