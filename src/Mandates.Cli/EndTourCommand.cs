using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates end-tour --person P-4711 --on 2025-09-30`: the person's tour covering that day ends on it (the last
/// day of service), or the tour that ended before it runs on to it.
/// </summary>
internal static class EndTourCommand
{
    public static Command Create(CommandContext context)
    {
        var person = new Option<string>("--person")
        {
            Description = "The person's pseudonymous service identifier, e.g. P-4711.", Required = true,
        };
        var on = new Option<string>("--on")
        {
            Description = "The last day of service, inclusive (YYYY-MM-DD).", Required = true,
        };
        var key = new Option<string?>("--key") { Description = "An idempotency key." };
        var command = new Command("end-tour",
            "Set the last day of service of the person's tour: the tour covering that day ends on it; or, if none "
            + "does, the person's latest tour that ended before it runs on to it (an extension, lawful on every day "
            + "added). Exit 0 written, 1 refused by the law, 2 bad input.") { person, on, key };
        command.SetAction(parsed =>
        {
            var who = Arguments.Person("--person", parsed.GetValue(person)!);
            var day = Arguments.Date("--on", parsed.GetValue(on)!);
            var named = Arguments.Key(parsed.GetValue(key));
            CommandContext.BeforeWriting(parsed, "end-tour");
            var result = EndTour.Run(context.Session(parsed), new EndTourRequest(who, day, named));
            return WriteView.Show(context.Output, result, parsed.GetValue(CliApp.JsonOption));
        });
        return command;
    }
}
