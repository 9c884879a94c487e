using System.Net;
using Mandates.Core.Dip;

namespace Mandates.Cli;

/// <summary>
/// DIP's API over HTTP: its address from MANDATES_DIP_URL (default the Bundestag's server), the API key from
/// MANDATES_DIP_API_KEY, sent in the Authorization header as DIP's specification asks (<c>ApiKey KEY</c>).
/// </summary>
internal sealed class HttpDipServer(string address, string key) : IDipServer, IDisposable
{
    /// <summary>The server DIP's specification names.</summary>
    public const string Default = "https://search.dip.bundestag.de/api/v1";

    private readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The server the environment names, or refuses the command before any request.</summary>
    public static HttpDipServer FromEnvironment()
    {
        var key = Environment.GetEnvironmentVariable("MANDATES_DIP_API_KEY");
        if (string.IsNullOrWhiteSpace(key))
            throw new BadInputException("MANDATES_DIP_API_KEY: missing; expected DIP's API key "
                + "(dip.bundestag.de/über-dip/hilfe/api says how to apply for one), set in the environment.");
        var address = Environment.GetEnvironmentVariable("MANDATES_DIP_URL") is { Length: > 0 } url ? url : Default;
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new BadInputException($"MANDATES_DIP_URL: '{Arguments.Shown(address)}' is not an address; "
                + $"expected an http(s) address, e.g. {Default}.");
        return new HttpDipServer(address.TrimEnd('/'), key.Trim());
    }

    public string Get(string kind, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var uri = $"{address}/{kind}?"
            + string.Join("&", query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("Authorization", $"ApiKey {key}");
        request.Headers.Accept.ParseAdd("application/json");
        try
        {
            using var response = client.Send(request);
            var text = new StreamReader(response.Content.ReadAsStream()).ReadToEnd();
            if (response.StatusCode != HttpStatusCode.OK)
                throw new BadInputException($"DIP at {address} answered {(int)response.StatusCode} "
                    + $"({response.ReasonPhrase}) to {kind}: {Arguments.Shown(text)}. Nothing was written.");
            return text;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new BadInputException($"DIP at {address} could not be reached: {e.Message} Nothing was written.");
        }
    }

    public void Dispose() => client.Dispose();
}
