using Mandates.Core.Access;
using Mandates.Core.Contracts;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.UseCases;
using Mandates.Web.Apis;
using Mandates.Web.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Mandates.Web.Pages;

/// <summary>
/// One operation: the chain of mandates (ShowOperation), strength against the ceiling over time (ReadStrength), the
/// tours serving today (ListTours), and the forms the user's role may use: deploy and end a tour (operations), record
/// a vote (parliament). Every write goes through the same use cases as the API, under the signed-in user.
/// </summary>
public sealed class OperationModel : PageModel
{
    /// <summary>How far back and ahead of today the chart reaches.</summary>
    private static readonly Period Back = Period.FromDays(365), Ahead = Period.FromDays(90);

    public ShowOutput Show { get; private set; } = null!;

    public StrengthOutput Strength { get; private set; } = null!;

    /// <summary>What the chart of strength against the ceiling draws, over the same days as
    /// <see cref="Strength"/>.</summary>
    public StrengthChartData Chart { get; private set; } = null!;

    /// <summary>The chain of mandates on a timeline, a row per mandate, from the first one's consent to
    /// today.</summary>
    public TimelineData Chain { get; private set; } = null!;

    public StretchOutput? Today { get; private set; }

    public IReadOnlyDictionary<string, int> ByTask { get; private set; } = new Dictionary<string, int>();

    public ToursOutput Tours { get; private set; } = null!;

    /// <summary>The mandate in force today, if any.</summary>
    public MandateOutput? InForce => Show.Chain.FirstOrDefault(m => m.Id == Show.InForce);

    /// <summary>What the last form's POST came to; null on a GET.</summary>
    public FormAnswer? Answer { get; private set; }

    public IActionResult OnGet(string id) => Load(id) ? Page() : NotFound();

    /// <summary>
    /// The § 6 ParlBG briefing on the day asked (default today), the same document as `mandates report` and
    /// /api/operations/{id}/report.html, for a reader signed in to the dashboard: printable, or saved as PDF.
    /// </summary>
    public async Task<IActionResult> OnGetReportAsync(string id, string? on)
    {
        var caller = Api.Caller(HttpContext);
        try
        {
            var day = Api.Day("on", Forms.Given(on), caller.Today);
            var brief = Api.Ledger(HttpContext).Read(caller, session =>
                BriefOperation.Run(session, new BriefRequest(id, day)));
            return Content(await Mandates.Reports.BriefingDocument.Html(brief, caller.Today), "text/html; charset=utf-8");
        }
        catch (ProblemException e) when (e.Problem.Field == "operation") { return NotFound(); }
        catch (ProblemException e) { return BadRequest(e.Problem.Text(field => field)); }
    }

    public IActionResult OnPostDeploy(string id, string? person, string? task, string? area, string? from,
        string? to, string? key)
    {
        if (!PageAccess.May(User, Act.RecordTours)) return Forbid(PageAccess.Scheme);
        Answer = Attempt("deploy", () =>
        {
            var request = new DeployTourRequest(id,
                Input.Person("person", Api.Required("person", Forms.Given(person), "P-4711")),
                Input.Element("task", Api.Required("task", Forms.Given(task), "reconnaissance"))!,
                Input.Date("from", Api.Required("from", Forms.Given(from), "2025-07-01")),
                Forms.Given(to) is { } last ? Input.DayOrOpen("to", last) : null,
                Input.Element("area", Forms.Given(area)), null, Input.Key("key", Forms.Given(key)));
            return Of("deploy", Api.Ledger(HttpContext).Write(Api.Caller(HttpContext), s => DeployTour.Run(s, request)));
        });
        return Load(id) ? Page() : NotFound();
    }

    public IActionResult OnPostEnd(string id, string? tour, string? on, string? key)
    {
        if (!PageAccess.May(User, Act.RecordTours)) return Forbid(PageAccess.Scheme);
        Answer = Attempt("end", () =>
        {
            var request = new EndTourAtRequest(Input.Position("tour", Api.Required("tour", Forms.Given(tour), "42")),
                Input.Date("on", Api.Required("on", Forms.Given(on), "2025-12-31")), Input.Key("key", Forms.Given(key)));
            return Of("end", Api.Ledger(HttpContext).Write(Api.Caller(HttpContext), s => EndTour.Run(s, request)));
        });
        return Load(id) ? Page() : NotFound();
    }

    public IActionResult OnPostVote(string id, string? mandate, string? date, string? result, string? yes, string? no,
        string? abstentions, bool rollCall, string? source)
    {
        if (!PageAccess.May(User, Act.RecordDecisions)) return Forbid(PageAccess.Scheme);
        Answer = Attempt("vote", () =>
        {
            int? Count(string field, string? text) => Forms.Given(text) is { } n ? Input.Votes(field, n) : null;
            var request = new RecordVoteRequest(Api.Required("mandate", Forms.Given(mandate), "KFOR-2026"),
                Input.Date("date", Api.Required("date", Forms.Given(date), "2025-06-05")),
                Input.Word("result", Api.Required("result", Forms.Given(result), "adopted"), RecordLoader.VoteResults),
                Input.Source("source", Api.Required("source", Forms.Given(source), "Drucksache 21/230")),
                Count("yes", yes), Count("no", no), Count("abstentions", abstentions), rollCall);
            var recorded = Api.Ledger(HttpContext).Write(Api.Caller(HttpContext), s => RecordVote.Run(s, request));
            return new FormAnswer("vote", $"{recorded.Decision}: {recorded.Recorded}", null, null);
        });
        return Load(id) ? Page() : NotFound();
    }

    private static FormAnswer Attempt(string form, Func<FormAnswer> write)
    {
        try { return write(); }
        catch (ProblemException e) { return new FormAnswer(form, null, null, e.Problem); }
    }

    private static FormAnswer Of(string form, WriteResult result) => result.Outcome switch
    {
        WriteOutcome.Written w => new FormAnswer(form, $"#{w.Event.Position}", null, null),
        WriteOutcome.Refused r => new FormAnswer(form, null, DecisionOutput.Of(r.Decision, 1), null),
        WriteOutcome.Invalid i => new FormAnswer(form, null, null, i.Problem),
        _ => throw new InvalidOperationException($"Unknown outcome {result.Outcome}."),
    };

    /// <summary>Reads the operation's page; false for an operation the record does not hold.</summary>
    private bool Load(string id)
    {
        try
        {
            (Show, Strength, Today, ByTask, Tours, Chart, Chain) = Api.Ledger(HttpContext).Read(Api.Caller(HttpContext),
                session =>
            {
                var today = session.Caller.Today;
                var show = ShowOutput.Of(ShowOperation.Run(session, new ShowRequest(id, today)));
                var strength = StrengthOutput.Of(ReadStrength.Run(session,
                    new StrengthRequest(show.Operation, new DateInterval(today - Back, today + Ahead))));
                var now = ReadStrength.Run(session, new StrengthRequest(show.Operation, new DateInterval(today, today),
                    ByTask: true));
                var tours = ToursOutput.Of(ListTours.Run(session,
                    new ToursRequest(show.Operation, null, new DateInterval(today, today), null)));
                var chart = ChartStrength.Run(session,
                    new ChartStrengthRequest(show.Operation, today - Back, today + Ahead));
                var chain = ChartTimeline.Run(session, new TimelineRequest(null, today, show.Operation));
                return (show, strength, now.Stretches.Select(StretchOutput.Of).FirstOrDefault(),
                    now.ByTask ?? new Dictionary<string, int>(), tours, chart, chain);
            });
            return true;
        }
        catch (ProblemException) { return false; }
    }
}
