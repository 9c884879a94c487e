using CsvHelper;

namespace Mandates.Cli.Tests;

/// <summary>CSV read back with CsvHelper's reader, as a researcher's tool would read it: the header and each row.</summary>
internal static class CsvRows
{
    public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
    {
        /// <summary>The rows as dictionaries from column name to value.</summary>
        public IEnumerable<Dictionary<string, string>> Records =>
            Rows.Select(r => Header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2));
    }

    public static Table Read(string text)
    {
        using var csv = CsvReader.FromText(text, CsvReaderOptions.Default with { AllowLineBreaksInQuotes = true });
        var rows = new List<IReadOnlyList<string>>();
        while (csv.Read())
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i))]);
        return new Table([.. csv.Headers], rows);
    }
}
