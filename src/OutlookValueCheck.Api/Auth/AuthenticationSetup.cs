using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.JsonWebTokens;

namespace OutlookValueCheck.Api.Auth;

internal static class AuthenticationSetup
{
    /// <summary>
    /// Production: Entra ID v2 tokens validated by Microsoft.Identity.Web (section "AzureAd"). Development only:
    /// tokens from <c>dotnet user-jwts</c> (section "Authentication:Schemes:Bearer", written by that tool). Nothing
    /// development-only is reachable in any other environment: the choice is made on the environment, not on a setting.
    /// </summary>
    public static WebApplicationBuilder AddValueCheckAuthentication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var development = builder.Environment.IsDevelopment();
        var azureAd = builder.Configuration.GetSection("AzureAd");
        // ASP.NET Core applies "Authentication:Schemes:Bearer" (where dotnet user-jwts writes its issuer and keys) to
        // the Bearer scheme in every environment, Microsoft.Identity.Web's included. Outside Development that section
        // would let development tokens in, so its presence stops the service.
        if (!development && builder.Configuration.GetSection(DevelopmentTokenSection).Exists())
            throw new Errors.StartupProblem(
                $"{DevelopmentTokenSection} configures development tokens (dotnet user-jwts) and is only allowed in the Development environment; remove it from the {builder.Environment.EnvironmentName} configuration.");
        // In Development the signing keys are the service's own and dotnet user-jwts' (Development.DevelopmentSetup).
        if (development)
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        else
        {
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(azureAd);
            services.AddSingleton<IValidateOptions<EntraIdSettings>, EntraIdSettingsValidator>();
            services.AddOptions<EntraIdSettings>().BindConfiguration(EntraIdSettings.Section).ValidateOnStart();
            services.AddHostedService<TokenValidationWarmup>();
        }

        services.AddOptions<AccessSettings>().BindConfiguration(AccessSettings.Section).Validate(access => access.IsValid(), AccessSettings.Rule).ValidateOnStart();

        // A token from a tenant that is not on the allow-list is not a valid token here: 401, like any other.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<IOptionsMonitor<AccessSettings>>((options, access) =>
            {
                options.MapInboundClaims = false;
                // Why a token was refused (its audience, its expiry, a key not found) helps a developer and, outside
                // Development, only someone probing the service: WWW-Authenticate then says "Bearer" and no more.
                options.IncludeErrorDetails = development;
                if (!development)
                {
                    // Signing keys come only from Entra ID's published metadata, never from configuration.
                    options.TokenValidationParameters.IssuerSigningKey = null;
                    options.TokenValidationParameters.IssuerSigningKeys = null;
                    // The API accepts its client ID (what v2 tokens carry) and, when configured, its app ID URI.
                    options.TokenValidationParameters.AudienceValidator = null;
                    options.TokenValidationParameters.ValidAudiences = new[] { azureAd["ClientId"], azureAd["Audience"] }
                        .Where(audience => !string.IsNullOrWhiteSpace(audience)).ToList();
                }
                options.Events ??= new JwtBearerEvents();
                var previous = options.Events.OnTokenValidated;
                options.Events.OnTokenValidated = async context =>
                {
                    await previous(context);
                    if (!TenantIds.TryCanonical(TenantClaimOf(context), out var tenant))
                        context.Fail("The token's tid is not one tenant ID (a GUID string).");
                    else if (!access.CurrentValue.Allows(tenant))
                        context.Fail("The token's tenant is not allowed to use this service.");
                };
            });

        // Entra ID puts app roles in "roles". `dotnet user-jwts create --role` writes "role", so in Development that
        // is read too, and the obvious way to make a manager's token works; no other environment reads it.
        string[] roleClaims = development ? ["roles", ClaimTypes.Role, "role"] : ["roles", ClaimTypes.Role];
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Seller, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => HasScope(context.User, AccessPolicies.SellerScope)))
            .AddPolicy(AccessPolicies.PolicyManager, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => HasRole(context.User, roleClaims, AccessPolicies.PolicyManagerRole)));
        return builder;
    }

    public const string DevelopmentTokenSection = "Authentication:Schemes:Bearer";

    /// <summary>
    /// The tid claim as the token wrote it, when it is one JSON string; null when it is missing, repeated, an array
    /// (even of one), a number or an object. The claims of a principal cannot tell a string from a one-element array.
    /// </summary>
    private static string? TenantClaimOf(TokenValidatedContext context) => context.SecurityToken switch
    {
        JsonWebToken token => token.TryGetPayloadValue<object>("tid", out var tid) ? tid as string : null,
        _ => context.Principal?.FindAll("tid").ToList() is [var only] ? only.Value : null,
    };

    private static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll("scp").Concat(user.FindAll("scope")).Concat(user.FindAll("http://schemas.microsoft.com/identity/claims/scope"))
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);

    private static bool HasRole(ClaimsPrincipal user, string[] claimTypes, string role) =>
        user.Claims.Any(claim => claim.Value == role && claimTypes.Contains(claim.Type, StringComparer.Ordinal));
}
