using System.Net;
using System.Text;

namespace OutlookValueCheck.Api.Tests;

/// <summary>Saving a tenant's policy as a manager does, for tests that need one in place.</summary>
internal static class PolicyRequests
{
    /// <summary>PUT /api/v1/policies/current with If-Match (version 0: the tenant's first save), asserting it was saved.</summary>
    public static async Task SavePolicyAsync(this HttpClient manager, string document, int basedOn = 0)
    {
        using var save = new HttpRequestMessage(HttpMethod.Put, "/api/v1/policies/current") { Content = new StringContent(document, Encoding.UTF8, "application/json") };
        save.Headers.TryAddWithoutValidation("If-Match", $"\"{basedOn}\"");
        var response = await manager.SendAsync(save);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
