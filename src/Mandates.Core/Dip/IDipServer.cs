namespace Mandates.Core.Dip;

/// <summary>
/// DIP's API as a host reaches it (over HTTP, with the API key): Core asks for one list page at a time and does
/// no I/O of its own.
/// </summary>
public interface IDipServer
{
    /// <summary>
    /// The answer to <c>GET /{kind}?{query}</c>: a list response as JSON text. A server that cannot be reached or
    /// refuses the request throws, saying why.
    /// </summary>
    /// <param name="kind">The list asked for: vorgang, vorgangsposition or drucksache.</param>
    /// <param name="query">The query's parameters, in order (a parameter may repeat).</param>
    string Get(string kind, IReadOnlyList<KeyValuePair<string, string>> query);
}
