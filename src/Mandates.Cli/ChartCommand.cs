using System.CommandLine;
using System.Text;
using Mandates.Charts;
using Mandates.Core.Contracts;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates chart KFOR --out kfor.svg`: one operation's strength against its ceiling over time; `mandates chart
/// --timeline --out timeline.png`: every operation on one timeline. SVG or PNG, as the file's extension says.
/// </summary>
internal static class ChartCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string?>("operation")
        {
            Description = "The operation, e.g. KFOR (not with --timeline).", Arity = ArgumentArity.ZeroOrOne,
        };
        var timeline = new Option<bool>("--timeline")
        {
            Description = "Every operation on one timeline, coloured by lead organisation, ceilings labelled.",
        };
        var from = new Option<string?>("--from")
        {
            Description = "The first day drawn. Default: the operation's first authorised day "
                + "(a timeline: 1994-01-01).",
        };
        var to = new Option<string?>("--to")
        {
            Description = "The last day drawn, inclusive. Default: today (or the operation's last authorised day).",
        };
        var output = new Option<string?>("--out") { Description = "The file to write: FILE.svg or FILE.png (new)." };
        var width = new Option<string?>("--width")
        {
            Description = "Width in pixels (200 to 8000). Default: 900, a timeline 1200.",
        };
        var height = new Option<string?>("--height")
        {
            Description = "Height in pixels (200 to 8000). Default: 360, a timeline 760.",
        };
        var command = new Command("chart", "Draw an operation's strength against its ceiling over time (ceiling steps, "
            + "ledger and reported strength, mandates, votes, exceptions), or every operation on a timeline, as SVG or "
            + "PNG.")
        {
            operation, timeline, from, to, output, width, height,
        };
        Completions.Operations(operation);
        command.SetAction(parsed =>
        {
            var whole = parsed.GetValue(timeline);
            var id = parsed.GetValue(operation);
            if (whole && id is not null)
                throw new BadInputException($"operation: '{Arguments.Shown(id)}' and --timeline: give an operation, "
                    + "or --timeline for every operation, not both.");
            if (!whole && id is null)
                throw new BadInputException("operation: expected an operation to chart, e.g. KFOR, "
                    + "or --timeline for every operation.");
            var first = parsed.GetValue(from) is { } f ? Arguments.Date("--from", f) : (NodaTime.LocalDate?)null;
            var last = parsed.GetValue(to) is { } t ? Arguments.Date("--to", t) : (NodaTime.LocalDate?)null;
            var fallback = whole ? ChartSize.Timeline : ChartSize.Strength;
            var size = new ChartSize(Pixels(parsed.GetValue(width), "width", fallback.Width),
                Pixels(parsed.GetValue(height), "height", fallback.Height));
            var file = ChartFile.Of(parsed.GetValue(output));
            var session = context.Session(parsed);
            byte[] drawn;
            string what;
            NodaTime.DateInterval drawnDays;
            string? drawnOperation = null;
            if (whole)
            {
                var data = ChartTimeline.Run(session, new TimelineRequest(first, last));
                drawn = file.IsPng ? TimelineChart.Png(data, size)
                    : Encoding.UTF8.GetBytes(TimelineChart.Svg(data, size));
                what = $"every operation ({data.Operations.Count}) on a timeline, {Days(data.Period)}";
                drawnDays = data.Period;
            }
            else
            {
                var data = ChartStrength.Run(session, new ChartStrengthRequest(id!, first, last));
                drawn = file.IsPng ? StrengthChart.Png(data, size)
                    : Encoding.UTF8.GetBytes(StrengthChart.Svg(data, size));
                what = $"{data.Operation}'s strength against its ceiling, {Days(data.Period)}";
                (drawnDays, drawnOperation) = (data.Period, data.Operation);
            }
            file.Write(drawn);
            if (parsed.GetValue(CliApp.JsonOption))
                context.Output.Writer.WriteLine(Contract.Write(new ChartOutput(Contract.SchemaVersion,
                    Path.GetFullPath(file.Path), file.IsPng ? "png" : "svg", whole ? "timeline" : "strength",
                    drawnOperation, Core.Law.Days.Format(drawnDays.Start), Core.Law.Days.Format(drawnDays.End),
                    size.Width, size.Height)));
            else
                context.Output.Writer.WriteLine(
                    $"Wrote {file.Path} ({(file.IsPng ? "PNG" : "SVG")}, {size.Width}×{size.Height}): {what}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Pixels(string? text, string field, int fallback)
    {
        if (text is null) return fallback;
        var n = Input.Count(field, text, fallback);
        return n is >= ChartSize.Smallest and <= ChartSize.Largest ? n
            : throw new ProblemException(Problem.Expecting(field, text,
                $"is not a size a chart can have", $"{ChartSize.Smallest} to {ChartSize.Largest} pixels",
                fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Days(NodaTime.DateInterval days) =>
        $"{Core.Law.Days.Format(days.Start)} to {Core.Law.Days.Format(days.End)}";
}
