using Mandates.Core.Law;
using Mandates.Core;
using Mandates.Core.Records;

namespace Mandates.Benchmarks;

/// <summary>
/// A record fifteen times today's, for the benchmarks of a grown record until the real one lands: today's
/// bundled record, plus copies of its operations under other ids (KFOR's chain of 27 mandates nine times,
/// ASPIDES's three nineteen times): 30 operations, 330 mandates. Copies keep every fact, source and note of their
/// original, so the files are as long and as varied as real ones; their ids, names and motions' printed papers say
/// they are copies, so the copy is a record that holds together (`data check` finds nothing).
/// </summary>
internal static class GrownRecord
{
    public const int KforCopies = 9;
    public const int AspidesCopies = 19;

    /// <summary>Writes the grown record into <paramref name="folder"/> (new or empty) from the record in <paramref
    /// name="bundled"/>.</summary>
    public static void Write(string bundled, string folder)
    {
        var files = Mandates.Storage.RecordFolder.Read(bundled);
        var record = RecordLoader.Load(files).Record!;
        var copies = new List<Operation>();
        for (var i = 1; i <= KforCopies; i++) copies.Add(Copy(record.FindOperation("KFOR")!, i));
        for (var i = 1; i <= AspidesCopies; i++) copies.Add(Copy(record.FindOperation("ASPIDES")!, KforCopies + i));
        var grown = new LegalRecord(record.LegalActs, record.Operations.Concat(copies).ToValueList(), record.Calendar);
        foreach (var file in files.Concat(copies.Select(RecordWriter.Write)))
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }
        if (grown.Operations.Count != 30)
            throw new InvalidOperationException("The grown record should hold 30 operations.");
    }

    private static Operation Copy(Operation original, int n) => original with
    {
        Id = new OperationId($"COPY{n:D2}-{original.Id}"),
        Name = $"{original.Name} (benchmark copy {n:D2})",
        Mandates = original.Mandates.Select(m => m with
        {
            Id = new MandateId($"COPY{n:D2}-{m.Id}"),
            Motion = m.Motion is { } motion
                ? motion with { Document = $"{motion.Document} (benchmark copy {n:D2})" }
                : null,
        }).ToValueList(),
    };
}
