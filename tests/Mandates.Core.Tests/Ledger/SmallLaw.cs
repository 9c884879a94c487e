using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Testing;

namespace Mandates.Core.Tests.Ledger;

/// <summary>
/// A law small enough to reach its ceiling with a handful of tours: the operation TST, consented to on
/// 10 January 2025 with no end, a ceiling of 3 unless said, a rotation clause of 1 more person for at
/// most 5 days in a row, the tasks guard and train. And what the ledger tests build on it.
/// </summary>
internal static class SmallLaw
{
    public static readonly OperationId Tst = new("TST");

    /// <summary>Day <paramref name="n"/> of July 2025 (1 July is day 1).</summary>
    public static LocalDate July(int n) => new(2025, 7, n);

    public static LocalDate August(int n) => new(2025, 8, n);

    public static IReadOnlyList<RecordFile> Files(int ceiling = 3) =>
    [
        new("operations/tst.yaml", $$"""
            id: TST
            name: A test operation
            lead: UN
            source: test
            mandates:
              - id: TST-1
                procedure: regular
                source: test
                vote: {date: 2025-01-10, result: adopted}
                end: open
                ceiling: {{ceiling}}
                ceiling-exceptions: [{kind: rotation, extra-persons: 1, max-days: 5, source: test}]
                tasks: [{key: guard, title: Guard}, {key: train, title: Training}]
            """),
    ];

    public static Authoriser TstLaw(int ceiling = 3) => new(RecordLoader.Load(Files(ceiling)).Record
        ?? throw new InvalidOperationException("the small law does not load"));

    /// <summary>The law as a state of the ledger holds it (its record files), as the program reads it.</summary>
    public static Authoriser LawOf(LedgerState state) => new(RecordLoader.Load(RecordEvents.Files(state)).Record
        ?? throw new InvalidOperationException("the ledger's record does not load"));

    public static readonly Instant Start = Instant.FromUtc(2025, 7, 1, 9, 0);

    /// <summary>A clock from 1 July 2025, 09:00 UTC, that moves on a second each time it is read: every entry is recorded at an instant of its own.</summary>
    public static FakeClock Clock() => new(Start, Duration.FromSeconds(1));

    public static TourLedger LedgerOn(IEventStore store, Authoriser? law = null, IClock? clock = null, string user = "clerk") =>
        new(store, law ?? TstLaw(), clock ?? Clock(), user);

    public static DeployRequest Tour(string person, LocalDate from, LocalDate? until, string task = "guard", CeilingExceptionKind? exception = null, string? key = null) =>
        new(Tst, new PersonId(person), task, from, until) { Exception = exception, IdempotencyKey = key };

    public static LedgerEvent Written(WriteOutcome outcome) => Xunit.Assert.IsType<WriteOutcome.Written>(outcome).Event;

    public static Decision Refused(WriteOutcome outcome) => Xunit.Assert.IsType<WriteOutcome.Refused>(outcome).Decision;

    public static string Invalid(WriteOutcome outcome) => Xunit.Assert.IsType<WriteOutcome.Invalid>(outcome).Message;

    /// <summary>The operation's strength on each day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static int[] Strength(LedgerState state, LocalDate from, LocalDate to) =>
        Enumerable.Range(0, Period.DaysBetween(from, to) + 1).Select(i => state.StrengthOf(Tst).On(from.PlusDays(i))).ToArray();
}
