using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OutlookValueCheck.Api.Tests.Limits;

public sealed class RateLimitTests : IClassFixture<ValueCheckApplication>
{
    private readonly WebApplicationFactory<Program> _app;
    private readonly ValueCheckApplication _tokens;

    public RateLimitTests(ValueCheckApplication app)
    {
        _tokens = app;
        _app = app.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:RequestsPerMinutePerUser", "3"));
    }

    private static readonly object Draft = new { to = new[] { "tom@fabrikam.com" }, body = "Here are the numbers you asked for." };

    [Fact]
    public async Task A_user_over_the_limit_gets_429_with_retry_after_while_another_user_goes_on()
    {
        var anna = _app.CreateClient();
        anna.DefaultRequestHeaders.Authorization = new("Bearer", _tokens.Token(user: "anna@contoso.com"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await anna.PostAsJsonAsync("/api/v1/checks", Draft)).StatusCode);
        var refused = await anna.PostAsJsonAsync("/api/v1/checks", Draft);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        var marco = _app.CreateClient();
        marco.DefaultRequestHeaders.Authorization = new("Bearer", _tokens.Token(user: "marco@contoso.com"));
        Assert.Equal(HttpStatusCode.OK, (await marco.PostAsJsonAsync("/api/v1/checks", Draft)).StatusCode);
    }
}
