using Mandates.Core.Contracts;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Rules;
using Mandates.Storage;

namespace Mandates.Cli;

/// <summary>
/// Why a command could not answer, as the command line tells it: the exit code, and the sentence on stderr
/// or, with --json, the same as a JSON error object on stdout. Nothing was written in any of these cases:
/// every check comes before the first write, and every write is one transaction.
/// </summary>
internal sealed record Failure(int Exit, ErrorBody Body)
{
    /// <summary>
    /// The failure an exception stands for, or null for one no host should meet (a bug: let it crash).
    /// </summary>
    public static Failure? Of(Exception exception, FieldNames names, string store) => exception switch
    {
        ProblemException { Problem: var problem } => Bad(problem, names, ""),
        WriteProblemException { Problem: var problem } => Bad(problem, names, " Nothing was written."),
        BadInputException e => Said(ExitCodes.BadInput, "bad-input", e.Message),
        // A refusal by the store's law of who may write: not bad input (another user may), so exit 1.
        Core.Access.NotPermittedException e => Said(ExitCodes.Refused, "not-permitted", e.Message),
        StoreException { Failed: true } e => Said(ExitCodes.StoreFailed, "store-failed", e.Message),
        Core.UseCases.StoreFailedException e => Said(ExitCodes.StoreFailed, "store-failed", e.Message),
        // The machine, not the input: no Chromium to print a PDF with, or it failed (docs/cli.md, exit codes).
        Reports.PrintingException e => Said(ExitCodes.StoreFailed, "printing-failed", e.Message),
        StoreException e => Said(ExitCodes.BadInput, "bad-input", e.Message),
        IOException or UnauthorizedAccessException => Said(ExitCodes.BadInput, "bad-input",
            $"{exception.Message} Nothing was written."),
        RuleConflictException e => Said(ExitCodes.BadInput, "record-cannot-answer",
            $"the record cannot answer: {e.Message} Declare which prevails, or correct the record."),
        DamagedEntryException or InvalidDataException => Said(ExitCodes.StoreFailed, "store-damaged",
            $"the store {store} cannot be read: {exception.Message} `mandates verify` names the first broken entry. "
            + "Nothing was written."),
        // A store that opened but then failed (read-only, full disk, a server gone): every write is one transaction, so
        // it left nothing.
        System.Data.Common.DbException e => Said(ExitCodes.StoreFailed, "store-failed",
            $"the store {store} failed: {EventStores.Failure(e)}. Nothing was written."),
        _ => null,
    };

    /// <summary>A failure found before any command ran (the parser's): bad input, not tied to one field.</summary>
    public static Failure Parse(string message) => Said(ExitCodes.BadInput, "bad-input", message);

    /// <summary>
    /// Tells the failure: a line on stderr, or with <paramref name="json"/> the error object on stdout.
    /// </summary>
    public void Tell(Output output, TextWriter error, bool json)
    {
        if (json) output.Writer.WriteLine(Contract.Write(new ErrorOutput(Contract.SchemaVersion, Body)));
        else error.WriteLine($"error: {Body.Message}");
    }

    private static Failure Bad(Problem problem, FieldNames names, string note) => new(ExitCodes.BadInput, new ErrorBody(
        "bad-input", problem.Field, problem.Field is { } field ? names.Of(field) : null, problem.Value,
        problem.Text(names.Of) + note,
        problem.ExpectedText(names.Of), problem.Example));

    private static Failure Said(int exit, string kind, string message) =>
        new(exit, new ErrorBody(kind, null, null, null, message, null, null));
}

/// <summary>
/// A write the ledger refused as bad input (a person already on a tour, say): said with "Nothing was written."
/// </summary>
internal sealed class WriteProblemException(Problem problem) : Exception(problem.ToString())
{
    public Problem Problem { get; } = problem;
}
