using System.CommandLine;
using Mandates.Cli.Csv;
using Mandates.Cli.Views;
using Mandates.Core.UseCases;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Cli;

/// <summary>
/// `mandates export csv --out record.csv`: one row per operation per month, the shape of SIPRI's and the UN's
/// peacekeeping data (docs/csv.md), so researchers can join them.
/// </summary>
internal static class ExportCsvCommand
{
    public static Command Create(CommandContext context)
    {
        var output = new Option<string>("--out")
        {
            Description = "The new file to write (an existing file is refused).", Required = true,
        };
        var from = new Option<string?>("--from")
        {
            Description = "The first month (YYYY-MM). Default: each operation's first month of consent.",
        };
        var to = new Option<string?>("--to")
        {
            Description = "The last month (YYYY-MM), inclusive. Default: this month.",
        };
        var command = new Command("csv", "Write the record month by month as CSV: per operation and month its lead, "
            + "legal instruments, mandate in force, highest ceiling, reported and ledger strength (docs/csv.md).")
        {
            output, from, to,
        };
        command.SetAction(parsed =>
        {
            var file = NewFile.Checked(output.Name, parsed.GetValue(output)!);
            var request = new MonthlyRecordRequest(Month(parsed, from), Month(parsed, to));
            var result = MonthlyRecord.Run(context.Session(parsed), request);
            NewFile.Write(output.Name, file, writer => MonthlyRecordView.Csv(writer, result));
            if (parsed.GetValue(CliApp.JsonOption)) MonthlyRecordView.Json(context.Output, result, file);
            else MonthlyRecordView.Text(context.Output, result, file);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static YearMonth? Month(ParseResult parsed, Option<string?> option) =>
        parsed.GetValue(option) is not { } text ? null
        : YearMonthPattern.Iso.Parse(text) is { Success: true, Value: var month } && month.Year is >= 1900 and <= 2199
            ? month
            : throw new BadInputException($"{option.Name}: '{Arguments.Shown(text)}' is not a month; expected YYYY-MM, "
                + "e.g. 2025-07.");
}
