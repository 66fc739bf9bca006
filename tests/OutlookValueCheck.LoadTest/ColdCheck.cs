using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using OutlookValueCheck.Api.Tests;
using OutlookValueCheck.Api.Tests.Auth;
using OutlookValueCheck.Api.Tests.Crm;

/// <summary>
/// Send → verdict for a check nothing was prefetched for: ten external recipients the service has never looked up,
/// with Microsoft Graph and Dynamics 365 (the test suite's fakes, on 127.0.0.1, speaking their wire formats) each
/// taking <c>delay</c> per call. The service runs in Production on Kestrel, with Entra ID's on-behalf-of exchange for
/// Graph and an application token for Dataverse; one warm-up check with other addresses first gets those tokens and
/// the seller's Sent Items, as a running service has them. Checks run one after another, so each latency is one
/// seller's wait. Usage: <c>cold [checks=60] [delay-ms=150]</c>.
/// </summary>
internal static class ColdCheck
{
    private const int Recipients = 10;

    public static async Task<int> RunAsync(int checks, TimeSpan delay)
    {
        var dataverse = new FakeDataverse();
        await using var entra = await FakeEntraId.StartAsync(dataverse.Map);
        var database = Path.Combine(Path.GetTempPath(), $"valuecheck-cold-{Guid.NewGuid():n}.db");
        using var service = entra.ServiceInProduction(database, builder => Configure(builder, entra.BaseAddress));
        service.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        service.StartServer();
        var seller = service.CreateClient();
        seller.DefaultRequestHeaders.Authorization = new("Bearer", entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId, user: Guid.NewGuid().ToString()));
        // Half the recipients are contacts of customer accounts (three Dataverse calls each), half unknown (one).
        var account = new FakeDataverse.Account(Guid.NewGuid(), "Fabrikam", 3, "owner@contoso.com", "2027-06-30", 0, "2021-03-01");
        string[] AddressesOf(int check) =>
            [.. Enumerable.Range(0, Recipients).Select(i => $"buyer{check}.{i}@{(i % 2 == 0 ? "fabrikam.com" : "adatum.com")}")];
        for (var check = 0; check <= checks; check++)
            dataverse.Contacts.AddRange(AddressesOf(check).Where(address => address.EndsWith("fabrikam.com", StringComparison.Ordinal))
                .Select(address => new FakeDataverse.Contact(address, "B", "Uyer", false, account)));

        entra.GraphDelay = delay;
        dataverse.Delay = delay;
        var first = await CheckAsync(seller, AddressesOf(0));
        var latencies = new List<double>(checks);
        var degraded = 0;
        var callsBefore = (Graph: entra.GraphCallsTo.Values.Sum(), Crm: dataverse.Requests);
        for (var check = 1; check <= checks; check++)
        {
            var (milliseconds, lookupUnavailable) = await CheckAsync(seller, AddressesOf(check));
            latencies.Add(milliseconds);
            degraded += lookupUnavailable ? 1 : 0;
        }

        var sorted = latencies.Order().ToArray();
        double At(double quantile) => sorted[Math.Min(sorted.Length - 1, (int)(quantile * sorted.Length))];
        var graphCalls = (entra.GraphCallsTo.Values.Sum() - callsBefore.Graph) / (double)checks;
        var crmCalls = (dataverse.Requests - callsBefore.Crm) / (double)checks;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{checks} cold checks of {Recipients} external recipients, Graph and Dataverse {delay.TotalMilliseconds:0} ms per call, {Environment.ProcessorCount} cores"));
        Console.WriteLine("| | p50 ms | p90 ms | p99 ms | max ms | Graph calls per check (batch steps included) | Dataverse calls per check | lookup-unavailable |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| cold recipients | {At(0.50):0} | {At(0.90):0} | {At(0.99):0} | {sorted[^1]:0} | {graphCalls:0.#} | {crmCalls:0.#} | {degraded} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"the first check of the process (tokens, domains and Sent Items too): {first.Milliseconds:0} ms; most Dataverse calls at once: {dataverse.MostAtOnce}"));
        File.Delete(database);
        return degraded == 0 && !first.LookupUnavailable ? 0 : 1;
    }

    private static void Configure(IWebHostBuilder builder, string entra)
    {
        // The factory finds the service's content root from a test assembly's attributes; this is not one.
        builder.UseContentRoot(RepositoryPaths.Service);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations", "Error");
        builder.UseSetting("AzureAd:ClientSecret", FakeEntraId.ClientSecret);
        builder.UseSetting("Graph:BaseUrl", entra + "v1.0");
        FakeDataverse.ConfigureService(builder, entra);
    }

    private static async Task<(double Milliseconds, bool LookupUnavailable)> CheckAsync(HttpClient seller, string[] to)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await seller.PostAsJsonAsync("api/v1/checks", new
        {
            to,
            subject = "Your March export",
            body = "Hi all,\n\nThe export you asked about now holds all 412 rows of your March data; the file is attached.\n\nBest, Anna",
        });
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        response.EnsureSuccessStatusCode();
        var unavailable = check.GetProperty("findings").EnumerateArray().Any(finding => finding.GetProperty("code").GetString() == "lookup-unavailable");
        return (elapsed, unavailable);
    }
}
