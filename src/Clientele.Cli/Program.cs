using Clientele.Cli;

return CliApplication.Run(args, CliContext.System());
