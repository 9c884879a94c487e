using Mandates.Cli.Csv;
using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates tours KFOR --on 2025-07-01`, `mandates tours --person P-4711`: the tours in the ledger, each
/// with the position that started it (the number `correct-tour --tour` and `history --tour` take), as
/// known now or as recorded at an instant.
/// </summary>
internal static class ToursCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string?>("operation")
        {
            Description = "The operation, e.g. KFOR. Either it or --person is needed.", Arity = ArgumentArity.ZeroOrOne,
        };
        var person = new Option<string?>("--person")
        {
            Description = "One person's tours (pseudonymous service identifier, e.g. P-4711): all of them, unless a "
                + "day or period is given.",
        };
        var days = new PeriodOptions();
        var asRecorded = new Option<string?>("--as-recorded-at")
        {
            Description = "The tours as the ledger held them at this instant (e.g. 2025-07-02T00:00:00Z), not as "
                + "known now.",
        };
        var command = new Command("tours", "The tours serving on a day or in a period (of an operation, or of a "
            + "person), earliest first, each with the ledger position that started it and the last entry that "
            + "changed it. Cancelled tours are not listed.")
        {
            operation,
        };
        command.Options.Add(person);
        days.AddTo(command);
        command.Options.Add(asRecorded);
        var csv = Formats.CsvOption();
        command.Options.Add(csv);
        Completions.Operations(operation);
        command.SetAction(parsed =>
        {
            var format = Formats.Of(parsed, csv);
            var who = parsed.GetValue(person) is { } p ? Arguments.Person("--person", p) : (PersonId?)null;
            if (who is null && parsed.GetValue(operation) is null)
                throw new BadInputException("operation: none given; expected an operation (e.g. `mandates tours "
                    + "KFOR`) or --person (e.g. `mandates tours --person P-4711`).");
            var instant = context.AsRecordedAt(parsed, asRecorded);
            // A person's tours are all of them unless days are asked for; an operation's, those serving on the day.
            var period = who is null || days.Given(parsed) ? days.Read(parsed, context, instant) : null;
            var result = ListTours.Run(context.Session(parsed),
                new ToursRequest(parsed.GetValue(operation), who, period, instant));
            if (format == Format.Json) ToursView.Json(context.Output, result);
            else if (format == Format.Csv) ToursView.Csv(context.Output, result);
            else ToursView.Text(context.Output, result);
            return ExitCodes.Ok;
        });
        return command;
    }
}
