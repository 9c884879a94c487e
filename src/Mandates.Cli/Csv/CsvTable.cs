using CsvHelper;

namespace Mandates.Cli.Csv;

/// <summary>
/// The one way the command line writes CSV: RFC 4180 (comma separated, CRLF after each record, a field quoted when
/// it holds a comma, a quote or a line break, a quote doubled inside), UTF-8 without a byte order mark, a header
/// first. Written with CsvHelper 34, checked on this toolchain, whose writer follows RFC 4180 by default and whose
/// reader the tests read the files back with. Values are passed as text already formatted: dates ISO 8601, numbers
/// invariant without thousands separators (<see cref="Number"/>), absent values empty.
/// </summary>
internal static class CsvTable
{
    /// <summary>Writes <paramref name="header"/> and then every row, each as many fields as the header.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        // A field beginning with '=' or '-' is written as the record holds it: the file is data for tools that read
        // it back, and a value changed to defuse a spreadsheet formula would not be the record's value.
        var options = CsvWriterOptions.Default with { Injection = CsvInjection.None };
        using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
        csv.WriteHeader([.. header]);
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
                throw new ArgumentException($"A row has {row.Count} fields; the header has {header.Count}.",
                    nameof(rows));
            foreach (var field in row) csv.WriteField(field);
            csv.EndRecord();
        }
        csv.Flush();
    }

    /// <summary>A number as the CSV files write it: invariant digits, no thousands separator; empty for none.</summary>
    public static string? Number(long? value) =>
        value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A yes-or-no as the CSV files write it: true or false.</summary>
    public static string Flag(bool value) => value ? "true" : "false";
}
