using Mandates.Core.Law;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace Mandates.Core.Records;

/// <summary>Reads <see cref="RecordLoader.CalendarFile"/>: the Bundestag's sitting weeks, in order.</summary>
internal static class SittingCalendarReader
{
    public static SittingCalendar? Read(YamlFields f)
    {
        var source = f.RequiredSource();
        var weeks = new List<SittingWeek>();
        foreach (var w in f.Items("weeks", required: true,
                     expected: "a list of sitting weeks {from, to, sitting-days}"))
        {
            var from = w.Date("from", true);
            var to = w.Date("to", true);
            var days = new List<LocalDate>();
            foreach (var (text, node, field) in
                     w.Words("sitting-days", "a list of calendar days like [2025-05-21, 2025-05-22]"))
            {
                if (YamlFields.ParseDate(text) is not { } day
                    || node is YamlScalarNode scalar && YamlFields.IsText(scalar))
                    w.Error(node, field, text, YamlFields.DateExpected + ", written without quotes");
                // Against a week whose days are out of order, every day would be wrong: the week's 'to' is
                // refused instead.
                else if (from is { } a && to is { } b && a <= b && (day < a || day > b))
                    w.Error(node, field, text, $"a day within the week {Days.Format(a)} to {Days.Format(b)}");
                else days.Add(day);
            }
            var provenance = w.Provenance();
            w.Done();
            if (from is { } x && to is { } y && y < x)
                w.ErrorAt("to", Days.Format(y), $"a day on or after 'from' ({Days.Format(x)})");
            else if (from is { } f0 && weeks.Count > 0 && f0 <= weeks[^1].To)
                w.ErrorAt("from", Days.Format(f0),
                    $"a day after the previous week ends ({Days.Format(weeks[^1].To)}): "
                    + "weeks are listed in order, without overlap");
            else if (from is not null && to is not null && days.Count == 0)
                w.ErrorAt("sitting-days", null, "at least one sitting day");
            else if (from is not null && to is not null)
                weeks.Add(new SittingWeek(from.Value, to.Value, days.ToValueList()) { Provenance = provenance });
        }
        f.Done();
        return new SittingCalendar(source, weeks.ToValueList());
    }
}
