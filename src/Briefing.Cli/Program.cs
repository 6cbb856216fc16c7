using Briefing.Cli;

return BriefingCommand.Run(args, Console.Out, Console.Error);
