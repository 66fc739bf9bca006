using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookValueCheck.Api.Auth;

/// <summary>
/// Loads Entra ID's metadata before the first request. Microsoft.Identity.Web's multi-tenant issuer validator is
/// synchronous and fetches its metadata on first use, so a burst of first requests each blocked a thread-pool thread
/// on that fetch: 50 concurrent first checks took 40 s in a test, 3 s once warm. Failing to load is logged, not
/// fatal: validation then loads it on first use as before.
/// </summary>
internal sealed class TokenValidationWarmup(IOptionsMonitor<JwtBearerOptions> jwt, ILogger<TokenValidationWarmup> logger) : IHostedService
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = jwt.Get(JwtBearerDefaults.AuthenticationScheme);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        try
        {
            if (options.ConfigurationManager is { } metadata)
            {
                var configuration = await metadata.GetConfigurationAsync(limit.Token);
                // The issuer validator keeps metadata of its own; a probe token from the metadata's issuer makes it
                // load. The probe is not signed and is never accepted: only the issuer check runs, off the caller's thread.
                if (options.TokenValidationParameters.IssuerValidator is { } validateIssuer)
                {
                    var issuer = configuration.Issuer.Replace("{tenantid}", Guid.Empty.ToString(), StringComparison.Ordinal);
                    var probe = new JsonWebToken(new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
                    {
                        Issuer = issuer,
                        Claims = new Dictionary<string, object> { ["tid"] = Guid.Empty.ToString() },
                    }));
                    await Task.Run(() => TryValidate(validateIssuer, issuer, probe, options.TokenValidationParameters), limit.Token);
                }
            }
            logger.LogInformation("Entra ID metadata loaded for token validation.");
        }
#pragma warning disable CA1031 // Start-up goes on: validation loads the metadata on first use.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogWarning(exception, "Entra ID metadata could not be loaded at start; the first requests will load it.");
        }
    }

    private static void TryValidate(IssuerValidator validate, string issuer, SecurityToken probe, TokenValidationParameters parameters)
    {
        try
        {
            validate(issuer, probe, parameters);
        }
#pragma warning disable CA1031 // The probe's tenant is not a real one; an answer either way means the metadata is loaded.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
