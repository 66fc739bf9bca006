using OutlookValueCheck.Cli;
using OutlookValueCheck.Cli.Commands;

return CliApp.Run(args, CliConsole.System);
