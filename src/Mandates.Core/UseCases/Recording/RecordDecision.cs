using Mandates.Core.Access;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.UseCases.Users;
using NodaTime;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.UseCases;

/// <summary>
/// What every decision recorded shares: its day is no later than today, the law allows its facts together,
/// and it is written as a change to the store's record, checked whole as the loader would, and appended as
/// new entries superseding the files it changed. Nothing is written on any problem.
/// </summary>
internal static class RecordDecision
{
    /// <summary>How often a change is made again when another writer changed the record meanwhile.</summary>
    private const int Attempts = 5;

    /// <summary>
    /// The day a decision was taken (<paramref name="field"/>), which is no later than today: a decision is
    /// recorded once taken, and the law follows it at once, so a later day (a typo, or a vote still to come)
    /// would already change what every check answers. Today is the day in Berlin (<see cref="Caller.Today"/>).
    /// </summary>
    public static LocalDate Decided(Session session, string field, LocalDate day)
    {
        var today = session.Caller.Today;
        if (day > today)
            throw new ProblemException(Saying(field, Days.Format(day), Join(
                $"'{Days.Format(day)}' is after today ({Days.Format(today)} in Berlin); a decision is recorded ",
                $"once it is taken, and the law follows it at once: expected the day it was taken, up to today.")));
        return day;
    }

    /// <summary>
    /// The mandate as changed, if the law allows its facts together (<see cref="Mandate.Contradictions"/>);
    /// else refused, naming the request's fields that set them (<paramref name="fields"/>: the record
    /// format's field of a fact, and the request's).
    /// </summary>
    public static Mandate Lawful(Mandate mandate, Dictionary<string, string> fields)
    {
        Refuse(mandate.Contradictions(), fields, mandate.Name);
        return mandate;
    }

    /// <summary>
    /// Refuses a change the law does not allow, naming for each contradiction the request's field that set
    /// one of the facts it involves (else the fact's field in the record, under <paramref name="block"/>).
    /// </summary>
    public static void Refuse(IReadOnlyList<Contradiction> contradictions, Dictionary<string, string> fields,
        string block)
    {
        if (contradictions.Count == 0) return;
        // Each contradiction is told as the fact the caller set, where it set one (a cabinet decision dated
        // after the vote is wrong as the cabinet's day, not the vote's).
        var told = contradictions.Select(c => new[] { c, c.Other }.OfType<Contradiction>()
            .FirstOrDefault(x => fields.ContainsKey(x.Field)) is { } typed
                ? (Field: fields[typed.Field], Said: typed)
                : (Field: (string?)null, Said: c)).ToList();
        FormattableString Line((string? Field, Contradiction Said) line) => line.Field is { } field
            ? (FormattableString)$"{Named(field)}: {line.Said}"
            : $"{block}, {line.Said.Field}: {line.Said}";
        var rest = told.Skip(1).Select(line => Join($"{Environment.NewLine}  ", Line(line)));
        var first = told[0];
        FormattableString opening = first.Field is null ? Line(first) : $"{first.Said}";
        var detail = Join([opening, .. rest, $". Nothing was written."]);
        throw new ProblemException(first.Field is { } named
            ? Saying(named, first.Said.Value, detail) : General(detail));
    }

    /// <summary>
    /// Records a decision: <paramref name="change"/> makes it to the law as the store holds it, and the
    /// changed record is written only if it loads whole, leaves no question no rule answers, and nobody
    /// recorded another change meanwhile; else the change is made again on the law as it then stands
    /// (another clerk's decision is kept, not silently undone).
    /// </summary>
    /// <param name="decision">The kind of decision, as <see cref="RecordResult.Decision"/> names it.</param>
    /// <param name="key">
    /// The request's idempotency key, if the client named it: a decision written under it before is answered as
    /// it was, without making the change again (it would be refused: a mandate is voted on once).
    /// </param>
    public static RecordResult Apply(Session session, string decision, Func<LegalRecord, DecisionChange> change,
        RecordKey? key = null)
    {
        // Every write follows the law the store holds: a record folder is only for trying a law before importing it.
        if (session.Law.Folder is var (folder, named))
            throw new ProblemException(Saying(named, folder, Join(
                $"a decision is recorded in the law the store holds, but '{folder}' is a record folder, for trying ",
                $"a law before importing it; expected no {Named(named)}.")));
        Permission.Demand(session, decision == "act-change" ? Act.ChangeLegalActs : Act.RecordDecisions);
        for (var attempt = 1; ; attempt++)
        {
            if (session.Law.Replay(key) is var (entries, first))
                return new RecordResult(decision, first.Recorded ?? decision, first.Note, entries, BrokenTours.None)
                {
                    Replayed = true,
                };
            var record = session.Law.Record();
            var ledger = session.Store.State(session.Caller);
            var basedOn = ledger.RecordChangedAt;
            var made = Made(change, record);
            var files = RecordWriter.Write(made.Changed);
            var check = RecordLoader.Load(files);
            if (!check.Succeeded)
                throw new ProblemException(General(Join($"the record would not hold together; nothing was written:",
                    $"{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", check.Errors)}")));
            LawSource.RefuseNewTies(record, check.Record!, "this decision");
            IReadOnlyList<LedgerEvent> appended;
            try
            {
                appended = session.Law.Import(files, basedOn,
                    key is null ? null : key with { Recorded = made.What, Note = made.Note });
            }
            catch (Exception e) when (e is LawChangedException or KeyTakenException && attempt < Attempts)
            {
                session.Law.Forget();
                continue;
            }
            catch (LawChangedException changed)
            {
                throw new ProblemException(General(Join(
                    $"the record kept changing while this change was made (last at ledger position {changed.Now}); ",
                    $"nothing was written. Record the decision again.")));
            }
            // The session's law is now the changed one: a use case after this one in the session reads it anew.
            session.Law.Forget();
            // Only a change written can break tours: a decision the record held already changed nothing.
            var broken = appended.Count == 0 ? new BrokenTours([], null) : ToursNowBreakingTheLaw.Find(record, check.Record!, ledger);
            return new RecordResult(decision, made.What, made.Note, appended, broken);
        }
    }

    /// <summary>
    /// The decision made to <paramref name="record"/>, with .NET's last guard told in the domain's words.
    /// </summary>
    private static DecisionChange Made(Func<LegalRecord, DecisionChange> change, LegalRecord record)
    {
        try
        {
            return change(record);
        }
        catch (ArgumentException e)
        {
            // Every rule is checked with the request's fields named; this is the last guard, and the
            // parameter name .NET appends means nothing to a user.
            var said = e.Message.Replace($" (Parameter '{e.ParamName}')", "");
            throw new ProblemException(General($"the record cannot take this change: {said} Nothing was written."));
        }
    }
}
