using Mandates.Core.Problems;

namespace Mandates.Cli;

/// <summary>
/// The file `chart --out` writes: its format from its extension (.svg or .png, any case), never one that exists,
/// and never half-written (written beside it under another name, then moved into place in one step).
/// </summary>
internal sealed record ChartFile(string Path, bool IsPng)
{
    /// <summary>The file named by --out, checked before anything is drawn.</summary>
    public static ChartFile Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ProblemException(Problem.Saying("out", text ?? "", Problem.Join(
                $"{Problem.Named("out")} is needed: the file to write the chart into; ",
                $"expected a file name ending in .svg or .png, e.g. kfor.svg."), $"a file name ending in .svg or .png",
                "kfor.svg"));
        var extension = System.IO.Path.GetExtension(text).ToLowerInvariant();
        if (extension is not (".svg" or ".png"))
            throw new ProblemException(Problem.Expecting("out", text,
                $"does not end in .svg or .png, which says the chart's format", $"a file name ending in .svg or .png",
                "kfor.svg"));
        if (File.Exists(text) || Directory.Exists(text))
            throw new ProblemException(Problem.Expecting("out", text, $"exists already, and a chart overwrites nothing",
                $"a new file", System.IO.Path.ChangeExtension(text, null) + "-2" + extension));
        return new ChartFile(text, extension == ".png");
    }

    /// <summary>Writes the chart: whole, or (on any failure) not at all.</summary>
    public void Write(byte[] content) => Csv.NewFile.Write("--out", Path, content);
}
