using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OutlookValueCheck.Api.Tests.Decisions;

/// <summary>
/// The secret that keys address hashes (Privacy:AddressHashKey): required outside Development, checked at start in
/// every environment, and in Development made on first run in the data folder, readable by its owner only.
/// </summary>
public sealed class AddressHashKeyTests : IDisposable
{
    private const string Setting = "Privacy:AddressHashKey";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"valuecheck-hashkey-{Guid.NewGuid():n}");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Outside_development_a_missing_key_stops_the_start_with_a_message_naming_the_setting()
    {
        using var app = InProduction(key: null);

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(Setting, failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "address-hash.key")), "Outside Development no key is made.");
    }

    [Fact]
    public async Task Outside_development_a_configured_key_lets_the_service_start()
    {
        using var app = InProduction(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/healthz")).StatusCode);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("c2hvcnQ=")] // "short": 5 bytes
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")] // 31 bytes
    public void A_key_that_is_not_base64_of_at_least_32_bytes_stops_the_start_naming_the_setting(string key)
    {
        using var app = new InDevelopment(_folder, key);

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(Setting, failure.Message, StringComparison.Ordinal);
        Assert.Contains("32 bytes", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_a_key_is_made_on_first_run_in_the_data_folder_for_its_owner_only_and_kept()
    {
        string firstHash;
        using (var first = new InDevelopment(_folder, key: null))
            firstHash = await SellerHashOfACheckAsync(first);
        var file = Path.Combine(_folder, "address-hash.key");
        var made = await File.ReadAllTextAsync(file);
        string secondHash;
        using (var second = new InDevelopment(_folder, key: null))
            secondHash = await SellerHashOfACheckAsync(second);

        Assert.Equal(32, Convert.FromBase64String(made.Trim()).Length);
        Assert.Equal(made, await File.ReadAllTextAsync(file));
        Assert.Equal(firstHash, secondHash);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_folder));
        }
    }

    [Fact]
    public async Task A_configured_key_is_used_in_development_and_no_key_file_is_made()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        string first, second, other;
        using (var app = new InDevelopment(_folder, key))
            first = await SellerHashOfACheckAsync(app);
        using (var app = new InDevelopment(_folder, key))
            second = await SellerHashOfACheckAsync(app);
        using (var app = new InDevelopment(_folder, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))))
            other = await SellerHashOfACheckAsync(app);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.False(File.Exists(Path.Combine(_folder, "address-hash.key")));
    }

    private static async Task<string> SellerHashOfACheckAsync(ValueCheckApplication app)
    {
        var response = await app.SellerClient().PostAsJsonAsync("/api/v1/checks", new { to = new[] { "tom@fabrikam.com" }, body = "Here are the numbers you asked for." });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await app.DecisionsAsync(ValueCheckApplication.TenantA)).OrderBy(row => row.Key).Last().SellerHash!;
    }

    /// <summary>Production settings that pass validation, no Entra ID needed: nothing is signed in.</summary>
    private WebApplicationFactory<Program> InProduction(string? key) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Storage:DataFolder", _folder);
            builder.UseSetting("ConnectionStrings:ValueCheckSqlite", $"Data Source={Path.Combine(_folder, "production.db")}");
            // Closed loopback port: the metadata warm-up fails at once and nothing leaves the machine.
            builder.UseSetting("AzureAd:Instance", "https://127.0.0.1:1/");
            builder.UseSetting("AzureAd:ClientId", "5b2f8a54-7c1e-4d0b-9a3f-2e6c1d8b9f10");
            builder.UseSetting("Access:AllowedTenants:0", ValueCheckApplication.TenantA);
            builder.UseSetting("AddIn:PublicBaseUrl", "https://valuecheck.contoso.example");
            builder.UseSetting(Setting, key ?? "");
        });

    /// <summary>The usual test service with its own data folder, and the key setting as given (none: unset).</summary>
    private sealed class InDevelopment(string folder, string? key) : ValueCheckApplication
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Storage:DataFolder", folder);
            builder.UseSetting(Setting, key ?? "");
        }
    }
}
