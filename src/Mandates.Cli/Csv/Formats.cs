using System.CommandLine;

namespace Mandates.Cli.Csv;

/// <summary>What a command writes: its table, JSON (--json, shared), CSV (--csv) or iCalendar (--ics).</summary>
internal enum Format
{
    Table,
    Json,
    Csv,
    Ics,
}

/// <summary>The --csv and --ics options, and the one format the options asked for.</summary>
internal static class Formats
{
    /// <summary>--csv: a command's rows as CSV (docs/csv.md names the columns).</summary>
    public static Option<bool> CsvOption() => new("--csv")
    {
        Description = "Write the rows as CSV (RFC 4180, UTF-8; columns in docs/csv.md) instead of a table.",
    };

    /// <summary>
    /// The format asked for: at most one of --json, --csv and --ics (<paramref name="ics"/> where the command has it);
    /// two together are bad input naming both.
    /// </summary>
    public static Format Of(ParseResult parsed, Option<bool> csv, Option<bool>? ics = null)
    {
        var asked = new List<(string Name, Format Format)>();
        if (parsed.GetValue(CliApp.JsonOption)) asked.Add(("--json", Format.Json));
        if (parsed.GetValue(csv)) asked.Add(("--csv", Format.Csv));
        if (ics is not null && parsed.GetValue(ics)) asked.Add(("--ics", Format.Ics));
        if (asked.Count > 1)
            throw new BadInputException($"{string.Join(" and ", asked.Select(a => a.Name))}: each asks for another "
                + "format; expected one of them.");
        return asked.Count == 0 ? Format.Table : asked[0].Format;
    }
}
