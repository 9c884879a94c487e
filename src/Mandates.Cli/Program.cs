return Mandates.Cli.CliApp.Run(args, Console.Out, Console.Error);
