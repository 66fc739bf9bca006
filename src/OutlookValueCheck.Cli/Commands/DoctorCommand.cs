using System.CommandLine;
using OutlookValueCheck.Cli.Doctor;
using OutlookValueCheck.Cli.Input;

namespace OutlookValueCheck.Cli.Commands;

/// <summary>
/// <c>valuecheck doctor --url https://… [--token &lt;seller access token&gt;] [--authority https://login.microsoftonline.com/&lt;tenant&gt;/]</c>:
/// checks a deployment and says what is wrong in plain words. Exit code 0 when nothing is broken, 2 otherwise.
/// </summary>
internal static class DoctorCommand
{
    public static Command Create(CliConsole console)
    {
        var url = new Option<string>("--url") { Description = "The service's address, e.g. https://valuecheck.contoso.com.", Required = true };
        var token = new Option<string?>("--token") { Description = "A seller's access token for the API, to check that the service accepts it." };
        var authority = new Option<string?>("--authority") { Description = "Entra ID's sign-in address (default https://login.microsoftonline.com/organizations/)." };
        var command = new Command("doctor", "Check a deployment: probes, storage, Graph, the add-in's files, manifests and sign-in.") { url, token, authority };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var service) || (service.Scheme != Uri.UriSchemeHttps && service.Scheme != Uri.UriSchemeHttp))
                throw new InputException($"--url must be the service's address, such as https://valuecheck.contoso.com; '{parse.GetValue(url)}' is not.");
            Uri? signIn = null;
            if (parse.GetValue(authority) is { } given && !Uri.TryCreate(given.EndsWith('/') ? given : given + "/", UriKind.Absolute, out signIn))
                throw new InputException($"--authority must be an address such as https://login.microsoftonline.com/contoso.onmicrosoft.com/; '{given}' is not.");

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
            var findings = new DeploymentDoctor(http).ExamineAsync(service, parse.GetValue(token), signIn, CancellationToken.None).GetAwaiter().GetResult();
            foreach (var finding in findings)
            {
                var mark = finding.Status switch { DoctorStatus.Ok => "ok     ", DoctorStatus.Warning => "note   ", _ => "PROBLEM" };
                console.Out.WriteLine($"{mark} {finding.What}");
                if (finding.Advice is not null && finding.Status != DoctorStatus.Ok)
                    console.Out.WriteLine($"        {finding.Advice}");
            }
            var problems = findings.Count(finding => finding.Status == DoctorStatus.Problem);
            console.Out.WriteLine(problems == 0 ? "No problems found." : $"{problems} problem(s) found.");
            return problems == 0 ? CliApp.Success : CliApp.BadInput;
        }));
        return command;
    }
}
