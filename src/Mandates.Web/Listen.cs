using Mandates.Core.Problems;

namespace Mandates.Web;

/// <summary>The addresses a server may listen on, checked before anything is opened.</summary>
public static class Listen
{
    /// <summary>
    /// The URLs of --urls (separated by ';'), each absolute, http or https, with a host and no path; throws a
    /// <see cref="ProblemException"/> naming <c>urls</c> otherwise.
    /// </summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var urls = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0) throw Bad(text, "names no address");
        foreach (var url in urls)
        {
            // Kestrel's wildcards (http://*:5000, http://+:5000) are not URIs; they mean every address.
            var probe = url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0");
            if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw Bad(url, "is not an http or https address");
            if (uri.AbsolutePath != "/") throw Bad(url, "has a path; the API is served under /api of the address");
        }
        return urls;
    }

    private static ProblemException Bad(string value, string says) =>
        new(Problem.Expecting("urls", value, $"{says}", $"an address such as http://127.0.0.1:5000",
            "http://127.0.0.1:5000"));
}
