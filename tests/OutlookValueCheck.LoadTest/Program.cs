using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

// Usage: dotnet run -c Release --project tests/OutlookValueCheck.LoadTest -- <base-url>[,<base-url>...] <bearer-token> [seconds] [clients]
//    or: dotnet run -c Release --project tests/OutlookValueCheck.LoadTest -- cold [checks] [delay-ms]   (ColdCheck.cs)
// Compares GET /healthz with POST /api/v1/checks (5 recipients, 2 KB body): each is warmed for 10 s (JIT tiering and
// the database file settle), then both are measured with the same number of concurrent clients in alternating rounds
// of 5 s, and it prints requests per second and latency percentiles for both. With several base URLs (instances of
// one deployment), the clients are spread over them evenly, as a load balancer would.
//
// Why rounds: this machine's speed drifts by a third within a minute (a shared host), so measuring one endpoint for
// 20 s and then the other compared two different machines; alternating short rounds gives both the same drift.
// Cold mode: the service, Graph and Dynamics 365 in this process (see ColdCheck).
if (args.Length > 0 && args[0] == "cold")
    return await ColdCheck.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60,
        TimeSpan.FromMilliseconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 150));
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: <base-url>[,<base-url>...] <bearer-token> [seconds=20] [clients=16]");
    return 2;
}
var baseUrls = args[0].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(url => new Uri(url.TrimEnd('/') + "/")).ToArray();
if (baseUrls.Any(url => !url.IsLoopback))
{
    Console.Error.WriteLine("This load generator only targets loopback addresses.");
    return 2;
}
var token = args[1];
// Soak mode: <base-url> <token> soak <minutes> <checks per second> <service pid>
var soak = args.Length > 2 && args[2] == "soak";
var seconds = args.Length > 2 && !soak ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var clients = args.Length > 3 && !soak ? int.Parse(args[3], CultureInfo.InvariantCulture) : 16;
const int RoundSeconds = 5;

var instances = baseUrls.Select(url =>
{
    var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = url };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    return client;
}).ToArray();
var http = instances[0];

var body = CheckBody();
if (soak)
{
    if (args.Length < 6)
    {
        Console.Error.WriteLine("usage: <base-url> <bearer-token> soak <minutes> <checks-per-second> <service-pid>");
        return 2;
    }
    // Warm the caches first, as the issue's soak asks for.
    for (var i = 0; i < 200; i++)
        (await http.PostAsync("api/v1/checks", new StringContent(body, Encoding.UTF8, "application/json"))).Dispose();
    return await Soak.RunAsync(http, body, int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture), int.Parse(args[5], CultureInfo.InvariantCulture));
}
var successes = new long[2];
var current = 0;
var endpoints = new (string Name, Func<HttpRequestMessage> Request)[]
{
    ("GET /healthz", () => new HttpRequestMessage(HttpMethod.Get, "healthz")),
    ("POST /api/v1/checks", () => new HttpRequestMessage(HttpMethod.Post, "api/v1/checks") { Content = new StringContent(body, Encoding.UTF8, "application/json") }),
};
var results = await MeasureAsync(endpoints);

Console.WriteLine($"{clients} concurrent clients over {instances.Length} instance(s), {seconds} s each after a 10 s warm-up, in alternating rounds of at most {RoundSeconds} s, {Environment.ProcessorCount} cores");
Console.WriteLine("| endpoint | requests/s | p50 ms | p99 ms | p99.9 ms | errors |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
foreach (var (name, result) in results)
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {result.PerSecond:0} | {result.P50:0.00} | {result.P99:0.00} | {result.P999:0.00} | {result.Errors} |"));
Console.WriteLine($"successful checks in all (warm-up included): {Interlocked.Read(ref successes[1])}");
var ratio = results[1].Result.PerSecond / results[0].Result.PerSecond;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check throughput is {ratio:P0} of /healthz"));
return results.Any(result => result.Result.Errors > 0) ? 1 : 0;

async Task<List<(string Name, Result Result)>> MeasureAsync((string Name, Func<HttpRequestMessage> Request)[] measured)
{
    for (current = 0; current < measured.Length; current++)
        await Phase(measured[current].Request, TimeSpan.FromSeconds(10), null);
    var latencies = measured.Select(_ => Enumerable.Range(0, clients).Select(_ => new List<double>(100_000)).ToArray()).ToArray();
    var errors = new int[measured.Length];
    var rounds = Math.Max(1, (int)Math.Ceiling(seconds / (double)RoundSeconds));
    for (var round = 0; round < rounds; round++)
    {
        for (current = 0; current < measured.Length; current++)
            errors[current] += await Phase(measured[current].Request, TimeSpan.FromSeconds(seconds / (double)rounds), latencies[current]);
    }
    return measured.Select((endpoint, index) =>
    {
        var all = latencies[index].SelectMany(list => list).Order().ToArray();
        double At(double quantile) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(quantile * all.Length))];
        return (endpoint.Name, new Result(all.Length / (double)seconds, At(0.50), At(0.99), At(0.999), errors[index]));
    }).ToList();
}

async Task<int> Phase(Func<HttpRequestMessage> request, TimeSpan length, List<double>[]? latencies)
{
    var stopAt = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
    var errors = 0;
    await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
    {
        // Measured rounds add to the worker's list from earlier rounds; warm-up latencies are not kept.
        var mine = latencies?[worker] ?? [];
        var instance = instances[worker % instances.Length];
        while (Stopwatch.GetTimestamp() < stopAt)
        {
            var started = Stopwatch.GetTimestamp();
            using var message = request();
            using var response = await instance.SendAsync(message);
            await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode)
                Interlocked.Increment(ref errors);
            else
                Interlocked.Increment(ref successes[current]);
            mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }));
    return errors;
}

static string CheckBody()
{
    const string paragraph = "You asked why the operations dashboard takes four minutes to refresh on Monday mornings. It is the weekly backlog query; I added a date filter in your sandbox and the refresh now takes 35 seconds. ";
    var text = new StringBuilder("Hi Julia,\\n\\n");
    while (text.Length < 2048)
        text.Append(paragraph);
    var to = string.Join(',', new[] { "julia.berg@adatum.com", "sara.lind@tailwindtraders.com", "omar.haddad@bellowscollege.com", "tim.wu@southridgevideo.com", "new.person@adatum.com" }.Select(a => $"\"{a}\""));
    return $"{{\"to\":[{to}],\"subject\":\"Dashboard refresh\",\"body\":\"{text}\",\"bodyFormat\":\"text\"}}";
}

internal sealed record Result(double PerSecond, double P50, double P99, double P999, int Errors);
