using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// `dip fetch` against a fake DIP server on this machine (never the network): every request repeats every filter
/// and the cursor before it, paging stops when the cursor no longer changes, and the pages saved import.
/// </summary>
[Collection(nameof(DipServerEnvironment))]
public sealed class DipFetchCommandTests() : StoreTests("dip-fetch"), IDisposable
{
    private HttpListener listener = new();
    private readonly List<(string Query, string? Key)> asked = [];
    private string address = "";

    /// <summary>Serves KFOR-2025's steps from the fixture as DIP would: two pages, then the cursor repeated.</summary>
    private void Serve()
    {
        var steps = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "tests", "fixtures", "dip",
            "kfor-2025.json")))!["documents"]!.AsArray();
        string Page(string cursor, params int[] items) => new JsonObject
        {
            ["numFound"] = 3, ["cursor"] = cursor,
            ["documents"] = new JsonArray([.. items.Select(i => steps[i]!.DeepClone())]),
        }.ToJsonString();
        for (var port = 18_000 + Random.Shared.Next(20_000); ; port++)
        {
            address = $"http://127.0.0.1:{port}/api/v1";
            listener.Prefixes.Clear();
            listener.Prefixes.Add(address + "/");
            try { listener.Start(); break; }
            catch (HttpListenerException)
            {
                // A port taken: a closed listener cannot be started again, so the next try needs a new one.
                listener.Close();
                listener = new();
            }
        }
        var serving = listener;
        _ = Task.Run(() =>
        {
            while (serving.IsListening)
            {
                HttpListenerContext call;
                try { call = serving.GetContext(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                var query = call.Request.Url!.Query;
                lock (asked) asked.Add((Uri.UnescapeDataString(query), call.Request.Headers["Authorization"]));
                var cursor = call.Request.QueryString["cursor"];
                var body = cursor switch { null => Page("c1", 0, 1), "c1" => Page("c2", 2), _ => Page("c2") };
                var bytes = System.Text.Encoding.UTF8.GetBytes(body);
                call.Response.ContentType = "application/json";
                call.Response.OutputStream.Write(bytes);
                call.Response.Close();
            }
        });
        Environment.SetEnvironmentVariable("MANDATES_DIP_URL", address);
        Environment.SetEnvironmentVariable("MANDATES_DIP_API_KEY", "test-key");
    }

    [Fact]
    public void Paging_repeats_every_filter_stops_when_the_cursor_stays_and_the_pages_import()
    {
        Serve();
        var pages = Path.Combine(folder, "pages");
        var run = Run("dip", "fetch", "vorgangsposition", "--document", "21/230", "--term", "21", "--out", pages);
        Assert.True(run.Exit == 0, run.Err);
        const string filters = "?format=json&f.dokumentnummer=21/230&f.wahlperiode=21";
        Assert.Equal([(filters, "ApiKey test-key"), (filters + "&cursor=c1", "ApiKey test-key"),
            (filters + "&cursor=c2", "ApiKey test-key")], asked);
        var saved = new[] { "vorgangsposition-1.json", "vorgangsposition-2.json" }.Select(f => Path.Combine(pages, f));
        Assert.Equal(saved, Directory.GetFiles(pages).Order());
        Assert.Contains("Saved 3 documents in 2 page(s)", run.Out);

        var import = Run(["dip", "import", .. saved]);
        Assert.True(import.Exit == 0, import.Err);
        Assert.Contains("KFOR-2025 motion.distributed: none → 2025-05-22", import.Out);
        // Fetched again into the same folder: no page is overwritten.
        var again = Run("dip", "fetch", "vorgangsposition", "--document", "21/230", "--term", "21", "--out", pages);
        Assert.Equal(2, again.Exit);
        Assert.Contains("is there already", again.Err);
    }

    [Fact]
    public void Without_an_API_key_nothing_is_asked()
    {
        Serve();
        Environment.SetEnvironmentVariable("MANDATES_DIP_API_KEY", null);
        var run = Run("dip", "fetch", "vorgang", "--out", Path.Combine(folder, "pages"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("error: MANDATES_DIP_API_KEY: missing; expected DIP's API key", run.Err);
        Assert.Empty(asked);
    }

    [Fact]
    public void A_filter_DIP_does_not_offer_for_the_list_is_bad_input_before_any_request()
    {
        Serve();
        var run = Run("dip", "fetch", "drucksache", "--proceedings", "318223", "--out", Path.Combine(folder, "p"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("error: --proceedings: DIP filters Drucksachen by no Vorgang", run.Err);
        Assert.Empty(asked);
    }

    public new void Dispose()
    {
        Environment.SetEnvironmentVariable("MANDATES_DIP_URL", null);
        Environment.SetEnvironmentVariable("MANDATES_DIP_API_KEY", null);
        if (listener.IsListening) listener.Stop();
        listener.Close();
        base.Dispose();
    }
}

/// <summary>Tests that set the DIP server's environment variables run one at a time.</summary>
[CollectionDefinition(nameof(DipServerEnvironment))]
public sealed class DipServerEnvironment;
