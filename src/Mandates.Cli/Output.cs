using System.Text.Json;
using Mandates.Core.Law;
using Spectre.Console;

namespace Mandates.Cli;

/// <summary>
/// Where a command writes: a Spectre console for people (colours only on a terminal) and the raw writer for
/// JSON; progress bars go to the error stream, so that the answer on stdout stays clean when redirected.
/// </summary>
internal sealed class Output(TextWriter writer, bool isTerminal, TextWriter? error = null, bool errorIsTerminal = false)
{
    public TextWriter Writer { get; } = writer;

    /// <summary>Whether a person watches stdout: colours are used only then.</summary>
    public bool IsTerminal { get; } = isTerminal;

    /// <summary>
    /// Runs long work with a progress bar on stderr when a person watches it (unless JSON is asked for), and
    /// silently otherwise. <paramref name="work"/> reports progress as a fraction from 0 to 1.
    /// </summary>
    public T WithProgress<T>(string description, bool json, Func<Action<double>, T> work)
    {
        if (progress is null || json) return work(_ => { });
        return progress.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask(Markup.Escape(description), maxValue: 1.0);
            var result = work(fraction => task.Value = fraction);
            task.Value = 1.0;
            return result;
        });
    }

    public IAnsiConsole Console { get; } = CreateConsole(writer, isTerminal);

    private readonly IAnsiConsole? progress = error is not null && errorIsTerminal ? CreateConsole(error, true) : null;

    private static IAnsiConsole CreateConsole(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = isTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!isTerminal) console.Profile.Width = 140;
        return console;
    }

    public void Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping
        }))
            write(json);
        Writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Which state of the ledger an answer reads: "as known now", or "as recorded at" an instant.</summary>
    public static string Known(NodaTime.Instant? asRecordedAt) =>
        asRecordedAt is { } at
            ? $"as recorded at {NodaTime.Text.InstantPattern.ExtendedIso.Format(at)}"
            : "as known now";

    public static string Date(NodaTime.LocalDate? day) => day is null ? "" : Days.Format(day);

    /// <summary>A fact's text, marked when its source does not confirm it.</summary>
    public static string Marked(string text, Source source) => source.Verified ? text : text + " [unverified]";
}
