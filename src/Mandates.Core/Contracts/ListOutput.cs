using Mandates.Core.Law;
using Mandates.Core.Rules;
using Mandates.Core.UseCases;

namespace Mandates.Core.Contracts;

/// <summary><c>list</c>'s output: every operation's status on a day.</summary>
/// <param name="Date">The day asked about.</param>
public sealed record ListOutput(int SchemaVersion, string Date, IReadOnlyList<OperationStatusOutput> Operations)
{
    public static ListOutput Of(ListResult listed) => new(Contract.SchemaVersion, Days.Format(listed.Day),
        [.. listed.Operations.Select(OperationStatusOutput.Of)]);
}

/// <summary>One operation on the day.</summary>
/// <param name="Authorised">Whether anyone may serve that day (nobody added).</param>
/// <param name="Status"><c>authorised</c>, or why not, as the text table says it.</param>
/// <param name="Phase"><c>not-yet-begun</c>, <c>current</c> or <c>ended</c>: whether the authorisation has begun,
/// holds, or has run out.</param>
/// <param name="Mandate">The latest mandate to govern the day, current or ended; null where none has begun.</param>
/// <param name="EndedOn">Where the authorisation has ended, the last day it held; else null.</param>
/// <param name="FirstConsent">Where none has begun, the first day a consent the record holds begins; else
/// null.</param>
/// <param name="Ceiling">The current mandate's ceiling with its source, as <c>show</c> gives it; null unless
/// current.</param>
/// <param name="NextDeadline">The first deadline to come, else the latest word on one past; null where there is
/// none.</param>
/// <param name="WithoutMandate">Where soldiers serve that day in a way that needs no consent (unarmed observers),
/// why none is needed; else null. Such service authorises no armed deployment: <c>authorised</c> stays false.</param>
public sealed record OperationStatusOutput(string Operation, string Name, bool Authorised, string Status, string Phase,
    string? Mandate, string? EndedOn, string? FirstConsent, CeilingFact? Ceiling, DeadlineOutput? NextDeadline,
    string? WithoutMandate)
{
    public static OperationStatusOutput Of(OperationStatus s) => new(s.Operation.Id.Value, s.Operation.Name,
        s.Decision.Authorised, StatusWords.Of(s), PhaseWord(s.Standing.Phase), s.Standing.Governing?.Id.Value,
        s.Standing.EndedOn is { } ended ? Days.Format(ended) : null,
        s.Standing.FirstConsent is { } first ? Days.Format(first) : null,
        s.Current is { } m ? CeilingFact.Of(m) : null, s.Next is { } next ? DeadlineOutput.Of(next) : null,
        s.WithoutMandate?.Why);

    public static string PhaseWord(Phase phase) => phase switch
    {
        Rules.Phase.NotYetBegun => "not-yet-begun",
        Rules.Phase.Current => "current",
        _ => "ended",
    };
}
