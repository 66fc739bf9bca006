using System.Diagnostics;
using System.Globalization;
using System.Text;

/// <summary>
/// The soak run: checks at a steady rate for a number of minutes against one instance with warm caches, reporting per
/// minute the throughput, p50/p99/p99.9 latency, errors and the service's resident memory (read from /proc/&lt;pid&gt;).
/// </summary>
internal static class Soak
{
    public static async Task<int> RunAsync(HttpClient http, string body, int minutes, int perSecond, int pid)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"soak: {perSecond} checks/s for {minutes} min, service pid {pid}, {Environment.ProcessorCount} cores"));
        Console.WriteLine("| minute | checks/s | p50 ms | p99 ms | p99.9 ms | errors | service RSS MB |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| start | | | | | | {ResidentMegabytes(pid):0} |"));
        var totalErrors = 0;
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        for (var minute = 1; minute <= minutes; minute++)
        {
            var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
            var errors = 0;
            var inFlight = new List<Task>();
            var start = Stopwatch.GetTimestamp();
            var sent = 0L;
            while (Stopwatch.GetElapsedTime(start) < TimeSpan.FromMinutes(1))
            {
                // Open loop: requests start on schedule whether or not earlier ones have answered.
                var due = start + (long)(sent * interval.TotalSeconds * Stopwatch.Frequency);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait);
                sent++;
                inFlight.Add(SendAsync());
                if (inFlight.Count > 2000)
                    inFlight.RemoveAll(task => task.IsCompleted);
            }
            await Task.WhenAll(inFlight);
            var all = latencies.Order().ToArray();
            double At(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(q * all.Length))];
            totalErrors += errors;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {minute} | {all.Length / 60.0:0} | {At(0.50):0.00} | {At(0.99):0.00} | {At(0.999):0.00} | {errors} | {ResidentMegabytes(pid):0} |"));

            async Task SendAsync()
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.PostAsync("api/v1/checks", new StringContent(body, Encoding.UTF8, "application/json"));
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode)
                        Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        return totalErrors > 0 ? 1 : 0;
    }

    private static double ResidentMegabytes(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status").FirstOrDefault(line => line.StartsWith("VmRSS:", StringComparison.Ordinal));
        return status is null ? 0 : double.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
