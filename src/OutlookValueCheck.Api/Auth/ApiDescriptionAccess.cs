namespace OutlookValueCheck.Api.Auth;

internal static class ApiDescriptionAccess
{
    /// <summary>
    /// The OpenAPI document (/openapi/v1.json): for anyone in Development; elsewhere for managers only. It maps every
    /// endpoint and field, which serves someone probing the service more than a seller, who never needs it.
    /// </summary>
    public static WebApplication MapValueCheckOpenApi(this WebApplication app)
    {
        var document = app.MapOpenApi();
        if (!app.Environment.IsDevelopment())
            document.RequireAuthorization(AccessPolicies.PolicyManager);
        return app;
    }
}
