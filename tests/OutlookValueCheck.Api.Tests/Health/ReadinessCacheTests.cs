using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Tests.Health;

public sealed class ReadinessCacheOnSqliteTests(ValueCheckApplication app) : ReadinessCacheTests(app), IClassFixture<ValueCheckApplication>;

public sealed class ReadinessCacheOnPostgresTests(PostgresValueCheckApplication app) : ReadinessCacheTests(app), IClassFixture<PostgresValueCheckApplication>;

/// <summary>
/// /readyz is anonymous: however often it is called, storage is asked at most once per couple of seconds, and the
/// answer after that is asked afresh.
/// </summary>
public abstract class ReadinessCacheTests(ValueCheckApplication app)
{
    [Fact]
    public async Task Many_probes_within_the_window_cost_one_round_trip_to_storage()
    {
        var clock = new SteppedClock(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        var probes = new CountingProbes();
        using var service = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
            services.ConfigureDbContext<SqliteValueCheckDbContext>(options => options.AddInterceptors(probes));
            services.ConfigureDbContext<PostgresValueCheckDbContext>(options => options.AddInterceptors(probes));
        }));
        var client = service.CreateClient();
        // Starting the service may ask storage the same (PostgreSQL's provider does): count only what probes ask.
        probes.Reset();

        for (var i = 0; i < 20; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(1, probes.Count);

        clock.Advance(TimeSpan.FromSeconds(5));
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(2, probes.Count);
    }

    /// <summary>A clock that stands still until the test moves it.</summary>
    private sealed class SteppedClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    /// <summary>Counts readiness's round trips (its SELECT 1) however EF runs them.</summary>
    private sealed class CountingProbes : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Volatile.Write(ref _count, 0);

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Counted(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            Counted(command);
            return ValueTask.FromResult(result);
        }

        private void Counted(DbCommand command)
        {
            if (command.CommandText.Trim() == "SELECT 1")
                Interlocked.Increment(ref _count);
        }
    }
}
