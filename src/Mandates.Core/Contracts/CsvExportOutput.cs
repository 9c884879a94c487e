using Mandates.Core.UseCases;

namespace Mandates.Core.Contracts;

/// <summary>What <c>export csv</c> wrote: the file, the months and how many rows.</summary>
/// <param name="File">The file written, its full path.</param>
/// <param name="From">The first month asked for (YYYY-MM); null for each operation's first month of consent.</param>
/// <param name="To">The last month (YYYY-MM), inclusive.</param>
/// <param name="Rows">The rows written, the header not counted: one per operation per month.</param>
/// <param name="Operations">How many operations have rows.</param>
public sealed record CsvExportOutput(int SchemaVersion, string File, string? From, string To, int Rows, int Operations)
{
    public static CsvExportOutput Of(MonthlyRecordResult result, string file) => new(Contract.SchemaVersion, file,
        result.From is { } from ? MonthlyRecord.Month(from) : null, MonthlyRecord.Month(result.To), result.Rows.Count,
        result.Rows.Select(r => r.Operation.Id).Distinct().Count());
}
