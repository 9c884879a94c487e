using System.Text.Json;
using Mandates.Core.Law;
using Spectre.Console;

namespace Mandates.Cli;

/// <summary>Where a command writes: a Spectre console for people (colours only on a terminal) and the raw writer for JSON.</summary>
internal sealed class Output(TextWriter writer, bool isTerminal)
{
    public TextWriter Writer { get; } = writer;

    public IAnsiConsole Console { get; } = CreateConsole(writer, isTerminal);

    private static IAnsiConsole CreateConsole(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        if (!isTerminal) console.Profile.Width = 140;
        return console;
    }

    public void Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(json);
        Writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static string Date(NodaTime.LocalDate? day) => day is null ? "" : Days.Format(day);

    /// <summary>A fact's text, marked when its source does not confirm it.</summary>
    public static string Marked(string text, Source source) => source.Verified ? text : text + " [unverified]";
}
