using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>
/// The runs of days on which the law lets tours of an operation serve, and the ceiling on them: what a timeline of
/// mandates draws.
/// </summary>
internal static class AuthorisedSpans
{
    /// <summary>
    /// The period cut at the days the operation's law may change; each piece asked once whether the law lets anyone
    /// serve on it (nobody added), and neighbours under one mandate at one ceiling joined.
    /// </summary>
    public static List<AuthorisedSpan> Of(Authoriser law, Operation op, DateInterval period)
    {
        var spans = new List<AuthorisedSpan>();
        var cuts = law.ChangeDays(op).Where(d => d > period.Start && d <= period.End).ToList();
        var start = period.Start;
        for (var i = 0; i <= cuts.Count; i++)
        {
            var end = i < cuts.Count ? cuts[i].PlusDays(-1) : period.End;
            var piece = new DateInterval(start, end);
            if (i < cuts.Count) start = cuts[i];
            var decision = law.Authorise(new DeploymentRequest(op.Id, piece, 0), ConstantStrength.None);
            if (decision.LetsNobodyServe || decision.Refusals.Any()) continue;
            // The law lets tours serve here, so a null ceiling is a mandate that set none, not a missing one.
            if (Chain.Representative(op, piece.Start) is not { } mandate) continue;
            var ceiling = Chain.CeilingOn(op, piece.Start);
            if (spans.Count > 0 && spans[^1] is var last && last.Days.End.PlusDays(1) == piece.Start
                && last.Ceiling == ceiling && last.Mandate == mandate.Id.Value)
                spans[^1] = last with { Days = new DateInterval(last.Days.Start, piece.End) };
            else
                spans.Add(new AuthorisedSpan(piece, ceiling, mandate.Id.Value));
        }
        return spans;
    }
}
