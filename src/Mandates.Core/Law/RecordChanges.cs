namespace Mandates.Core.Law;

/// <summary>
/// Dated facts added to a record: a new mandate, a cabinet decision, a vote, an objection, a
/// revocation, a change to a legal act. Each returns a new record; nothing is edited in place, and a
/// change that contradicts what the record holds is refused with an <see cref="ArgumentException"/>.
/// </summary>
public static class RecordChanges
{
    public static LegalRecord WithMandate(LegalRecord record, MandateId id, Func<Mandate, Mandate> change)
    {
        var operation = record.Operations.FirstOrDefault(o => o.Mandates.Any(m => m.Id == id))
            ?? throw new ArgumentException($"The record has no mandate '{id}'; known: {string.Join(", ", record.Mandates.Select(m => m.Id))}.", nameof(id));
        var mandates = operation.Mandates.Select(m => m.Id == id ? Consistent(change(m)) : m).ToValueList();
        return Replace(record, operation with { Mandates = mandates });
    }

    public static LegalRecord WithNewMandate(LegalRecord record, OperationId operation, Mandate mandate)
    {
        var op = record.Operations.FirstOrDefault(o => o.Id == operation)
            ?? throw new ArgumentException($"The record has no operation '{operation}'.", nameof(operation));
        if (record.FindMandate(mandate.Id.Value) is not null)
            throw new ArgumentException($"The record already has a mandate '{mandate.Id}'; a new decision needs a new id.", nameof(mandate));
        return Replace(record, op with { Mandates = op.Mandates.Append(Consistent(mandate)).ToValueList() });
    }

    private static Mandate Consistent(Mandate mandate) =>
        mandate.Contradictions().FirstOrDefault() is { } c
            ? throw new ArgumentException($"The mandate {mandate.Id} would not hold together: {c.Field}: {c}.", nameof(mandate))
            : mandate;

    public static LegalRecord WithActChange(LegalRecord record, LegalActId id, ValidityChange change)
    {
        var act = record.Act(id);
        if (act.ContradictionsOf(change).FirstOrDefault() is { } contradiction)
            throw new ArgumentException($"The change to {act.Short} does not fit: {contradiction.Field}: {contradiction}.", nameof(change));
        var changed = new LegalAct(act.Id, act.Kind, act.Title, act.Short, act.Adopted, act.InForceFrom, act.Until,
            act.Changes.Append(change).ToValueList(), act.Source)
        {
            Document = act.Document, Provision = act.Provision, Url = act.Url, InForceFromStated = act.InForceFromStated,
        };
        return new LegalRecord(record.LegalActs.Select(a => a.Id == id ? changed : a).ToValueList(), record.Operations, record.Calendar);
    }

    private static LegalRecord Replace(LegalRecord record, Operation operation) =>
        new(record.LegalActs, record.Operations.Select(o => o.Id == operation.Id ? operation : o).ToValueList(), record.Calendar);
}
