using Mandates.Core.Law;
using Mandates.Core.Problems;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>The days a chart draws, checked: its last day not before its first.</summary>
internal static class ChartPeriod
{
    public static DateInterval Of(LocalDate from, LocalDate to) => to >= from ? new DateInterval(from, to)
        : throw new ProblemException(Problem.Saying("to", Days.Format(to), Problem.Join(
            $"'{Days.Format(to)}' is before {Problem.Named("from")} ({Days.Format(from)}); ",
            $"expected a day on or after it.")));
}
