using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace OutlookValueCheck.Manifests;

/// <summary>
/// Renders addin-manifest/manifest.json (unified, for the Microsoft 365 admin center) and manifest.xml (add-in only,
/// for clients the unified manifest does not reach) for one deployment. The templates are valid manifests for
/// https://valuecheck.example.com; rendering replaces that origin and the IDs, and adds SSO when a client ID is given.
/// </summary>
public static class AddInManifests
{
    public const string TemplateOrigin = "https://valuecheck.example.com";
    private const string TemplateHost = "valuecheck.example.com";
    private const string TemplateAppId = "4f3c2a8e-6b1d-4c7e-9a52-0d8e1f6b7c31";
    private const string TemplateXmlId = "9d7e1c40-2b5a-4f8e-8c63-5a1f0e2d4b97";
    private static readonly XNamespace Overrides11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";

    public static string RenderJson(DeploymentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var text = Template("manifest.json")
            .Replace(TemplateOrigin, settings.Origin, StringComparison.Ordinal)
            .Replace(TemplateHost, settings.BaseUrl.Authority, StringComparison.Ordinal)
            .Replace(TemplateAppId, settings.AppId.ToString(), StringComparison.Ordinal)
            .Replace(TemplateXmlId, XmlIdFor(settings.AppId).ToString(), StringComparison.Ordinal);
        var manifest = JsonNode.Parse(text)!.AsObject();
        if (settings.ClientId is not null)
            manifest["webApplicationInfo"] = new JsonObject { ["id"] = settings.ClientId, ["resource"] = settings.ApplicationIdUri };
        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    public static string RenderXml(DeploymentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var text = Template("manifest.xml")
            .Replace(TemplateOrigin, settings.Origin, StringComparison.Ordinal)
            .Replace(TemplateXmlId, XmlIdFor(settings.AppId).ToString(), StringComparison.Ordinal);
        var document = XDocument.Parse(text, LoadOptions.PreserveWhitespace);
        if (settings.ClientId is not null)
        {
            // Legacy SSO (Office.auth / OfficeRuntime.auth) reads the app registration from here.
            var versionOverrides = document.Descendants(Overrides11 + "VersionOverrides").Single();
            versionOverrides.Add(new XElement(Overrides11 + "WebApplicationInfo",
                new XElement(Overrides11 + "Id", settings.ClientId),
                new XElement(Overrides11 + "Resource", settings.ApplicationIdUri),
                new XElement(Overrides11 + "Scopes",
                    new XElement(Overrides11 + "Scope", "openid"),
                    new XElement(Overrides11 + "Scope", "profile"))));
        }
        return document.Declaration + "\n" + document.Root + "\n";
    }

    /// <summary>The icons both manifests point at (served by the service under /addin/) and the package carries.</summary>
    public static byte[] Icon(string fileName) => Bytes($"icons/{fileName}");

    /// <summary>The languages the manifests name and describe the add-in in, besides English (localization/*.json).</summary>
    public static IReadOnlyList<string> Languages { get; } = ["de", "fr", "es"];

    /// <summary>A language's strings for the unified manifest (its localization file, as the package carries it).</summary>
    public static byte[] Localization(string language) => Bytes($"localization/{language}.json");

    /// <summary>
    /// The app package the Microsoft 365 admin center takes: manifest.json with its two icons and its German, French and
    /// Spanish strings (localizationInfo names the files) at the root.
    /// </summary>
    public static void WritePackage(DeploymentSettings settings, Stream destination)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "manifest.json", Encoding.UTF8.GetBytes(RenderJson(settings)));
        Add(zip, "color.png", Icon("color.png"));
        Add(zip, "outline.png", Icon("outline.png"));
        foreach (var language in Languages)
            Add(zip, $"{language}.json", Localization(language));
    }

    /// <summary>
    /// The XML add-in's ID, derived from the app ID so both manifests of one deployment always pair up (the unified
    /// one hides the XML one where both are installed) without a second ID to keep.
    /// </summary>
    public static Guid XmlIdFor(Guid appId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"outlook-value-check-xml:{appId:D}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8 (custom), RFC 9562
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static string Template(string name) => Encoding.UTF8.GetString(Bytes(name));

    private static byte[] Bytes(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The manifest resource {name} is missing from the build.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
