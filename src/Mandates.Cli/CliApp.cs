using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using Mandates.Storage;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Cli;

/// <summary>
/// The `mandates` command. Each subcommand lives in its own file; this one wires them up, loads the
/// record, and turns bad input into exit code 2 with a message that names it.
/// </summary>
public static class CliApp
{
    internal static readonly Option<string?> DataOption = new("--data")
    {
        Description = "The record folder (legal-acts/, operations/, sitting-calendar.yaml). "
            + "Default: $MANDATES_DATA, else the record bundled with the program.",
        Recursive = true,
    };

    internal static readonly Option<string?> DbOption = new("--db")
    {
        Description = "The ledger: a SQLite file (created on first use) "
            + "or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE. "
            + "Default: $MANDATES_DB, else mandates.db in the working folder.",
        Recursive = true,
    };

    internal static readonly Option<string?> UserOption = new("--user")
    {
        Description = "Who records a write. Default: $MANDATES_USER, else the login name.",
        Recursive = true,
    };

    internal static readonly Option<bool> JsonOption = new("--json")
    {
        Description = "Write JSON for machines instead of tables.",
        Recursive = true,
    };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock? clock = null,
        bool? isTerminal = null) =>
        Run(args, stdout, stderr, clock, isTerminal, LedgerSnapshot.SaveAfter);

    /// <summary>
    /// Runs the command, an open that folds <c>snapshotAfter</c> entries saving a snapshot: fewer in tests, so that a
    /// test of a real store stays quick.
    /// </summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock? clock, bool? isTerminal,
        int snapshotAfter)
    {
        var context = new CommandContext(
            new Output(
                stdout,
                isTerminal ?? (!System.Console.IsOutputRedirected && ReferenceEquals(stdout, System.Console.Out)),
                stderr,
                isTerminal ?? (!System.Console.IsErrorRedirected && ReferenceEquals(stderr, System.Console.Error))),
            stderr,
            clock ?? SystemClock.Instance,
            snapshotAfter);

        var root = new RootCommand(
            "Mandates: may German armed forces serve on a deployment on a given day, within its Bundestag mandate? "
            + "Answers with reasons that cite the law.");
        root.Options.Add(DataOption);
        root.Options.Add(DbOption);
        root.Options.Add(UserOption);
        root.Options.Add(JsonOption);
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(DeployCommand.Create(context));
        root.Subcommands.Add(EndTourCommand.Create(context));
        root.Subcommands.Add(CorrectTourCommand.Create(context));
        root.Subcommands.Add(StrengthCommand.Create(context));
        root.Subcommands.Add(ChartCommand.Create(context));
        root.Subcommands.Add(ToursCommand.Create(context));
        root.Subcommands.Add(HistoryCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(DeadlinesCommand.Create(context));
        root.Subcommands.Add(VerifyCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(RecordCommand.Create(context));
        root.Subcommands.Add(DipCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context));
        root.Subcommands.Add(CompletionCommand.Create(context));
        root.Subcommands.Add(DataCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));

        // Values are taken as typed: a reason or a user may begin with '@', and reading a file in its place
        // (the parser's response files) would put whatever the file holds into the ledger.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var json = Typed.Json(parsed, args);
        // Said whatever follows, bad input too: once typed, the password is in the process list already.
        if (Typed.Password(args)) stderr.WriteLine($"warning: {DatabaseAddress.OnCommandLine}");
        if (args.Length == 0) return root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = stdout });
        if (parsed.Errors.Count > 0)
        {
            var said = Suggestion.For(root, args) is { } nearest
                ? $"'{Arguments.Shown(args[0])}' is not a mandates command. Did you mean `mandates {nearest}`?"
                : string.Join(Environment.NewLine + "error: ", parsed.Errors.Select(e => e.Message));
            Failure.Parse(said).Tell(context.Output, stderr, json);
            if (!json) stderr.WriteLine("Try 'mandates --help' or 'mandates <command> --help'.");
            return ExitCodes.BadInput;
        }
        try
        {
            // Help answers whatever else was typed, and the parser then reports nothing: no value is read (one given
            // twice would throw).
            if (parsed.Action is System.CommandLine.Help.HelpAction)
                return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
            // A --user typed is checked whatever the command, as any argument is; MANDATES_USER, set once in a
            // shell, only where a write needs it (see CommandContext.Store).
            if (parsed.GetValue(UserOption) is { } user) Arguments.User("--user", user);
            var exit = parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false
            });
            context.Finish();
            return exit;
        }
        catch (Exception e) when (Failure.Of(e, new FieldNames(parsed), context.StoreDescription) is { } failure)
        {
            failure.Tell(context.Output, stderr, json);
            return failure.Exit;
        }
        finally
        {
            context.Dispose();
        }
    }
}
