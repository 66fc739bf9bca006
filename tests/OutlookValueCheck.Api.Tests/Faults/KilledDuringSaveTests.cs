using System.Net;
using System.Runtime.CompilerServices;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace OutlookValueCheck.Api.Tests.Faults;

/// <summary>
/// The service killed (SIGKILL) while managers save policies: after a restart on the same storage every version is
/// whole (exactly one of the documents that were sent), versions run 1..n without a gap, every save that was
/// acknowledged is there, and the policy in force is the newest. Three kill-and-restart rounds per provider.
/// </summary>
public sealed class KilledDuringSaveTests(ITestOutputHelper output)
{
    private const int Rounds = 3;
    private const int Savers = 4;

    // Two documents that differ in every part, each with a long list so that a save writes a sizeable row.
    private static readonly string[] Documents = [DocumentWith("block", 3, 30, "closed", "a"), DocumentWith("info", 5, 60, "open", "b")];

    private static string DocumentWith(string severity, int messages, int days, string failMode, string marker) => JsonSerializer.Serialize(new
    {
        severities = new Dictionary<string, string> { ["no-value-check-in"] = severity, ["renewal-without-value"] = severity },
        thresholds = new { fatigueMessageCount = messages, fatigueWindowDays = days },
        exemptAddresses = Enumerable.Range(0, 300).Select(i => $"exempt-{marker}-{i:000}@partner-{marker}.example").ToList(),
        valueAnswerReasons = new[] { $"Reason {marker} one", $"Reason {marker} two" },
        failMode,
    });

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_save_cut_off_by_a_killed_process_leaves_the_old_version_or_the_new_never_a_mix(string provider)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        await using var storage = StorageFor(provider);
        var acknowledged = new List<(int Version, int Document)>();

        for (var round = 0; round < Rounds; round++)
        {
            await using var service = await ServiceProcess.StartAsync(key, storage.Setting);
            var manager = service.Client(ManagerToken(key));
            using var stop = new CancellationTokenSource();
            var savesInFlight = new StrongBox<int>();
            var savers = Enumerable.Range(0, Savers).Select(saver => SaveUntilCutOffAsync(manager, saver, acknowledged, savesInFlight, stop.Token)).ToList();
            // Saves are under way (at least one answered), then the process dies at a moment no one chose.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            var before = Count(acknowledged);
            while (Count(acknowledged) == before)
            {
                if (savers.All(saver => saver.IsCompleted) || waited.Elapsed > TimeSpan.FromSeconds(30))
                {
                    await stop.CancelAsync();
                    await Task.WhenAll(savers); // a saver's own failure says more than the one below
                    Assert.Fail($"No save was acknowledged in round {round + 1}:\n{service.Output}");
                }
                await Task.Delay(10);
            }
            await Task.Delay(Random.Shared.Next(50, 400));
            var cutOff = Volatile.Read(ref savesInFlight.Value);
            service.Kill();
            output.WriteLine($"Round {round + 1}: killed with {cutOff} saves in flight, {Count(acknowledged) - before} saves acknowledged in this round.");
            await stop.CancelAsync();
            await Task.WhenAll(savers);
        }

        await using (var restarted = await ServiceProcess.StartAsync(key, storage.Setting))
        {
            var manager = restarted.Client(ManagerToken(key));
            var versions = (await manager.GetFromJsonAsync<JsonElement>("/api/v1/policies/versions")).EnumerateArray()
                .Select(version => version.GetProperty("version").GetInt32()).Where(version => version > 0).Order().ToList(); // 0 is the built-in defaults
            Assert.Equal(Enumerable.Range(1, versions.Count), versions);
            var stored = new Dictionary<int, int>();
            foreach (var version in versions)
                stored[version] = WhichDocument((await manager.GetFromJsonAsync<JsonElement>($"/api/v1/policies/versions/{version}")).GetProperty("document"));
            lock (acknowledged)
                Assert.All(acknowledged, saved => Assert.Equal(saved.Document, stored.GetValueOrDefault(saved.Version, -1)));

            var current = await manager.GetFromJsonAsync<JsonElement>("/api/v1/policies/current");
            Assert.Equal(versions[^1], current.GetProperty("version").GetInt32());
            Assert.Equal(stored[versions[^1]], WhichDocument(current.GetProperty("document")));
        }
        storage.AssertIntact();
    }

    /// <summary>Saves the two documents in turn, each on the version it just read, until the service is gone.</summary>
    private static async Task SaveUntilCutOffAsync(HttpClient manager, int saver, List<(int Version, int Document)> acknowledged, StrongBox<int> inFlight,
        CancellationToken stop)
    {
        for (var attempt = saver; !stop.IsCancellationRequested; attempt++)
        {
            try
            {
                var current = await manager.GetFromJsonAsync<JsonElement>("/api/v1/policies/current", stop);
                var basedOn = current.GetProperty("version").GetInt32();
                var document = attempt % 2;
                using var save = new HttpRequestMessage(HttpMethod.Put, "/api/v1/policies/current")
                {
                    Content = new StringContent(Documents[document], Encoding.UTF8, "application/json"),
                };
                save.Headers.TryAddWithoutValidation("If-Match", $"\"{basedOn}\"");
                Interlocked.Increment(ref inFlight.Value);
                HttpResponseMessage response;
                try
                {
                    response = await manager.SendAsync(save, stop);
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight.Value);
                }
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    lock (acknowledged)
                        acknowledged.Add((basedOn + 1, document));
                }
                else
                {
                    // Another saver got there first: the only other answer a save may get here.
                    Assert.True(response.StatusCode == HttpStatusCode.PreconditionFailed, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(stop)}");
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or JsonException)
            {
                // The process is gone (or going): what it acknowledged is what counts.
                return;
            }
        }
    }

    private static int Count(List<(int, int)> acknowledged)
    {
        lock (acknowledged)
            return acknowledged.Count;
    }

    /// <summary>Which of the two sent documents this is, or a failure naming what came back.</summary>
    private static int WhichDocument(JsonElement document)
    {
        for (var i = 0; i < Documents.Length; i++)
        {
            if (JsonElement.DeepEquals(document, JsonDocument.Parse(Documents[i]).RootElement))
                return i;
        }
        Assert.Fail($"A stored version is neither document that was sent: {document.GetRawText()[..Math.Min(300, document.GetRawText().Length)]}");
        return -1;
    }

    private static string ManagerToken(byte[] key) =>
        ValueCheckApplication.Mint(key, user: "maria.manager@contoso.com", scope: null, roles: ["ValueCheck.PolicyManager"], expires: DateTime.UtcNow.AddHours(1));

    private static KilledServiceStorage StorageFor(string provider) => provider == "sqlite" ? new SqliteFile() : new PostgresDatabase();

    private abstract class KilledServiceStorage : IAsyncDisposable
    {
        public abstract (string Name, string Value) Setting { get; }

        public virtual void AssertIntact()
        {
        }

        public abstract ValueTask DisposeAsync();
    }

    private sealed class SqliteFile : KilledServiceStorage
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"valuecheck-killed-{Guid.NewGuid():n}.db");

        public override (string Name, string Value) Setting => ("ConnectionStrings:ValueCheckSqlite", $"Data Source={_path}");

        /// <summary>SQLite's own check of the file the killed processes left (journal rolled back or forward).</summary>
        public override void AssertIntact()
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=False");
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", check.ExecuteScalar() as string);
        }

        public override ValueTask DisposeAsync()
        {
            foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
                File.Delete(file);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresDatabase : KilledServiceStorage
    {
        private readonly string _name = $"valuecheck_killed_{Guid.NewGuid():n}";

        public override (string Name, string Value) Setting => ("ConnectionStrings:ValueCheckPostgres", $"{PostgresValueCheckApplication.DefaultServer};Database={_name}");

        public override ValueTask DisposeAsync()
        {
            PostgresValueCheckApplication.DropDatabase(PostgresValueCheckApplication.DefaultServer, _name);
            return ValueTask.CompletedTask;
        }
    }
}
