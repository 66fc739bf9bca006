using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using OutlookValueCheck.Api.Tests.Faults;

namespace OutlookValueCheck.Api.Tests.Abuse;

/// <summary>
/// Header injection against the real Kestrel server (the service as its own process, raw bytes on a socket): split
/// and folded headers, NUL bytes, oversized and too many headers are refused with a 4xx before the service sees
/// them, nothing a request sends comes back as a response header, and a forged Host or X-Forwarded-Host never
/// changes the origin written into the add-in's script and manifests.
/// </summary>
public sealed class HeaderAbuseTests(HeaderAbuseTests.OneServiceProcess fixture) : IClassFixture<HeaderAbuseTests.OneServiceProcess>
{
    private const string PublicOrigin = "https://valuecheck.contoso.example";

    /// <summary>One process for the class: starting one takes a couple of seconds.</summary>
    public sealed class OneServiceProcess : IAsyncLifetime
    {
        public ServiceProcess Service { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Service = await ServiceProcess.StartAsync(RandomNumberGenerator.GetBytes(32), ("AddIn:PublicBaseUrl", PublicOrigin));

        public async Task DisposeAsync() => await Service.DisposeAsync();
    }

    private ServiceProcess Service => fixture.Service;

    public static TheoryData<string, string> SplitHeaders() => new()
    {
        { "a bare LF smuggling a second header", "X-Note: a\nInjected: 1\r\n" },
        { "a bare CR", "X-Note: a\rInjected: 1\r\n" },
        { "a NUL byte in a value", "X-Note: a\0b\r\n" },
        { "an obsolete folded line", "Authorization: Bearer abc\r\n def\r\n" },
        { "a header name with a space", "Bad Name: 1\r\n" },
        { "a 100 KB header", "X-Note: " + new string('a', 100_000) + "\r\n" },
        { "five hundred headers", string.Concat(Enumerable.Range(0, 500).Select(i => $"X-H{i}: {i}\r\n")) },
    };

    [Theory]
    [MemberData(nameof(SplitHeaders))]
    public async Task A_malformed_header_is_refused_before_the_service_sees_it(string what, string headers)
    {
        var response = await SendRawAsync($"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}\r\n");

        Assert.True(response.Status is >= 400 and < 500, $"{what}: {response.StatusLine}");
        Assert.DoesNotContain("Injected", response.Headers, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, await HealthAsync());
    }

    [Theory]
    [InlineData("/healthz%0d%0aSet-Cookie:%20stolen=1")]
    [InlineData("/addin/config.json?x=%0d%0aSet-Cookie:%20stolen=1")]
    [InlineData("/api/v1/checks%0aLocation:%20https://evil.example")]
    public async Task Encoded_line_breaks_in_the_address_never_become_response_headers(string target)
    {
        var response = await SendRawAsync($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

        Assert.True(response.Status is >= 200 and < 500, response.StatusLine);
        Assert.DoesNotContain("stolen", response.Headers, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.example", response.Headers, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/addin/config.json")]
    [InlineData("/addin/events.js")]
    [InlineData("/addin/manifest.json")]
    [InlineData("/addin/manifest.xml")]
    public async Task A_forged_host_never_reaches_the_add_ins_script_or_manifests(string path)
    {
        var response = await SendRawAsync(
            $"GET {path} HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: http\r\nConnection: close\r\n\r\n", readBody: true);

        Assert.Equal(200, response.Status);
        Assert.DoesNotContain("evil.example", response.Body, StringComparison.Ordinal);
        Assert.Contains(PublicOrigin, response.Body, StringComparison.Ordinal);
    }

    private async Task<HttpStatusCode> HealthAsync()
    {
        using var client = new HttpClient { BaseAddress = Service.BaseAddress };
        return (await client.GetAsync("/healthz")).StatusCode;
    }

    private sealed record RawResponse(int Status, string StatusLine, string Headers, string Body);

    /// <summary>Writes the bytes as they are (no client library would send most of these) and reads the answer.</summary>
    private async Task<RawResponse> SendRawAsync(string request, bool readBody = false)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Service.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer, limit.Token);
                if (read == 0)
                    break;
                received.Write(buffer, 0, read);
                var text = Encoding.Latin1.GetString(received.ToArray());
                if (!readBody && text.Contains("\r\n\r\n", StringComparison.Ordinal))
                    break;
            }
        }
        catch (IOException)
        {
            // The server may reset the connection after answering a bad request.
        }
        var answer = Encoding.UTF8.GetString(received.ToArray());
        var headerEnd = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(headerEnd > 0, $"No HTTP answer to the request: '{answer}'");
        var statusLine = answer[..answer.IndexOf("\r\n", StringComparison.Ordinal)];
        return new RawResponse(int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), statusLine,
            answer[..headerEnd], answer[(headerEnd + 4)..]);
    }
}
