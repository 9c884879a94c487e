namespace Mandates.Core.Law;

/// <summary>
/// The whole body of law Mandates reasons with: legal acts, operations with their mandate chains,
/// and the sitting calendar. Every reference from a mandate to a legal act resolves (the loader checks).
/// </summary>
public sealed record LegalRecord
{
    public ValueList<LegalAct> LegalActs { get; }
    public ValueList<Operation> Operations { get; }
    public SittingCalendar Calendar { get; }
    private readonly Dictionary<LegalActId, LegalAct> actsById;

    public LegalRecord(ValueList<LegalAct> legalActs, ValueList<Operation> operations, SittingCalendar calendar)
    {
        actsById = new Dictionary<LegalActId, LegalAct>();
        foreach (var act in legalActs)
            if (!actsById.TryAdd(act.Id, act))
                throw new ArgumentException($"The legal act '{act.Id}' is in the record twice.", nameof(legalActs));
        var mandateIds = new HashSet<MandateId>();
        foreach (var operation in operations)
            foreach (var mandate in operation.Mandates)
            {
                if (!mandateIds.Add(mandate.Id))
                    throw new ArgumentException($"The mandate '{mandate.Id}' is in the record twice.", nameof(operations));
                foreach (var id in mandate.Requires.Concat(mandate.LegalBases))
                    if (!actsById.ContainsKey(id))
                        throw new ArgumentException($"Mandate '{mandate.Id}' refers to the unknown legal act '{id}'.", nameof(operations));
            }
        if (operations.Select(o => o.Id.Value.ToUpperInvariant()).Distinct().Count() != operations.Count)
            throw new ArgumentException("Two operations share an id (ids are compared ignoring case).", nameof(operations));
        LegalActs = legalActs;
        Operations = operations;
        Calendar = calendar;
    }

    public LegalAct Act(LegalActId id) =>
        actsById.TryGetValue(id, out var act) ? act : throw new ArgumentException($"The record has no legal act '{id}'.", nameof(id));

    /// <summary>The operation a user's word names (case ignored), or null.</summary>
    public Operation? FindOperation(string text) => Operations.FirstOrDefault(o => o.Id.IsNamedBy(text));

    /// <summary>Every operation's mandates, operation by operation.</summary>
    public IEnumerable<Mandate> Mandates => Operations.SelectMany(o => o.Mandates);

    /// <summary>The mandate a user's word names (case ignored, as mandate ids are unique with case ignored), or null.</summary>
    public Mandate? FindMandate(string text) => Mandates.FirstOrDefault(m => string.Equals(m.Id.Value, text, StringComparison.OrdinalIgnoreCase));

    public bool Equals(LegalRecord? other) =>
        other is not null && LegalActs.Equals(other.LegalActs) && Operations.Equals(other.Operations) && Calendar.Equals(other.Calendar);

    public override int GetHashCode() => HashCode.Combine(LegalActs, Operations, Calendar);
}
