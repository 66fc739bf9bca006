using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace OutlookValueCheck.Api.Tests.Faults;

/// <summary>
/// The service as a process of its own (the built OutlookValueCheck.Api.dll next to the tests), on a loopback port,
/// with the test settings: for what an in-process host cannot show, such as the process being killed.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <param name="settings">More settings ("Section:Key", value), such as the storage's connection string.</param>
    public static async Task<ServiceProcess> StartAsync(byte[] signingKey, params (string Name, string Value)[] settings)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OutlookValueCheck.Api.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["RateLimits__RequestsPerMinutePerUser"] = "100000";
        foreach (var (name, value) in ValueCheckApplication.TestSettings(signingKey).Concat(settings))
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var service = new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        // Read both streams all along: a full pipe would stall the service.
        process.OutputDataReceived += (_, line) => service.Record(line.Data);
        process.ErrorDataReceived += (_, line) => service.Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await service.WaitUntilLiveAsync();
        return service;
    }

    public HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>SIGKILL: no shutdown, no flushing, whatever the service was doing.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            // The last few kilobytes are enough to say why a start failed.
            if (_output.Length > 64 * 1024)
                _output.Remove(0, _output.Length - 32 * 1024);
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilLiveAsync()
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The service exited ({_process.ExitCode}) while starting:\n{Output}");
            try
            {
                if ((await probe.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"The service did not answer /healthz within 60 s:\n{Output}");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
