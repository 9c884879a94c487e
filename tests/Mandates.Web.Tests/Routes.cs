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
    ];

    private static string Decision(string field = "mandate\":\"NOPE-1") => $"{{\"{field}\"}}";
}
