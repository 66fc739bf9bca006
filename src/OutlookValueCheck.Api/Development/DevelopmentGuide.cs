namespace OutlookValueCheck.Api.Development;

/// <summary>Development only: tells the developer, once the service listens, how to get a token and try a check.</summary>
internal static class DevelopmentGuide
{
    public static void PrintDevelopmentGuide(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || DemoCrm.DevelopmentTenant(app.Configuration) is not { } tenantId)
            return;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Urls.FirstOrDefault() ?? "http://127.0.0.1:5080";
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OutlookValueCheck.Development");
#pragma warning disable CA2254 // A multi-line guide for a person, not a structured log event.
            logger.LogInformation(
                "Outlook Value Check is listening on {Address} with the demo CRM (tenant {Tenant}).\n" +
                "Try the add-in in a browser: {Address}/addin/simulator/simulator.html\n" +
                "Get a development token:\n" +
                "  TOKEN=$(dotnet user-jwts create --project src/OutlookValueCheck.Api --name joao.costa@contoso.com --scope access_as_user " +
                "--claim tid={Tenant} --claim oid=11111111-1111-1111-1111-111111111111 --claim preferred_username=joao.costa@contoso.com --output token)\n" +
                "Try a check:\n" +
                "  curl -s {Address}/api/v1/checks -H \"Authorization: Bearer $TOKEN\" -H \"Content-Type: application/json\" " +
                "-d '{{\"to\":[\"julia.berg@adatum.com\"],\"subject\":\"Hi\",\"body\":\"Just checking in! Any updates?\",\"bodyFormat\":\"text\"}}'\n" +
                "A manager's token (policies, reports, CRM import):\n" +
                "  MANAGER_TOKEN=$(dotnet user-jwts create --project src/OutlookValueCheck.Api --name maria.manager@contoso.com --role ValueCheck.PolicyManager " +
                "--claim tid={Tenant} --claim preferred_username=maria.manager@contoso.com --output token)\n" +
                "  curl -s {Address}/api/v1/policies/current -H \"Authorization: Bearer $MANAGER_TOKEN\"",
                address, tenantId, address, tenantId, address, tenantId, address);
#pragma warning restore CA2254
        });
    }
}
