using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace OutlookValueCheck.Cli.Tests.Commands;

public sealed class ManifestCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Out => Path.Combine(_folder.Path, "out");

    [Fact]
    public void Renders_both_manifests_for_the_deployment_and_the_admin_center_package()
    {
        var run = CliRun.Of("manifest", "--base-url", "https://valuecheck.contoso.com", "--app-id", "0d6c1f3e-8a7b-4e21-b5c9-2f4a6d8e9c10", "--out", Out);

        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "manifest.json"))).RootElement;
        Assert.Equal("0d6c1f3e-8a7b-4e21-b5c9-2f4a6d8e9c10", json.GetProperty("id").GetString());
        Assert.Equal("https://valuecheck.contoso.com/addin/events.js",
            json.GetProperty("extensions")[0].GetProperty("runtimes")[0].GetProperty("code").GetProperty("script").GetString());
        Assert.False(json.TryGetProperty("webApplicationInfo", out _));

        var xml = XDocument.Load(Path.Combine(Out, "manifest.xml"));
        var xmlId = xml.Root!.Elements().First(element => element.Name.LocalName == "Id").Value;
        Assert.NotEqual("0d6c1f3e-8a7b-4e21-b5c9-2f4a6d8e9c10", xmlId);
        // The unified manifest hides the XML one where both are installed.
        Assert.Equal(xmlId, json.GetProperty("extensions")[0].GetProperty("alternates")[0].GetProperty("hide").GetProperty("customOfficeAddin").GetProperty("officeAddinId").GetString());
        Assert.DoesNotContain("valuecheck.example.com", File.ReadAllText(Path.Combine(Out, "manifest.xml")), StringComparison.Ordinal);

        using var package = ZipFile.OpenRead(Path.Combine(Out, "OutlookValueCheck.zip"));
        Assert.Equal(["color.png", "de.json", "es.json", "fr.json", "manifest.json", "outline.png"], package.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void The_same_app_id_always_gives_the_same_xml_add_in_id()
    {
        CliRun.Of("manifest", "--base-url", "https://a.contoso.com", "--app-id", "0d6c1f3e-8a7b-4e21-b5c9-2f4a6d8e9c10", "--out", Out);
        var first = File.ReadAllText(Path.Combine(Out, "manifest.xml"));
        CliRun.Of("manifest", "--base-url", "https://a.contoso.com", "--app-id", "0d6c1f3e-8a7b-4e21-b5c9-2f4a6d8e9c10", "--out", Out);

        Assert.Equal(first, File.ReadAllText(Path.Combine(Out, "manifest.xml")));
    }

    [Fact]
    public void Bad_settings_are_each_named_and_nothing_is_written()
    {
        var run = CliRun.Of("manifest", "--base-url", "http://valuecheck.contoso.com/addin", "--app-id", "not-a-guid", "--client-id", "also-not", "--out", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--base-url must be an https address", run.Error, StringComparison.Ordinal);
        Assert.Contains("--app-id must be a GUID; 'not-a-guid' is not.", run.Error, StringComparison.Ordinal);
        Assert.Contains("--client-id must be", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_base_url_with_a_path_is_refused()
    {
        var run = CliRun.Of("manifest", "--base-url", "https://valuecheck.contoso.com/addin", "--app-id", "0d6c1f3e-8a7b-4e21-b5c9-2f4a6d8e9c10", "--out", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("without a path", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
