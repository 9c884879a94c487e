using Mandates.Core.Problems;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>
/// Who asks, and what day it is for them: every write is attributed to the caller, and "today" is
/// Berlin's day, where the Bundestag and the cabinet date their decisions and the ministry its orders.
/// </summary>
/// <param name="clock">The clock for "now"; nothing in Core reads the system's.</param>
/// <param name="user">
/// Who records a write, read only when a write needs it: a host's source of the name may be bad (a
/// variable set once in a shell) without stopping what only reads. Throws <see cref="ProblemException"/>
/// for a name that cannot be used.
/// </param>
public sealed class Caller(IClock clock, Func<string> user)
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    public IClock Clock => clock;

    /// <summary>Now, by the caller's clock.</summary>
    public Instant Now => clock.GetCurrentInstant();

    /// <summary>
    /// Today: the day in Berlin (a decision taken today is never "tomorrow", whatever the caller's time zone).
    /// </summary>
    public LocalDate Today => DayOf(Now);

    /// <summary>The day an instant falls on in Berlin (see <see cref="Today"/>).</summary>
    public static LocalDate DayOf(Instant instant) => instant.InZone(Berlin).Date;

    /// <summary>Who records a write; throws <see cref="ProblemException"/> where the name cannot be used.</summary>
    public string User => user();

    /// <summary>The problem with the caller's name, if it cannot be used; null if it can.</summary>
    public Problem? UserProblem()
    {
        try
        {
            _ = user();
            return null;
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
    }
}
