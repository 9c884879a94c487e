using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Dip;

/// <summary>
/// A government motion as DIP documents it: a Bundestag Drucksache of the type Antrag, and the day it was
/// distributed where DIP gives it (<c>fundstelle.verteildatum</c>).
/// </summary>
/// <param name="Number">The Drucksache's number, e.g. 21/230.</param>
/// <param name="NumberAt">The file and JSON path of the number.</param>
/// <param name="Distributed">The day it was distributed; null where DIP does not give it.</param>
/// <param name="DistributedAt">The file and JSON path of that day.</param>
/// <param name="Source">The DIP document, as the record cites it.</param>
public sealed record DipMotion(string Number, string NumberAt, LocalDate? Distributed, string DistributedAt,
    string Source);

/// <summary>
/// A plenary decision as DIP documents it: a Beschlussfassung of the Bundestag adopting or rejecting a
/// Drucksache, on the day of the plenary sitting.
/// </summary>
/// <param name="Number">The Drucksache decided on (<c>beschlussfassung.dokumentnummer</c>), e.g. 21/230.</param>
/// <param name="NumberAt">The file and JSON path of the number.</param>
/// <param name="Date">The day of the sitting (<c>vorgangsposition.datum</c>).</param>
/// <param name="DateAt">The file and JSON path of that day.</param>
/// <param name="Accepted">The Bundestag accepted the Drucksache (Annahme), or not (Ablehnung).</param>
/// <param name="Yes">Votes for, where DIP gives the counts (<c>abstimm_ergebnis_bemerkung</c>, "391:189:2").</param>
/// <param name="No">Votes against, with <paramref name="Yes"/>.</param>
/// <param name="Abstentions">Abstentions, with <paramref name="Yes"/>.</param>
/// <param name="RollCall">A recorded vote (Namentliche Abstimmung); null where DIP names no way of voting.</param>
/// <param name="Source">The DIP document, as the record cites it.</param>
/// <param name="Where">The file and JSON path of the Beschlussfassung.</param>
public sealed record DipDecision(string Number, string NumberAt, LocalDate Date, string DateAt, bool Accepted,
    int? Yes, int? No, int? Abstentions, bool? RollCall, string Source, string Where);

/// <summary>A DIP document or decision read but carrying nothing for the record, and why.</summary>
/// <param name="Where">The file and JSON path.</param>
/// <param name="Reason">Why it changes nothing, e.g. "a Beschlussfassung 'Überweisung …' decides nothing".</param>
public sealed record DipSkipped(string Where, string Reason);

/// <summary>What a set of DIP files says, every file read whole.</summary>
/// <param name="Documents">How many DIP documents the files hold.</param>
/// <param name="Motions">The motions they document.</param>
/// <param name="Decisions">The plenary decisions they document.</param>
/// <param name="Skipped">What they hold that changes nothing in the record.</param>
public sealed record DipRead(int Documents, IReadOnlyList<DipMotion> Motions, IReadOnlyList<DipDecision> Decisions,
    IReadOnlyList<DipSkipped> Skipped)
{
    /// <summary>A vote's result as the record says it: adopted where the Bundestag accepted the motion.</summary>
    public static VoteResult Result(bool accepted) => accepted ? VoteResult.Adopted : VoteResult.Rejected;
}
