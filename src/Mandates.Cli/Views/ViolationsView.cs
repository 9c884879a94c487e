using Mandates.Core.Contracts;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases;
using Spectre.Console;

namespace Mandates.Cli.Views;

/// <summary>
/// Violations of the law by recorded tours: audit's table, and the warning after a decision or an import
/// that leaves tours already recorded breaking the law.
/// </summary>
internal static class ViolationsView
{
    /// <summary>How many violations a warning lists before it points to audit for the rest.</summary>
    private const int Listed = 10;

    /// <summary>The violations as a table: operation, days, rule and cause.</summary>
    public static void Table(Output output, IReadOnlyList<Violation> violations)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        foreach (var h in new[] { "Operation", "From", "To", "Rule", "Cause" }) table.AddColumn(h);
        foreach (var v in violations)
            table.AddRow(Markup.Escape(v.Operation.Value), Core.Law.Days.Format(v.Days.Start),
                ViolationOutput.RunsOn(v) ? "open" : Core.Law.Days.Format(v.Days.End), Markup.Escape(v.Rule),
                Markup.Escape(ViolationOutput.CauseOf(v)));
        output.Console.Write(table);
    }

    /// <summary>
    /// Says on stderr that a change of the law (<paramref name="what"/>) leaves tours already recorded breaking
    /// it, which those who deploy must end or correct; silent when it leaves none. Where the law cannot tell,
    /// a note says so: the change was written, and that must not read as its failure.
    /// </summary>
    public static void Warn(TextWriter error, string what, BrokenTours broken)
    {
        CannotTell(error, broken);
        Warn(error, what, broken.Violations);
    }

    /// <summary>The note that the law cannot tell whether tours break it after a change; silent when it can.</summary>
    public static void CannotTell(TextWriter error, BrokenTours broken)
    {
        if (broken.CannotTell is { } why)
            error.WriteLine("note: whether tours already recorded break the law after this change could not be told "
                + $"({why}); `mandates audit` says where.");
    }

    /// <summary>The warning of <see cref="Warn(TextWriter, string, BrokenTours)"/>, for violations found.</summary>
    public static void Warn(TextWriter error, string what, IReadOnlyList<Violation> broken)
    {
        if (broken.Count == 0) return;
        error.WriteLine($"warning: under {what}, tours already recorded break the law ({Count(broken.Count)}); "
            + "end or correct them (end-tour, correct-tour):");
        foreach (var v in broken.Take(Listed))
            error.WriteLine($"  {v.Operation.Value} {Shown(v)}, {v.Rule}: {ViolationOutput.CauseOf(v)}");
        if (broken.Count > Listed) error.WriteLine($"  … and {broken.Count - Listed} more.");
        error.WriteLine(broken.Select(v => v.Operation).Distinct().Count() == 1
            ? $"  `mandates audit {broken[0].Operation.Value}` lists every violation."
            : "  `mandates audit` lists every violation.");
    }

    /// <summary>"1 violation", "3 violations".</summary>
    public static string Count(int count) => $"{count} violation{(count == 1 ? "" : "s")}";

    /// <summary>A violation's days as a sentence shows them: from, to (or onwards).</summary>
    public static string Shown(Violation v) => ViolationOutput.RunsOn(v)
        ? $"from {Core.Law.Days.Format(v.Days.Start)} onwards"
        : $"{Core.Law.Days.Format(v.Days.Start)} to {Core.Law.Days.Format(v.Days.End)}";
}
