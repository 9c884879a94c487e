using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Mandates.Cli;

/// <summary>`mandates audit`: re-checks all of history against the law as known now (or both as recorded at an instant); lists every violation with its cause.</summary>
internal static class AuditCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Option<string?>("--operation") { Description = "Audit one operation only, e.g. KFOR." };
        var asRecorded = new Option<string?>("--as-recorded-at")
        {
            Description = "Audit the tours and the law as the ledger held them at this instant (e.g. 2025-07-02T00:00:00Z): what was known then, not now.",
        };
        var command = new Command("audit", "Re-check every day of every tour against the law, and that nobody is on two tours at once. Exit 0 none found, 1 violations found.") { operation, asRecorded };
        command.SetAction(parsed =>
        {
            var instant = context.AsRecordedAt(parsed, asRecorded);
            var only = parsed.GetValue(operation) is { } o ? Arguments.Operation(context.Record(parsed), o, "--operation").Id : (OperationId?)null;
            // What was known then, if asked: the tours and the law as the ledger held them at the instant.
            var (state, law) = context.Known(parsed, instant);
            var violations = context.Output.WithProgress($"Auditing {state.Head:N0} entries", parsed.GetValue(CliApp.JsonOption),
                progress => Audit.Run(law, state, only, progress));
            var known = Output.Known(instant);
            // Asked about one operation the law did not hold yet: nothing of it can have been broken, and it says why.
            var notYetRecorded = only is { } op && law.Record.FindOperation(op.Value) is null;
            if (parsed.GetValue(CliApp.JsonOption))
                context.Output.Json(j =>
                {
                    j.WriteStartObject();
                    j.WriteNumber("entries", state.Head);
                    j.WriteString("asRecordedAt", instant is { } at ? InstantPattern.ExtendedIso.Format(at) : null);
                    if (only is not null) j.WriteBoolean("operationInRecord", !notYetRecorded);
                    j.WriteStartArray("violations");
                    foreach (var v in violations) Write(j, v, state);
                    j.WriteEndArray();
                    j.WriteEndObject();
                });
            else if (notYetRecorded)
                context.Output.Writer.WriteLine($"No violation: {only!.Value.Value} was not in the record yet, {known}, so no tour of it was recorded.");
            else if (violations.Count == 0)
                context.Output.Writer.WriteLine($"No violation: every day of every tour in {state.Head:N0} ledger entries is authorised by the law {known}.");
            else
            {
                var table = new Table().Border(TableBorder.Rounded).Expand();
                foreach (var h in new[] { "Operation", "From", "To", "Rule", "Cause" }) table.AddColumn(h);
                foreach (var v in violations)
                    table.AddRow(Markup.Escape(v.Operation.Value), Days.Format(v.Days.Start), RunsOn(v) ? "open" : Days.Format(v.Days.End),
                        Markup.Escape(v.Rule), Markup.Escape(Cause(v)));
                context.Output.Console.MarkupLine($"[red bold]{violations.Count} violation{(violations.Count == 1 ? "" : "s")}[/] of the law {known}, in {state.Head:N0} ledger entries:");
                context.Output.Console.Write(table);
            }
            return violations.Count == 0 ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }

    /// <summary>Whether the violation lasts as long as an open tour serves: it runs to the last day the ledger counts, which is no last day of the tour's.</summary>
    private static bool RunsOn(Violation v) => v.Days.End == StrengthIndex.LastDay;

    /// <summary>
    /// A violation as JSON. With the ledger, a rule about the whole operation (consent, legal acts, end date,
    /// revocation, ceiling) also says how many it concerns: the most that served on those days (how far a
    /// ceiling was broken). A task's or a person's violation concerns tours its cause names, not the operation's strength.
    /// </summary>
    internal static void Write(System.Text.Json.Utf8JsonWriter j, Violation v, LedgerState? state = null)
    {
        j.WriteStartObject();
        j.WriteString("operation", v.Operation.Value);
        j.WriteString("from", Days.Format(v.Days.Start));
        if (RunsOn(v)) j.WriteNull("to"); else j.WriteString("to", Days.Format(v.Days.End));
        j.WriteString("rule", v.Rule);
        if (state is not null && v.Tour is null)
            j.WriteNumber("maxStrength", state.StrengthOf(v.Operation).MaxOver(v.Days));
        j.WriteString("cause", Cause(v));
        j.WriteEndObject();
    }

    /// <summary>
    /// The violations a change of the law, already written, brings to the tours recorded (<see cref="Audit.BroughtBy"/>);
    /// none if the law cannot tell (a question no rule answers), which is then said as a note: the change
    /// was written, and a failure here must not read as the command's own.
    /// </summary>
    internal static IReadOnlyList<Violation> BroughtBy(CommandContext context, LegalRecord? before, LegalRecord after, LedgerState state)
    {
        try
        {
            return Audit.BroughtBy(before, after, state);
        }
        catch (RuleConflictException e)
        {
            context.Error.WriteLine($"note: whether tours already recorded break the law after this change could not be told ({e.Message}); `mandates audit` says where.");
            return [];
        }
    }

    /// <summary>
    /// Says on stderr that a change of the law (<paramref name="what"/>) leaves tours already recorded
    /// breaking it, which tours those who deploy must end or correct; silent when it leaves none.
    /// </summary>
    internal static void Warn(CommandContext context, string what, IReadOnlyList<Violation> broken)
    {
        if (broken.Count == 0) return;
        const int shown = 10;
        context.Error.WriteLine($"warning: under {what}, tours already recorded break the law ({broken.Count} violation{(broken.Count == 1 ? "" : "s")}); end or correct them (end-tour, correct-tour):");
        foreach (var v in broken.Take(shown))
            context.Error.WriteLine($"  {v.Operation.Value} {Shown(v)}, {v.Rule}: {Cause(v)}");
        if (broken.Count > shown) context.Error.WriteLine($"  … and {broken.Count - shown} more.");
        context.Error.WriteLine(broken.Select(v => v.Operation).Distinct().Count() == 1
            ? $"  `mandates audit --operation {broken[0].Operation.Value}` lists every violation."
            : "  `mandates audit` lists every violation.");
    }

    /// <summary>A violation's days as the table shows them: from, to (or onwards).</summary>
    internal static string Shown(Violation v) => RunsOn(v) ? $"from {Core.Law.Days.Format(v.Days.Start)} onwards" : $"{Core.Law.Days.Format(v.Days.Start)} to {Core.Law.Days.Format(v.Days.End)}";

    /// <summary>A violation's cause as shown: one that runs on says so rather than name the ledger's last counted day.</summary>
    internal static string Cause(Violation v) => RunsOn(v) ? v.Cause.Replace($" to {Days.Format(StrengthIndex.LastDay)}", " onwards") : v.Cause;
}
