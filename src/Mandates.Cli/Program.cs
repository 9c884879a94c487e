return Mandates.Cli.CliApp.Run(args, Console.Out, Console.Error);

/// <summary>
/// The entry point, declared internal: referencing ASP.NET Core (for `mandates serve`) would otherwise make it
/// public, and clash with every Program of a project that references this one (the benchmarks).
/// </summary>
internal partial class Program;
