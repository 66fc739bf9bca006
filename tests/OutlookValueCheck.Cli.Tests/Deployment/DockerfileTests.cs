using System.Text.RegularExpressions;

namespace OutlookValueCheck.Cli.Tests.Deployment;

/// <summary>
/// The service's Dockerfile cannot be built here (no Docker daemon, no access to the base images' registry), so what
/// can drift is checked against the repository instead: everything it copies from the build context exists and is not
/// excluded by .dockerignore, the add-in is built by the web stage and published with the service, and the image runs
/// as the documented non-root user with the probes and port the README names.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "OutlookValueCheck.Api", "Dockerfile"));
    private static readonly string[] Ignored = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".dockerignore"))
        .Where(line => line.Length > 0 && !line.StartsWith('#')).ToArray();

    [Fact]
    public void Everything_copied_from_the_build_context_exists_and_is_not_ignored()
    {
        var sources = CopyFromContext().Matches(Dockerfile).SelectMany(copy => copy.Groups["sources"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source =>
        {
            var path = Path.Combine(RepositoryPaths.Root, source);
            Assert.True(File.Exists(path) || Directory.Exists(path), $"The Dockerfile copies {source}, which the repository does not have.");
            Assert.DoesNotContain(source.TrimEnd('/') + "/", Ignored);
        });
    }

    [Fact]
    public void The_web_stage_builds_the_add_in_that_the_service_stage_publishes()
    {
        Assert.Contains("npm ci", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("npm run build", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("COPY --from=web /repo/src/OutlookValueCheck.Api/wwwroot/addin/ src/OutlookValueCheck.Api/wwwroot/addin/", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("-p:SkipWebBuild=true", Dockerfile, StringComparison.Ordinal);
        // The context never carries a developer's local build of the add-in or their node_modules.
        Assert.Contains("src/OutlookValueCheck.Api/wwwroot/addin/", Ignored);
        Assert.Contains("**/node_modules/", Ignored);
        // The web build writes where the web stage expects it.
        var viteConfig = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "web", "vite.config.ts"));
        Assert.Contains("src/OutlookValueCheck.Api/wwwroot/addin", viteConfig, StringComparison.Ordinal);
    }

    [Fact]
    public void The_image_runs_as_a_user_on_the_documented_port_in_production()
    {
        Assert.Contains("USER app", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_URLS=http://+:8080", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Production", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080", Dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0\s", Dockerfile);
    }

    // COPY lines that take files from the build context (not from another stage): every word but the last is a source.
    [GeneratedRegex(@"^COPY (?!--from)(?<sources>.+?) \S+$", RegexOptions.Multiline)]
    private static partial Regex CopyFromContext();
}
