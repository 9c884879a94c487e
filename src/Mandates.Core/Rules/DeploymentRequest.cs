using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Rules;

/// <summary>
/// "May <see cref="Persons"/> more serve under <see cref="Operation"/> for <see cref="Task"/> in
/// <see cref="Area"/> on every day of <see cref="Period"/> (both ends included)?" Task and area are
/// optional: without one, that rule does not apply. <see cref="Exception"/> names the ceiling
/// exception clause the request relies on, if any.
/// </summary>
public sealed record DeploymentRequest
{
    public OperationId Operation { get; }
    public DateInterval Period { get; }
    public int Persons { get; }
    public string? Task { get; init; }
    public string? Area { get; init; }
    public CeilingExceptionKind? Exception { get; init; }

    /// <summary>
    /// Whether the exception's limit on consecutive days over the ceiling is judged (the default). The
    /// audit turns it off: it judges each day's excess under the clauses of the tours serving that day,
    /// and each whole run of days over the ceiling apart.
    /// </summary>
    public bool CountExceptionDays { get; init; } = true;

    public DeploymentRequest(OperationId operation, DateInterval period, int persons)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (persons < 0) throw new ArgumentException($"A request adds zero or more persons; got {persons}.", nameof(persons));
        Operation = operation;
        Period = period;
        Persons = persons;
    }

    public static DeploymentRequest On(OperationId operation, LocalDate day, int persons) =>
        new(operation, new DateInterval(day, day), persons);
}

/// <summary>The deployed strength of an operation: persons on tours covering a day.</summary>
public interface IStrength
{
    int On(LocalDate day);
    int MaxOver(DateInterval period);
}

/// <summary>The same strength on every day: what a caller states until the ledger holds tours.</summary>
public sealed record ConstantStrength(int Persons) : IStrength
{
    public static readonly ConstantStrength None = new(0);
    public int On(LocalDate day) => Persons;
    public int MaxOver(DateInterval period) => Persons;
}
