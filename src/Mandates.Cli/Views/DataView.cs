using System.Globalization;
using Mandates.Core.Contracts;
using Mandates.Core.UseCases;
using Spectre.Console;

namespace Mandates.Cli.Views;

/// <summary>`data stats` and `data check`: the record's counts, and its problems.</summary>
internal static class DataView
{
    public static void Json(Output output, RecordStatsResult stats) =>
        output.Writer.WriteLine(Contract.Write(StatsOutput.Of(stats)));

    public static void Json(Output output, CheckRecordResult checkedRecord) =>
        output.Writer.WriteLine(Contract.Write(RecordCheckOutput.Of(checkedRecord)));

    public static void Text(Output output, RecordStatsResult stats)
    {
        var all = stats.All;
        output.Writer.WriteLine($"{Capital(stats.Record)}: {stats.Operations} operations, {stats.Mandates} mandates, "
            + $"{stats.LegalActCount} legal acts; {all.Values} values, {all.Verified} of them verified "
            + $"({Share(all)}).");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "Operation", "Mandates", "Values", "Verified", "Share" })
            table.AddColumn(h, c => { if (h != "Operation") c.RightAligned(); });
        foreach (var o in stats.ByOperation)
            table.AddRow(Markup.Escape(o.Operation.Id.Value), N(o.Mandates), N(o.Values.Values), N(o.Values.Verified),
                Share(o.Values));
        table.AddRow($"legal acts ({stats.LegalActCount})", "", N(stats.LegalActs.Values),
            N(stats.LegalActs.Verified), Share(stats.LegalActs));
        table.AddRow($"sitting calendar ({stats.SittingWeeks} weeks)", "", N(stats.Calendar.Values),
            N(stats.Calendar.Verified), Share(stats.Calendar));
        output.Console.Write(table);
        output.Writer.WriteLine("A value is one fact a source backs: a day, a number, a document, a task, … "
            + "(docs/record-format.md, \"Counting values\").");
    }

    public static void Text(Output output, CheckRecordResult checkedRecord)
    {
        foreach (var problem in checkedRecord.Problems) output.Writer.WriteLine(problem);
        var record = Capital(checkedRecord.Record);
        output.Writer.WriteLine(checkedRecord switch
        {
            { Clean: true } => $"{record} holds together: {checkedRecord.Files} files, no problem found.",
            { Loaded: false } => $"{record} has {Problems(checkedRecord)} in its files; the checks across the record "
                + "run once every file loads.",
            _ => $"{record} has {Problems(checkedRecord)}.",
        });
    }

    private static string Problems(CheckRecordResult r) =>
        r.Problems.Count == 1 ? "1 problem" : $"{r.Problems.Count} problems";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Share(ValueCount count) =>
        count.Share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "—";
}
