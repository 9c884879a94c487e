using Mandates.Core.Dip;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using Xunit;

namespace Mandates.Core.Tests.Dip;

/// <summary>Cursor paging as DIP's specification asks it, against a server in memory.</summary>
public class FetchDipTests
{
    /// <summary>A DIP server that answers with <paramref name="answer"/> and remembers every query.</summary>
    private sealed class Server(Func<string?, string> answer) : IDipServer
    {
        public List<string> Asked { get; } = [];

        public string Get(string kind, IReadOnlyList<KeyValuePair<string, string>> query)
        {
            Asked.Add($"{kind}?{string.Join("&", query.Select(q => $"{q.Key}={q.Value}"))}");
            return answer(query.FirstOrDefault(q => q.Key == "cursor").Value);
        }
    }

    private static string Page(string cursor, int documents)
    {
        var items = string.Join(",", Enumerable.Repeat("{}", documents));
        return $$"""{"numFound": 5, "cursor": "{{cursor}}", "documents": [{{items}}]}""";
    }

    [Fact]
    public void Every_request_repeats_every_filter_and_paging_stops_when_the_cursor_stays()
    {
        var server = new Server(cursor => cursor switch
        {
            null => Page("a", 3), "a" => Page("b", 2), _ => Page("b", 0),
        });
        var fetched = FetchDip.Run(server, new FetchDipRequest("vorgang", Document: "21/230", Term: 21,
            From: new(2025, 1, 1)));
        Assert.Equal([
            "vorgang?format=json&f.dokumentnummer=21/230&f.wahlperiode=21&f.datum.start=2025-01-01",
            "vorgang?format=json&f.dokumentnummer=21/230&f.wahlperiode=21&f.datum.start=2025-01-01&cursor=a",
            "vorgang?format=json&f.dokumentnummer=21/230&f.wahlperiode=21&f.datum.start=2025-01-01&cursor=b",
        ], server.Asked);
        Assert.Equal(["vorgang-1.json", "vorgang-2.json"], fetched.Pages.Select(p => p.Name));
        Assert.Equal(5, fetched.Documents);
    }

    [Fact]
    public void A_server_whose_cursor_never_stays_is_stopped()
    {
        var server = new Server(cursor => Page($"{cursor}x", 1));
        var problem = Assert.Throws<ProblemException>(() => FetchDip.Run(server, new("drucksache"))).Problem;
        Assert.Contains($"DIP sent {FetchDip.MostPages:N0} pages of drucksache with a new cursor each",
            problem.ToString());
        Assert.Equal(FetchDip.MostPages, server.Asked.Count);
    }

    [Fact]
    public void An_answer_that_is_no_list_is_refused()
    {
        var problem = Assert.Throws<ProblemException>(() =>
            FetchDip.Run(new Server(_ => """{"code": 401}"""), new("vorgang"))).Problem;
        Assert.StartsWith("DIP's answer to request 1 is not a list response", problem.ToString());
    }

    [Fact]
    public void An_unknown_list_is_refused_before_any_request()
    {
        var server = new Server(_ => Page("a", 0));
        var problem = Assert.Throws<ProblemException>(() => FetchDip.Run(server, new("aktivitaet"))).Problem;
        Assert.Equal("kind", problem.Field);
        Assert.Empty(server.Asked);
    }
}
