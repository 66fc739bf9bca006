using System.Diagnostics;

namespace OutlookValueCheck.Api.Tests.Health;

/// <summary>
/// The real service process, started as an admin would start it, with settings missing: it must stop with a message
/// naming each setting and exit code 1, not with the runtime's unhandled-exception report.
/// </summary>
public sealed class StartupProblemTests
{
    [Fact]
    public async Task Missing_production_settings_stop_the_process_with_each_setting_named_and_no_stack_trace()
    {
        var start = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "OutlookValueCheck.Api.dll"))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Storage__DataFolder"] = Path.Combine(Path.GetTempPath(), $"valuecheck-startup-{Guid.NewGuid():n}");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);

        Assert.Equal(1, process.ExitCode);
        var message = await errors;
        Assert.Contains("Outlook Value Check cannot start:", message, StringComparison.Ordinal);
        Assert.Contains("AzureAd:ClientId", message, StringComparison.Ordinal);
        Assert.Contains("Access:AllowedTenants", message, StringComparison.Ordinal);
        Assert.Contains("AddIn:PublicBaseUrl", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", message + await output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message + await output, StringComparison.Ordinal); // no stack trace from any logger either
    }
}
