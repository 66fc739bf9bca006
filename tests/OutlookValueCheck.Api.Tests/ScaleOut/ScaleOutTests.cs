using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OutlookValueCheck.Api.Caching;
using OutlookValueCheck.Api.Tests.Caching;

namespace OutlookValueCheck.Api.Tests.ScaleOut;

/// <summary>
/// Two instances of the service, each on its own loopback port (Kestrel), sharing one PostgreSQL database and one
/// Redis, as behind a load balancer. Both servers are the real ones .ci/run starts; missing either fails the tests.
/// </summary>
public sealed class ScaleOutTests : IDisposable
{
    private const int RequestsPerMinute = 10;
    private readonly string _server = PostgresValueCheckApplication.DefaultServer;
    private readonly string _database = $"valuecheck_scaleout_{Guid.NewGuid():n}";
    private readonly Instance _a;
    private readonly Instance _b;

    public ScaleOutTests()
    {
        var redis = Environment.GetEnvironmentVariable(SharedCacheTests.Variable) ?? "127.0.0.1:6379";
        var prefix = $"valuecheck-scaleout-{Guid.NewGuid():n}:";
        var key = RandomNumberGenerator.GetBytes(32);
        var storage = $"{_server};Database={_database}";
        _a = new Instance(key, storage, redis, prefix);
        _b = new Instance(key, storage, redis, prefix);
        // One at a time: the first creates and migrates the shared database.
        _a.UseKestrel(0);
        _a.StartServer();
        _b.UseKestrel(0);
        _b.StartServer();
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        PostgresValueCheckApplication.DropDatabase(_server, _database);
    }

    private static readonly object CheckIn = new { to = new[] { "julia@adatum.example" }, subject = "Hi", body = "Just checking in! Any updates?", bodyFormat = "text" };

    private static async Task<JsonElement> CheckAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/checks", CheckIn);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task The_instances_listen_on_different_loopback_ports()
    {
        var a = _a.ClientWith(null).BaseAddress!;
        var b = _b.ClientWith(null).BaseAddress!;

        Assert.True(a.IsLoopback && b.IsLoopback);
        Assert.NotEqual(a.Port, b.Port);
        Assert.Equal(HttpStatusCode.OK, (await _b.ClientWith(null).GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task A_policy_saved_through_one_instance_applies_to_the_other_instances_next_check()
    {
        var seller = _b.ClientWith(_b.Token(ValueCheckApplication.TenantA, user: "sam@contoso.com"));
        Assert.Equal("warn", (await CheckAsync(seller)).GetProperty("verdict").GetString()); // B has the policy cached now

        await _a.ManagerClient(ValueCheckApplication.TenantA).SavePolicyAsync("""{ "severities": { "no-value-check-in": "block" } }""");

        Assert.Equal("block", (await CheckAsync(seller)).GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Decisions_from_both_instances_land_once_each()
    {
        var tenant = ValueCheckApplication.TenantB;
        var checks = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            var instance = i % 2 == 0 ? _a : _b;
            return (await CheckAsync(instance.ClientWith(instance.Token(tenant, user: $"seller{i}@contoso.com")))).GetProperty("checkId").GetGuid();
        }));
        await _a.FlushDecisionsAsync();
        await _b.FlushDecisionsAsync();

        var stored = await _a.DecisionsAsync(tenant);
        Assert.Equal(checks.Order(), stored.Select(row => row.CheckId).Order());
    }

    [Fact]
    public async Task The_per_user_limit_counts_requests_on_every_instance()
    {
        // Each instance connects to Redis on its first limited request, within the 250 ms the shared limit gives Redis,
        // and lets the request through if that runs out; on a slow machine the connection alone can take longer, so it is
        // made first and the count below is Redis's from the first request.
        await _a.Services.GetRequiredService<SharedRedis>().DatabaseAsync();
        await _b.Services.GetRequiredService<SharedRedis>().DatabaseAsync();
        // A window boundary in the middle would split the count: start early in a minute.
        var second = DateTimeOffset.UtcNow.Second;
        if (second > 45)
            await Task.Delay(TimeSpan.FromSeconds(61 - second));
        // One token (one user: its oid), valid on both instances.
        var token = _a.Token(ValueCheckApplication.TenantA, user: $"busy-{Guid.NewGuid():n}@contoso.com");
        var a = _a.ClientWith(token);
        var b = _b.ClientWith(token);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RequestsPerMinute + 2; i++)
            statuses.Add((await (i % 2 == 0 ? a : b).GetAsync("/api/v1/addin/settings")).StatusCode);

        Assert.Equal(RequestsPerMinute, statuses.Count(status => status == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(status => status == HttpStatusCode.TooManyRequests));
    }

    private sealed class Instance(byte[] key, string storage, string redis, string prefix) : ValueCheckApplication(key)
    {
        protected override void ConfigureStorage(IWebHostBuilder builder) => builder.UseSetting("ConnectionStrings:ValueCheckPostgres", storage);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Redis", redis);
            builder.UseSetting("Cache:KeyPrefix", prefix);
            builder.UseSetting("RateLimits:RequestsPerMinutePerUser", RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
