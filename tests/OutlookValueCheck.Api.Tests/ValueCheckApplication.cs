using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookValueCheck.Api.Crm;
using OutlookValueCheck.Api.Storage;
using OutlookValueCheck.Core.Crm;

namespace OutlookValueCheck.Api.Tests;

/// <summary>
/// The service on a throw-away database, with the development token scheme keyed by a test key, so the tests mint
/// real signed tokens and the real JwtBearer validation checks them. Only infrastructure is replaced.
/// <see cref="ValueCheckApplication"/> runs on SQLite, <see cref="PostgresValueCheckApplication"/> on PostgreSQL.
/// </summary>
public class ValueCheckApplication : WebApplicationFactory<Program>
{
    public const string TenantA = "aaaaaaaa-0000-0000-0000-00000000000a";
    public const string TenantB = "bbbbbbbb-0000-0000-0000-00000000000b";
    public const string UnknownTenant = "cccccccc-0000-0000-0000-00000000000c";
    public const string Issuer = "valuecheck-tests";
    public const string Audience = "api://valuecheck-tests";

    /// <summary>More allowed tenants, so tests that change tenant-wide state (the policy) can each own one.</summary>
    public static readonly IReadOnlyList<string> OwnTenants = Enumerable.Range(1, 18).Select(i => $"dddddddd-0000-0000-0000-{i:000000000000}").ToList();

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"valuecheck-api-{Guid.NewGuid():n}.db");
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public ValueCheckApplication()
    {
    }

    /// <summary>Instances of one deployment (scale-out tests) share the development signing key.</summary>
    protected ValueCheckApplication(byte[] signingKey) => _key = signingKey;

    protected virtual void ConfigureStorage(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:ValueCheckSqlite", $"Data Source={_database}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        ConfigureStorage(builder);
        foreach (var (name, value) in TestSettings(_key))
            builder.UseSetting(name, value);
    }

    /// <summary>The settings every test service runs with: the tenants it allows, the development token scheme's key and the address hashes' secret.</summary>
    public static IEnumerable<(string Name, string Value)> TestSettings(byte[] key)
    {
        yield return ("Development:TenantId", "");
        yield return ("Access:AllowedTenants:0", TenantA);
        yield return ("Access:AllowedTenants:1", TenantB);
        for (var i = 0; i < OwnTenants.Count; i++)
            yield return ($"Access:AllowedTenants:{i + 2}", OwnTenants[i]);
        yield return ("Authentication:Schemes:Bearer:ValidIssuer", Issuer);
        yield return ("Authentication:Schemes:Bearer:ValidAudiences:0", Audience);
        yield return ("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", Issuer);
        yield return ("Authentication:Schemes:Bearer:SigningKeys:0:Value", Convert.ToBase64String(key));
        // The address hashes' secret, one per deployment like the signing key (the instances of a scale-out test share
        // both); set here so tests never make a development key file in the user's data folder.
        yield return ("Privacy:AddressHashKey", Convert.ToBase64String(SHA256.HashData([.. "address-hash-key"u8, .. key])));
    }

    public string Token(string tenant = TenantA, string user = "anna.berg@contoso.com", string? scope = "access_as_user",
        string[]? roles = null, DateTime? expires = null, byte[]? key = null, string[]? groups = null) =>
        Mint(key ?? _key, tenant, user, scope, roles, expires, groups);

    /// <summary>A token as the development scheme of a service keyed by <paramref name="key"/> accepts it.</summary>
    public static string Mint(byte[] key, string tenant = TenantA, string user = "anna.berg@contoso.com", string? scope = "access_as_user",
        string[]? roles = null, DateTime? expires = null, string[]? groups = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["tid"] = tenant,
            ["oid"] = Guid.NewGuid().ToString(),
            ["sub"] = user,
            ["preferred_username"] = user,
        };
        if (scope is not null)
            claims["scp"] = scope;
        if (roles is not null)
            claims["roles"] = roles;
        if (groups is not null)
            claims["groups"] = groups;
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            NotBefore = expiry.AddHours(-1),
            IssuedAt = expiry.AddHours(-1),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
    }

    public HttpClient ClientWith(string? token)
    {
        var client = CreateClient();
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient SellerClient(string tenant = TenantA) => ClientWith(Token(tenant));

    /// <summary>A policy manager of the tenant: the app role, no seller scope.</summary>
    public HttpClient ManagerClient(string tenant = TenantA, string user = "maria.manager@contoso.com") =>
        ClientWith(Token(tenant, user: user, scope: null, roles: ["ValueCheck.PolicyManager"]));

    public async Task ImportCrmAsync(string tenant, string accountsCsv, string contactsCsv)
    {
        var result = CrmCsvImporter.Import(new CsvSource("accounts.csv", new StringReader(accountsCsv)), new CsvSource("contacts.csv", new StringReader(contactsCsv)));
        Assert.Empty(result.Errors);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant);
        await scope.ServiceProvider.GetRequiredService<TenantCrm>().ReplaceBuiltInAsync(result.Directory!, CancellationToken.None);
    }

    /// <summary>Decisions are written in the background; tests wait for them before looking.</summary>
    public Task FlushDecisionsAsync() => Services.GetRequiredService<OutlookValueCheck.Api.Decisions.DecisionLog>().FlushAsync(CancellationToken.None);

    internal async Task<List<DecisionRow>> DecisionsAsync(string tenant)
    {
        await FlushDecisionsAsync();
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant);
        return await scope.ServiceProvider.GetRequiredService<ValueCheckDbContext>().Decisions.AsNoTracking().ToListAsync();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // From the finalizer (a fixture whose constructor threw, before this class's fields were set) there is
        // nothing of ours to clean up, and throwing there would take the whole test run down.
        if (!disposing)
            return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }
}

/// <summary>
/// The same service on PostgreSQL: a fresh database per fixture on the server named by VALUECHECK_TEST_POSTGRES
/// (default: 127.0.0.1:5432, user and password postgres, as .ci/run starts it). An unreachable server fails the
/// tests; it never skips them.
/// </summary>
public class PostgresValueCheckApplication : ValueCheckApplication
{
    public const string Variable = "VALUECHECK_TEST_POSTGRES";
    private readonly string _server;
    private readonly string _databaseName = $"valuecheck_test_{Guid.NewGuid():n}";
    private readonly string _connectionString;

    /// <summary>The server named by VALUECHECK_TEST_POSTGRES, else the one .ci/run starts.</summary>
    public static string DefaultServer => Environment.GetEnvironmentVariable(Variable) ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    public PostgresValueCheckApplication()
        : this(DefaultServer, Variable)
    {
    }

    /// <summary>On another server; <paramref name="variable"/> names the setting the error message points to.</summary>
    protected PostgresValueCheckApplication(string server, string variable)
    {
        _server = server;
        _connectionString = $"{server};Database={_databaseName}";
        try
        {
            using var connection = new Npgsql.NpgsqlConnection(server);
            connection.Open();
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable ({exception.Message}). Start it as .ci/run does, or set {variable} to a server's connection string.", exception);
        }
    }

    protected override void ConfigureStorage(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:ValueCheckPostgres", _connectionString);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
            return;
        // The host's services are gone by now, so the test database is dropped over a connection of our own.
        DropDatabase(_server, _databaseName);
    }

    /// <summary>Drops a test database, whoever is still connected to it (pools of this process are cleared first).</summary>
    public static void DropDatabase(string server, string database)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        using var connection = new Npgsql.NpgsqlConnection(server);
        connection.Open();
        using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
