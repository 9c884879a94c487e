using Mandates.Core.Access;

namespace Mandates.Web.Tests;

/// <summary>
/// Every route of the API with a request that reaches it, and the act it needs: the authorisation matrix and the
/// garbage test go through all of them, and a test holds this list to the routes the server maps.
/// </summary>
internal static class Routes
{
    public sealed record Route(string Method, string Template, string Path, string? Body, Act Act)
    {
        public override string ToString() => $"{Method} {Template}";
    }

    /// <summary>A tour body whose person is new each time, so that an allowed deploy is written.</summary>
    private static string NewTour() => Http.Tour("M-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant());

    public static IReadOnlyList<Route> All(long tour) =>
    [
        new("GET", "/api/operations/", "/api/operations", null, Act.Read),
        new("GET", "/api/operations/{id}", "/api/operations/KFOR", null, Act.Read),
        new("GET", "/api/operations/{id}/check", "/api/operations/KFOR/check?from=2025-07-01&add=1", null, Act.Read),
        new("GET", "/api/operations/{id}/strength", "/api/operations/KFOR/strength?from=2025-07-01", null, Act.Read),
        new("GET", "/api/operations/{id}/tours", "/api/operations/KFOR/tours?from=2025-07-01", null, Act.Read),
        new("GET", "/api/operations/{id}/report.html", "/api/operations/KFOR/report.html?on=2025-07-01", null, Act.Read),
        new("GET", "/api/deadlines", "/api/deadlines?from=2025-01-01", null, Act.Read),
        new("GET", "/api/deadlines.ics", "/api/deadlines.ics?from=2025-01-01&to=2025-12-31", null, Act.Read),
        new("GET", "/api/audit", "/api/audit", null, Act.Read),
        new("GET", "/api/verify", "/api/verify", null, Act.Read),
        new("GET", "/api/tours/{position}/history", $"/api/tours/{tour}/history", null, Act.Read),
        new("POST", "/api/tours/", "/api/tours", NewTour(), Act.RecordTours),
        new("POST", "/api/tours/{position}/end", $"/api/tours/{tour}/end", "{\"on\":\"2025-12-31\"}", Act.RecordTours),
        new("POST", "/api/tours/{position}/corrections", $"/api/tours/{tour}/corrections",
            "{\"from\":\"2025-07-02\",\"reason\":\"typed wrong\"}", Act.RecordTours),
        // Decisions on a mandate the record does not hold: a user allowed gets 400, which says the role reached it.
        new("POST", "/api/decisions/motion", "/api/decisions/motion", Decision("operation\":\"NOPE"), Act.RecordDecisions),
        new("POST", "/api/decisions/cabinet", "/api/decisions/cabinet", Decision(), Act.RecordDecisions),
        new("POST", "/api/decisions/vote", "/api/decisions/vote", Decision(), Act.RecordDecisions),
        new("POST", "/api/decisions/objection", "/api/decisions/objection", Decision(), Act.RecordDecisions),
        new("POST", "/api/decisions/revocation", "/api/decisions/revocation", Decision(), Act.RecordDecisions),
        new("POST", "/api/decisions/act-change", "/api/decisions/act-change", Decision("act\":\"nope"),
            Act.ChangeLegalActs),
        // A JSON body where a zip is expected: a user allowed gets 415, which says the role reached it.
        new("POST", "/api/import", "/api/import", "{}", Act.Import),
    ];

    private static string Decision(string field = "mandate\":\"NOPE-1") => $"{{\"{field}\"}}";

    /// <summary>
    /// A dashboard page (GET) or one of its forms (POST, <c>?handler=</c>), the page a form's token is taken from, the
    /// fields it posts and the act it needs. The fields are bad input the form names, so a role allowed gets the page
    /// back (200) and nothing is written.
    /// </summary>
    public sealed record PageRoute(string Method, string Template, string Path, Act Act, string? From = null,
        Dictionary<string, string>? Fields = null)
    {
        public override string ToString() => Method == "GET" && !Path.Contains("handler=") ? $"GET {Template}"
            : $"{Method} {Template}?handler={Path.Split("handler=")[1].Split('&')[0]}";

        /// <summary>The form's handler, for a POST.</summary>
        public string? Handler => Method == "GET" ? null : Path.Split("handler=")[1];
    }

    public static IReadOnlyList<PageRoute> Pages(long tour) =>
    [
        new("GET", "", "/", Act.Read),
        new("GET", "operations/{id}", "/operations/KFOR", Act.Read),
        new("GET", "operations/{id}", "/operations/KFOR?handler=Report&on=2025-07-01", Act.Read),
        new("GET", "operations/{id}/check", "/operations/KFOR/check?add=1", Act.Read),
        new("GET", "operations/{id}/decisions", "/operations/KFOR/decisions", Act.RecordDecisions),
        new("GET", "deadlines", "/deadlines", Act.Read),
        new("GET", "audit", "/audit", Act.Read),
        new("GET", "verify", "/verify", Act.Read),
        new("GET", "acts", "/acts", Act.Read),
        new("GET", "tours/{position}", $"/tours/{tour}", Act.Read),
        Form("operations/{id}", "/operations/KFOR?handler=Deploy", Act.RecordTours, "/operations/KFOR",
            ("person", "P-9400"), ("task", "reconnaissance"), ("from", "not-a-day")),
        Form("operations/{id}", "/operations/KFOR?handler=End", Act.RecordTours, "/operations/KFOR",
            ("tour", "x"), ("on", "2025-12-31")),
        Form("operations/{id}", "/operations/KFOR?handler=Vote", Act.RecordDecisions, "/operations/KFOR",
            ("mandate", "NOPE-1"), ("date", "2025-06-05"), ("result", "adopted"), ("source", "x")),
        Form("tours/{position}", $"/tours/{tour}?handler=Correct", Act.RecordTours, $"/tours/{tour}",
            ("reason", "typed wrong")),
        .. new[] { "Motion", "Cabinet", "Vote", "Objection", "Revocation" }.Select(handler =>
            Form("operations/{id}/decisions", $"/operations/KFOR/decisions?handler={handler}", Act.RecordDecisions,
                "/", ("mandate", "NOPE-1"), ("date", "2025-06-05"), ("result", "adopted"), ("by", "a group"),
                ("document", "Drucksache 21/1"), ("source", "x"))),
        Form("acts", "/acts?handler=Change", Act.ChangeLegalActs, "/acts", ("act", "nope"), ("date", "2025-06-05"),
            ("change", "extended"), ("until", "open"), ("source", "x")),
    ];

    private static PageRoute Form(string template, string path, Act act, string from,
        params (string Name, string Value)[] fields) =>
        new("POST", template, path, act, from, fields.ToDictionary(f => f.Name, f => f.Value));
}
