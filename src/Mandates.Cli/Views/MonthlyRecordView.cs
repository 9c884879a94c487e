using System.Globalization;
using Mandates.Cli.Csv;
using Mandates.Core.Contracts;
using Mandates.Core.UseCases;

namespace Mandates.Cli.Views;

/// <summary>`export csv`: the monthly record as CSV rows, and what was written, as a sentence or as JSON.</summary>
internal static class MonthlyRecordView
{
    /// <summary>The CSV columns (docs/csv.md).</summary>
    public static readonly string[] CsvHeader =
    [
        "month", "operation", "operation_name", "lead", "legal_instruments", "mandate", "ceiling",
        "reported_strength", "ledger_strength",
    ];

    public static void Csv(TextWriter writer, MonthlyRecordResult result) =>
        CsvTable.Write(writer, CsvHeader, result.Rows.Select(r => (IReadOnlyList<string?>)
        [
            MonthlyRecord.Month(r.Month), r.Operation.Id.Value, r.Operation.Name, r.Operation.Lead,
            string.Join("; ", r.LegalInstruments), r.Mandate?.Id.Value, CsvTable.Number(r.Ceiling),
            CsvTable.Number(r.ReportedStrength?.Persons), CsvTable.Number(r.LedgerStrength),
        ]));

    public static void Json(Output output, MonthlyRecordResult result, string file) =>
        output.Writer.WriteLine(Contract.Write(CsvExportOutput.Of(result, file)));

    public static void Text(Output output, MonthlyRecordResult result, string file)
    {
        var written = CsvExportOutput.Of(result, file);
        output.Writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {written.Rows} rows ({written.Operations} operations, {written.From ?? "each one's first consent"} "
            + $"to {written.To}) to {file}."));
    }
}
