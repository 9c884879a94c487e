using Mandates.Core.Law;
using Mandates.Core.Problems;
using Mandates.Core.Records;

namespace Mandates.Core.UseCases;

/// <summary>The record files of the fictional operations generate adds (GEN-01 …).</summary>
public static class FictionalOperationFiles
{
    /// <summary>
    /// The files of the fictional operations the record lacks. One it already holds must be exactly as generate
    /// writes it: generated facts never overwrite the store's record. <paramref name="count"/> is the number
    /// asked for, as problems name it.
    /// </summary>
    public static IReadOnlyList<RecordFile> Missing(LegalRecord record, IReadOnlyList<Operation> wanted, int count)
    {
        var added = new List<Operation>();
        foreach (var operation in wanted)
        {
            if (record.FindOperation(operation.Id.Value) is not { } held) { added.Add(operation); continue; }
            if (RecordWriter.Write(held).Text != RecordWriter.Write(operation).Text)
                throw new ProblemException(Problem.Saying("operations", $"{count}", Problem.Join(
                    $"'{count}' would write {operation.Id}, but the record already has {held.Id} with different ",
                    $"content (made by another {Problem.Named("events")}, {Problem.Named("seed")}, ",
                    $"{Problem.Named("from")} or {Problem.Named("to")}, or not by generate); expected the same ",
                    $"command as before, or a store without it, e.g. a new {Problem.Named("db")}.")));
        }
        try
        {
            // The record must still hold together (e.g. no mandate id used twice) before anything is written.
            _ = new LegalRecord(record.LegalActs, record.Operations.Concat(added).ToValueList(), record.Calendar);
        }
        catch (ArgumentException e)
        {
            throw new ProblemException(Problem.Saying("operations", $"{count}",
                $"'{count}' cannot add the fictional operations to the record: {e.Message}"));
        }
        return added.Select(RecordWriter.Write).ToList();
    }
}
