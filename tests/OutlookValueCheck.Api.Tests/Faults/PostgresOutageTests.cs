using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookValueCheck.Api.Tests.Faults;

/// <summary>
/// PostgreSQL stopped and started again under a running service (a private cluster of its own, so the rest of the
/// suite keeps its server): checks keep answering from the cache under the policy last read, readiness goes red then
/// green, writes that need storage answer 503 and store nothing, and every check's decision is stored once storage
/// is back, none lost and none twice.
/// </summary>
public sealed class PostgresOutageTests(PostgresOutageTests.InstanceOnOutageCluster app) : IClassFixture<PostgresOutageTests.InstanceOnOutageCluster>
{
    public sealed class InstanceOnOutageCluster() : PostgresValueCheckApplication(OutageCluster.ConnectionString, OutageCluster.Variable);

    private const string Accounts = """
        id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products
        A1,Fabrikam,fabrikam.example,customer,2021-04-12,2027-06-30,anna.berg@contoso.com,0,Analytics
        """;
    private const string Contacts = """
        email,account_id,first_name,last_name,title,do_not_email
        buyer@fabrikam.example,A1,Tom,Keller,IT Manager,false
        """;

    private static object CheckIn(params string[] to) => new { to, subject = "Hi", body = "Just checking in! Any updates?", bodyFormat = "text" };

    [Fact]
    public async Task Checks_go_on_through_a_database_restart_and_no_decision_is_lost()
    {
        var warm = ValueCheckApplication.TenantA;
        var seller = app.SellerClient(warm);
        await app.ImportCrmAsync(warm, Accounts, Contacts);
        await app.ManagerClient(warm).SavePolicyAsync("""{ "severities": { "no-value-check-in": "block" } }""");
        var checkIds = new List<string>();

        var before = await CheckAsync(seller, CheckIn("buyer@fabrikam.example"));
        checkIds.Add(before.GetProperty("checkId").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/readyz")).StatusCode);

        try
        {
            OutageCluster.Stop();

            // Readiness asks storage at most every couple of seconds: it turns red within that.
            var ready = await ReadinessOnceItTurnsAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("unreachable", (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("storage").GetString());

            // A known recipient: the verdict under the saved policy, the CRM facts from the cache.
            var cached = await CheckAsync(seller, CheckIn("buyer@fabrikam.example"));
            Assert.Equal("block", cached.GetProperty("verdict").GetString());
            Assert.Equal("Fabrikam", cached.GetProperty("recipients")[0].GetProperty("account").GetProperty("name").GetString());
            checkIds.Add(cached.GetProperty("checkId").GetString()!);

            // A recipient never looked up: answered, with the CRM named as unavailable instead of a guess.
            var uncached = await CheckAsync(seller, CheckIn("someone.new@northwind.example"));
            Assert.Equal("block", uncached.GetProperty("verdict").GetString());
            Assert.Equal("crm", uncached.GetProperty("recipients")[0].GetProperty("lookupFailures")[0].GetProperty("source").GetString());
            checkIds.Add(uncached.GetProperty("checkId").GetString()!);

            // The cached policy gone as well (it expires): the checks run under the policy this instance last read.
            await app.Services.GetRequiredService<HybridCache>().RemoveAsync($"policy:{warm}");
            var lastKnown = await CheckAsync(seller, CheckIn("buyer@fabrikam.example"));
            Assert.Equal("block", lastKnown.GetProperty("verdict").GetString());
            checkIds.Add(lastKnown.GetProperty("checkId").GetString()!);
            Assert.Equal(HttpStatusCode.OK, (await seller.GetAsync("/api/v1/addin/settings")).StatusCode);

            // A tenant this instance never served has no policy to go on: 503 tells the add-in to apply its fail mode.
            var cold = await app.SellerClient(ValueCheckApplication.TenantB).PostAsJsonAsync("/api/v1/checks", CheckIn("buyer@fabrikam.example"));
            await AssertStorageUnavailableAsync(cold);

            var waiting = await (await app.CreateClient().GetAsync("/readyz")).Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(waiting.GetProperty("pendingDecisions").GetInt64() >= 1, waiting.ToString());

            // Writes that need storage say so and keep nothing.
            await AssertStorageUnavailableAsync(await seller.PostAsJsonAsync("/api/v1/decisions", new { checkId = checkIds[1], outcome = "answered", valueAnswer = "Renewal terms" }));
            using var save = new HttpRequestMessage(HttpMethod.Put, "/api/v1/policies/current")
            {
                Content = new StringContent("""{ "severities": { "no-value-check-in": "info" } }""", Encoding.UTF8, "application/json"),
            };
            save.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            await AssertStorageUnavailableAsync(await app.ManagerClient(warm).SendAsync(save));
        }
        finally
        {
            OutageCluster.Start();
        }

        await WaitUntilReadyAsync();
        // The answer the seller gave during the outage, sent again as the add-in does on 503.
        var decided = await seller.PostAsJsonAsync("/api/v1/decisions", new { checkId = checkIds[1], outcome = "answered", valueAnswer = "Renewal terms" });
        Assert.True(decided.StatusCode == HttpStatusCode.NoContent, await decided.Content.ReadAsStringAsync());

        var stored = await app.DecisionsAsync(warm);
        Assert.Equal(checkIds.Order(), stored.Select(row => row.CheckId.ToString()).Order());
        Assert.Equal("Renewal terms", stored.Single(row => row.CheckId.ToString() == checkIds[1]).ValueAnswer);
        Assert.Empty(await app.DecisionsAsync(ValueCheckApplication.TenantB));

        var history = await (await app.ManagerClient(warm).GetAsync("/api/v1/policies/versions")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, history.GetArrayLength()); // the one saved, and version 0 (the built-in defaults)
        Assert.Equal("block", (await CheckAsync(seller, CheckIn("buyer@fabrikam.example"))).GetProperty("verdict").GetString());
    }

    private static async Task<JsonElement> CheckAsync(HttpClient seller, object draft)
    {
        var response = await seller.PostAsJsonAsync("/api/v1/checks", draft);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task AssertStorageUnavailableAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {text}");
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Storage is unavailable.", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("Npgsql", text, StringComparison.Ordinal);
    }

    /// <summary>The first readiness answer with <paramref name="status"/>, or the last one after 10 s (the caller asserts).</summary>
    private async Task<HttpResponseMessage> ReadinessOnceItTurnsAsync(HttpStatusCode status)
    {
        var probe = app.CreateClient();
        var waited = Stopwatch.StartNew();
        HttpResponseMessage ready;
        while ((ready = await probe.GetAsync("/readyz")).StatusCode != status && waited.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(200);
        return ready;
    }

    /// <summary>Readiness turns green again once the server is back (bounded: 30 s).</summary>
    private async Task WaitUntilReadyAsync()
    {
        var probe = app.CreateClient();
        var waited = Stopwatch.StartNew();
        HttpStatusCode status;
        while ((status = (await probe.GetAsync("/readyz")).StatusCode) != HttpStatusCode.OK && waited.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(200);
        Assert.Equal(HttpStatusCode.OK, status);
    }
}

/// <summary>
/// The private PostgreSQL cluster the outage tests stop and start: "version name" from VALUECHECK_TEST_POSTGRES_OUTAGE,
/// else the cluster named "outage" that pg_lsclusters lists (.ci/run creates "15 outage" on port 5433). Stopping and
/// starting it takes root or the postgres user. Without one, the tests fail, saying how to create it.
/// </summary>
internal static class OutageCluster
{
    public const string Variable = "VALUECHECK_TEST_POSTGRES_OUTAGE";

    private static readonly Lazy<string[]> Cluster = new(Find);

    private static string[] Name => Cluster.Value;

    private static string[] Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
            return named.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var listed = Clusters().FirstOrDefault(columns => columns[1] == "outage");
        return listed is null
            ? throw new InvalidOperationException(
                $"No PostgreSQL cluster for the outage tests: create one of their own (as root: pg_createcluster -p 5433 15 outage && pg_ctlcluster 15 outage start, " +
                $"then set the postgres user's password to postgres), or name one in {Variable} (\"15 outage\"). .ci/run does all of this.")
            : [listed[0], listed[1]];
    }

    /// <summary>pg_lsclusters' rows: version, name, port, status, ...</summary>
    private static IEnumerable<string[]> Clusters() =>
        Run("pg_lsclusters", "-h").Split('\n').Select(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(columns => columns.Length > 2);

    public static string ConnectionString => $"Host=127.0.0.1;Port={Port()};Username=postgres;Password=postgres";

    public static void Stop() => Run("pg_ctlcluster", Name[0], Name[1], "stop", "-m", "fast");

    public static void Start() => Run("pg_ctlcluster", Name[0], Name[1], "start");

    /// <summary>The cluster's port, as pg_lsclusters lists it ("15 outage 5433 online postgres …").</summary>
    private static int Port()
    {
        var line = Clusters().FirstOrDefault(columns => columns[0] == Name[0] && columns[1] == Name[1])
            ?? throw new InvalidOperationException($"pg_lsclusters lists no cluster \"{string.Join(' ', Name)}\" (from {Variable}).");
        return int.Parse(line[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Run(string program, params string[] arguments)
    {
        Process? started;
        try
        {
            started = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true });
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"{program} could not be run ({exception.Message}): the outage tests use Debian's PostgreSQL cluster tools (postgresql-common).", exception);
        }
        using var process = started ?? throw new InvalidOperationException($"{program} could not be started.");
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)) || process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {errors}{output}");
        return output;
    }
}
