using Mandates.Core.Contracts;
using Mandates.Core.UseCases;
using Mandates.Web.Apis;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Mandates.Web.Pages;

/// <summary>The overview: every operation's status today (ListOperations) and its strength against the ceiling.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>Every operation's status today.</summary>
    public ListOutput List { get; private set; } = null!;

    /// <summary>Each operation's strength today (ReadStrength for the one day), by operation id.</summary>
    public IReadOnlyDictionary<string, StretchOutput?> Today { get; private set; } = null!;

    /// <summary>The mandate in force today of each operation (ShowOperation), by operation id; null where none is.</summary>
    public IReadOnlyDictionary<string, MandateOutput?> InForce { get; private set; } = null!;

    /// <summary>
    /// Each operation as ShowOperation gives it today (its chain, its deployments without consent), by id.
    /// </summary>
    public IReadOnlyDictionary<string, ShowOutput> Shown { get; private set; } = null!;

    /// <summary>How far ahead a deadline keeps an operation without a mandate in force among the main ones.</summary>
    public const int Ahead = 90;

    /// <summary>
    /// Whether an operation belongs among the main ones: a mandate in force, or a deadline in the next
    /// <see cref="Ahead"/> days. The others (ended, or not begun with nothing due) fold into a compact table.
    /// </summary>
    public bool Main(OperationStatusOutput op) => op.Phase == "current" || op.NextDeadline is { } d
        && string.CompareOrdinal(d.Date, List.Date) >= 0 && string.CompareOrdinal(d.Date, Horizon) <= 0;

    /// <summary>The last day of the coming <see cref="Ahead"/> days, YYYY-MM-DD.</summary>
    private string Horizon => NodaTime.Text.LocalDatePattern.Iso.Format(
        NodaTime.Text.LocalDatePattern.Iso.Parse(List.Date).Value + Period.FromDays(Ahead));

    public void OnGet()
    {
        (List, Today, Shown) = Api.Ledger(HttpContext).Read(Api.Caller(HttpContext), session =>
        {
            var today = session.Caller.Today;
            var list = ListOutput.Of(ListOperations.Run(session, new ListRequest(today)));
            var strength = list.Operations.ToDictionary(o => o.Operation, o => ReadStrength.Run(session,
                new StrengthRequest(o.Operation, new DateInterval(today, today))).Stretches
                .Select(StretchOutput.Of).FirstOrDefault());
            var shown = list.Operations.ToDictionary(o => o.Operation,
                o => ShowOutput.Of(ShowOperation.Run(session, new ShowRequest(o.Operation, today))));
            return (list, (IReadOnlyDictionary<string, StretchOutput?>)strength,
                (IReadOnlyDictionary<string, ShowOutput>)shown);
        });
        InForce = Shown.ToDictionary(s => s.Key, s => s.Value.Chain.FirstOrDefault(m => m.Id == s.Value.InForce));
    }
}
