using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookValueCheck.Api.Tests.Docs;

/// <summary>The API's .http file names only endpoints the service has, with the methods they answer.</summary>
public sealed partial class HttpFileTests(ValueCheckApplication app) : IClassFixture<ValueCheckApplication>
{
    [Fact]
    public void Every_request_in_the_http_file_reaches_an_endpoint_of_the_service()
    {
        var requests = RequestLine().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Service, "OutlookValueCheck.Api.http"))).Select(match => (Method: match.Groups[1].Value, Path: match.Groups[2].Value)).ToList();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => (Methods: endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [], Pattern: PatternOf(endpoint.RoutePattern.RawText ?? "")))
            .ToList();

        Assert.True(requests.Count >= 10, $"only {requests.Count} requests read from the .http file");
        var unknown = requests.Where(request => !endpoints.Any(endpoint => endpoint.Methods.Contains(request.Method) && endpoint.Pattern.IsMatch(request.Path)))
            .Select(request => $"{request.Method} {request.Path}").ToList();
        Assert.True(unknown.Count == 0, "Requests no endpoint answers: " + string.Join(", ", unknown));
    }

    private static Regex PatternOf(string route) =>
        new("^/?" + Regex.Replace(route.TrimStart('/').TrimEnd('/'), @"\{[^}]+\}", "[^/]+") + "/?$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^(GET|POST|PUT|DELETE|PATCH) \{\{host\}\}([^?\s]*)", RegexOptions.Multiline)]
    private static partial Regex RequestLine();
}
