using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>
/// One person serving under an operation for a task, from a day through a day (both included), or
/// open while ongoing. <see cref="StartedAt"/> is the ledger position that started it, its identity.
/// </summary>
public sealed record Tour(long StartedAt, PersonId Person, OperationId Operation, string Task, string? Area,
    LocalDate From, LocalDate? Until, CeilingExceptionKind? Exception)
{
    public bool Overlaps(LocalDate from, LocalDate? until) =>
        (until is null || From <= until) && (Until is null || from <= Until);

    public bool Covers(LocalDate day) => From <= day && (Until is null || day <= Until);

    public override string ToString() =>
        $"{Person} in {Operation} ({Task}) from {Days.Format(From)} {(Until is { } u ? $"to {Days.Format(u)}" : "(open)")}";
}
