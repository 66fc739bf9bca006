using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

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
        if (builder.Environment.IsDevelopment())
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        else
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(builder.Configuration.GetSection("AzureAd"));

        services.AddOptions<AccessSettings>().BindConfiguration(AccessSettings.Section).ValidateDataAnnotations().ValidateOnStart();

        // A token from a tenant that is not on the allow-list is not a valid token here: 401, like any other.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<IOptionsMonitor<AccessSettings>>((options, access) =>
            {
                options.MapInboundClaims = false;
                options.Events ??= new JwtBearerEvents();
                var previous = options.Events.OnTokenValidated;
                options.Events.OnTokenValidated = async context =>
                {
                    await previous(context);
                    var tenant = context.Principal?.FindFirstValue("tid");
                    if (tenant is null || !access.CurrentValue.AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase))
                        context.Fail("The token's tenant is not allowed to use this service.");
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Seller, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => HasScope(context.User, AccessPolicies.SellerScope)))
            .AddPolicy(AccessPolicies.PolicyManager, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => HasRole(context.User, AccessPolicies.PolicyManagerRole)));
        return builder;
    }

    private static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll("scp").Concat(user.FindAll("scope")).Concat(user.FindAll("http://schemas.microsoft.com/identity/claims/scope"))
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);

    private static bool HasRole(ClaimsPrincipal user, string role) =>
        user.FindAll("roles").Concat(user.FindAll(ClaimTypes.Role)).Any(claim => claim.Value == role);
}
