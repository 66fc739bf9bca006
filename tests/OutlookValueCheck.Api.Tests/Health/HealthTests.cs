using System.Net;

namespace OutlookValueCheck.Api.Tests.Health;

public sealed class HealthOnSqliteTests(ValueCheckApplication app) : HealthTests(app), IClassFixture<ValueCheckApplication>;

public sealed class HealthOnPostgresTests(PostgresValueCheckApplication app) : HealthTests(app), IClassFixture<PostgresValueCheckApplication>;

public abstract class HealthTests(ValueCheckApplication app)
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Probes_answer_without_a_token(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_names_the_storage_provider_in_use()
    {
        var body = await app.CreateClient().GetStringAsync("/readyz");

        Assert.Contains(app is PostgresValueCheckApplication ? "Npgsql" : "Sqlite", body, StringComparison.Ordinal);
        // Development tokens cannot be exchanged for Graph tokens, so Graph is off there.
        Assert.Contains("\"graph\":\"not configured\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_check_endpoint()
    {
        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/v1/checks", document, StringComparison.Ordinal);
    }
}
