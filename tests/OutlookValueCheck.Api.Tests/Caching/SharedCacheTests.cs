using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace OutlookValueCheck.Api.Tests.Caching;

/// <summary>
/// Two instances of the service share a real Redis (started by .ci/run, or named by VALUECHECK_TEST_REDIS) as
/// HybridCache's second level: what one instance looked up, the other serves without asking its own source.
/// </summary>
public sealed class SharedCacheTests : IDisposable
{
    public const string Variable = "VALUECHECK_TEST_REDIS";
    private readonly string _prefix = $"valuecheck-test-{Guid.NewGuid():n}:";
    private readonly InstanceWithRedis _first;
    private readonly InstanceWithRedis _second;

    public SharedCacheTests()
    {
        var redis = Environment.GetEnvironmentVariable(Variable) ?? "127.0.0.1:6379";
        try
        {
            using var connection = StackExchange.Redis.ConnectionMultiplexer.Connect($"{redis},abortConnect=true,connectTimeout=3000");
        }
        catch (StackExchange.Redis.RedisConnectionException exception)
        {
            throw new InvalidOperationException($"Redis is not reachable at {redis} ({exception.Message}). Start it as .ci/run does, or set {Variable}.", exception);
        }
        _first = new InstanceWithRedis(redis, _prefix);
        _second = new InstanceWithRedis(redis, _prefix);
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    private static async Task<JsonElement> LookUpAsync(ValueCheckApplication instance, string address)
    {
        var response = await instance.SellerClient().PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses = new[] { address } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
    }

    [Fact]
    public async Task A_fact_one_instance_looked_up_is_served_to_another_from_redis()
    {
        // Only the first instance's database has this CRM; the second has none.
        await _first.ImportCrmAsync(ValueCheckApplication.TenantA,
            """
            id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products
            A1,Fabrikam,fabrikam.com,customer,2021-04-12,2027-06-30,marco@contoso.com,2,Analytics;Reporting
            """,
            """
            email,account_id,first_name,last_name,title,do_not_email
            tom@fabrikam.com,A1,Tom,Berg,CFO,false
            """);

        var fromFirst = await LookUpAsync(_first, "tom@fabrikam.com");
        var fromSecond = await LookUpAsync(_second, "tom@fabrikam.com");
        var unseen = await LookUpAsync(_second, "ann@fabrikam.com");

        Assert.Equal("Tom Berg", fromFirst.GetProperty("contact").GetProperty("fullName").GetString());
        Assert.Equal("Tom Berg", fromSecond.GetProperty("contact").GetProperty("fullName").GetString());
        Assert.Equal(2, fromSecond.GetProperty("account").GetProperty("products").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, unseen.GetProperty("account").ValueKind); // never looked up by the first: the second's own (empty) CRM answers
    }

    [Fact]
    public async Task Readiness_says_redis_is_the_second_level() =>
        Assert.Contains("memory and Redis", await _first.CreateClient().GetStringAsync("/readyz"), StringComparison.Ordinal);

    private sealed class InstanceWithRedis(string redis, string prefix) : ValueCheckApplication
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Redis", redis);
            builder.UseSetting("Cache:KeyPrefix", prefix);
        }
    }
}
