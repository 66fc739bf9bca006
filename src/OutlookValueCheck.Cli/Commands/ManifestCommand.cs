using System.CommandLine;
using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Manifests;

namespace OutlookValueCheck.Cli.Commands;

/// <summary>
/// <c>valuecheck manifest --base-url https://… --app-id &lt;guid&gt; [--client-id &lt;guid&gt;] --out &lt;dir&gt;</c>: renders
/// both manifests for a deployment and zips the unified one with its icons for the Microsoft 365 admin center.
/// </summary>
internal static class ManifestCommand
{
    public const string PackageName = "OutlookValueCheck.zip";

    public static Command Create(CliConsole console)
    {
        var baseUrl = new Option<string>("--base-url") { Description = "The https origin Outlook reaches the service at, e.g. https://valuecheck.contoso.com.", Required = true };
        var appId = new Option<string>("--app-id") { Description = "The add-in's app ID: a GUID that stays the same for every update.", Required = true };
        var clientId = new Option<string?>("--client-id") { Description = "The add-in's Entra app registration (client) ID, for single sign-on." };
        var output = new Option<string>("--out") { Description = "The folder to write manifest.json, manifest.xml and the package to.", Required = true };

        var command = new Command("manifest", "Render the add-in's manifests for a deployment and package the unified one for the Microsoft 365 admin center.")
        {
            baseUrl, appId, clientId, output,
        };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            var problems = DeploymentSettings.Problems(parse.GetValue(baseUrl), parse.GetValue(appId), parse.GetValue(clientId));
            if (problems.Count > 0)
                throw new InputException("the manifest settings are not valid:", problems);
            var settings = new DeploymentSettings
            {
                BaseUrl = new Uri(parse.GetValue(baseUrl)!),
                AppId = Guid.Parse(parse.GetValue(appId)!),
                ClientId = parse.GetValue(clientId),
            };
            var folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            // Everything is rendered before anything is written, so a failure leaves no half-written set.
            var json = AddInManifests.RenderJson(settings);
            var xml = AddInManifests.RenderXml(settings);
            using var package = new MemoryStream();
            AddInManifests.WritePackage(settings, package);

            File.WriteAllText(Path.Combine(folder, "manifest.json"), json);
            File.WriteAllText(Path.Combine(folder, "manifest.xml"), xml);
            File.WriteAllBytes(Path.Combine(folder, PackageName), package.ToArray());
            console.Out.WriteLine($"Wrote {Path.Combine(folder, "manifest.json")}, {Path.Combine(folder, "manifest.xml")} and {Path.Combine(folder, PackageName)}.");
            console.Out.WriteLine($"Upload {PackageName} in the Microsoft 365 admin center (Settings > Integrated apps > Upload custom apps);");
            console.Out.WriteLine("use manifest.xml where the unified manifest is not supported (Outlook on Mac, perpetual Office, sovereign clouds).");
            if (settings.ClientId is null)
                console.Out.WriteLine("No --client-id: the manifests carry no single sign-on section (needed for the add-in's access token).");
            return CliApp.Success;
        }));
        return command;
    }
}
