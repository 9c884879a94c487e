using Mandates.Core.Law;
using Mandates.Core.Problems;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"Which mandate of this operation is in force on this day, and what does its chain hold?"</summary>
/// <param name="Operation">The operation's id as given (any case).</param>
public sealed record ShowRequest(string Operation, LocalDate Day);

/// <summary>The answer: the operation, the mandate governing the day, and why it authorises nothing if so.</summary>
/// <param name="Record">The law the answer was read from (to name the legal acts the mandates cite).</param>
/// <param name="Governing">The latest mandate whose consent began by the day; null before any did.</param>
/// <param name="AuthorisesNothingBecause">
/// Why the governing mandate lets nobody serve that day (revoked, past its end, its legal basis lapsed), one
/// reason per finding; empty where it is in force.
/// </param>
public sealed record ShowResult(LegalRecord Record, Operation Operation, LocalDate Day, Mandate? Governing,
    IReadOnlyList<string> AuthorisesNothingBecause)
{
    /// <summary>The mandate in force that day: the governing one, unless it authorises nothing.</summary>
    public Mandate? InForce => AuthorisesNothingBecause.Count == 0 ? Governing : null;

    /// <summary>The ceiling in force that day (after any change within the mandate); null where none is.</summary>
    public Ceiling? Ceiling => InForce?.CeilingOn(Day);

    /// <summary>
    /// The latest figure a source reported of the soldiers deployed, on or before the day: beside the ceiling, and
    /// apart from the ledger's tours. Null where the record holds none by then.
    /// </summary>
    public ReportedStrength? Reported => Operation.ReportedStrength.LastOrDefault(r => r.Date <= Day);
}

/// <summary>
/// Reads one operation's law for a day: the mandate in force, every fact with its source, the chain.
/// </summary>
public static class ShowOperation
{
    public static ShowResult Run(Session session, ShowRequest request)
    {
        var record = session.Law.Record();
        var operation = Input.Operation(record, request.Operation);
        var governing = Chain.Representative(operation, request.Day);
        // A mandate can govern a day it authorises nothing on (revoked, past its end, its legal basis lapsed): it is
        // then not in force.
        var barred = governing is null ? []
            : session.Law.Authoriser()
                .Authorise(DeploymentRequest.On(operation.Id, request.Day, 0), ConstantStrength.None)
                .Findings.Where(f => f.LetsNobodyServe).Select(f => f.Reason).ToList();
        return new ShowResult(record, operation, request.Day, governing, barred);
    }
}
