using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using OutlookValueCheck.Api.Tests.Faults;

namespace OutlookValueCheck.Api.Tests.Abuse;

/// <summary>
/// The CRM import's 20 MB cap against the real Kestrel server (the service as its own process): an upload that does
/// not say its length (chunked) is stopped at the cap with a 413 that names the cap, as one that says it is.
/// The in-process test host enforces no body limit, so only a real server can show this.
/// </summary>
public sealed class UploadCapOnKestrelTests : IAsyncLifetime
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("valuecheck-upload-cap-").FullName;
    private ServiceProcess _service = null!;

    public async Task InitializeAsync() => _service = await ServiceProcess.StartAsync(_key, ("Storage:DataFolder", _dataFolder));

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task A_chunked_upload_past_20_MB_is_413_naming_the_cap()
    {
        var token = ValueCheckApplication.Mint(_key, scope: null, roles: ["ValueCheck.PolicyManager"]);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _service.BaseAddress.Port);
        var stream = client.GetStream();
        // Read while writing: the server answers as soon as the cap is passed, before the upload ends.
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var answer = ReadAnswerAsync(stream, limit.Token);

        await WriteAsync(stream, $"POST /api/v1/crm/import HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n" +
            "Content-Type: multipart/form-data; boundary=cap\r\nTransfer-Encoding: chunked\r\n\r\n");
        await WriteChunkAsync(stream, "--cap\r\nContent-Disposition: form-data; name=\"accounts\"; filename=\"accounts.csv\"\r\nContent-Type: text/csv\r\n\r\n" +
            "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products\n");
        var row = "A1,Padding " + new string('p', 990) + ",pad.example,customer,,,,0,\n";
        var rows = string.Concat(Enumerable.Repeat(row, 64));
        for (var sent = 0L; sent < 22L * 1024 * 1024 && !answer.IsCompleted; sent += rows.Length)
        {
            if (!await WriteChunkAsync(stream, rows))
                break;
        }

        var text = await answer;
        Assert.True(text.StartsWith("HTTP/1.1 413", StringComparison.Ordinal), text);
        Assert.True(text.Contains("application/problem+json", StringComparison.Ordinal), text);
        Assert.True(text.Contains("at most 20480 KB", StringComparison.Ordinal), text);
    }

    private static async Task WriteAsync(NetworkStream stream, string text) => await stream.WriteAsync(Encoding.ASCII.GetBytes(text));

    /// <summary>One chunk; false when the server has closed the connection.</summary>
    private static async Task<bool> WriteChunkAsync(NetworkStream stream, string data)
    {
        try
        {
            await WriteAsync(stream, $"{Encoding.ASCII.GetByteCount(data):x}\r\n{data}\r\n");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>What the server sent until it closed the connection or had sent a whole problem.</summary>
    private static async Task<string> ReadAnswerAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                    break;
                received.Write(buffer, 0, read);
                var text = Encoding.UTF8.GetString(received.ToArray());
                if (text.Contains("\r\n\r\n", StringComparison.Ordinal) && (text.TrimEnd().EndsWith('}') || text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal)))
                    break;
            }
        }
        catch (IOException)
        {
            // The server may reset the connection after answering.
        }
        catch (OperationCanceledException)
        {
            // No whole answer in time: the assertions say what arrived.
        }
        return Encoding.UTF8.GetString(received.ToArray());
    }
}
