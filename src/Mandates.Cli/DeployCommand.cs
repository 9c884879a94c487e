using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.Law;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates deploy KFOR --person P-4711 --task reconnaissance --from 2025-07-01`: records a tour, if the law
/// allows it on every day it covers.
/// </summary>
internal static class DeployCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string>("operation") { Description = "The operation, e.g. KFOR." };
        var person = new Option<string>("--person")
        {
            Description = "The person's pseudonymous service identifier (never a name), e.g. P-4711.", Required = true,
        };
        var task = new Option<string>("--task")
        {
            Description = "The task: its key in the mandate (any case) or its title, e.g. reconnaissance.",
            Required = true,
        };
        var area = new Option<string?>("--area")
        {
            Description = "The place: its key in the mandate (any case) or its title, e.g. kosovo. Without it, "
                + "the tour is not checked for place.",
        };
        var from = new Option<string>("--from")
        {
            Description = "The first day of service (YYYY-MM-DD).", Required = true,
        };
        var to = new Option<string?>("--to")
        {
            Description = "The last day of service, inclusive. Default: open until ended, and checked on every day "
                + "to come, so a time-limited mandate refuses an open tour: give its last day.",
        };
        var exception = new Option<string?>("--exception")
        {
            Description = "A ceiling exception clause the tour relies on above the ceiling: rotation, transfer or "
                + "emergency. Only where the mandate has that clause (`show` lists them); within the ceiling none "
                + "is needed, and naming one the mandate lacks is refused.",
        };
        var key = new Option<string?>("--key")
        {
            Description = "An idempotency key: the same key and content again returns the first result and "
                + "writes nothing.",
        };
        var command = new Command("deploy", "Record a tour. It is written only if it is authorised on every day it "
            + "covers; exit 0 written, 1 refused, 2 bad input.")
        {
            operation, person, task, area, from, to, exception, key,
        };
        OldNames.Keep(command, to, "--until");
        Completions.Operations(operation);
        Completions.Tasks(task, operation);
        Completions.Areas(area, operation);
        Completions.ExceptionKinds(exception);
        command.SetAction(parsed =>
        {
            var who = Arguments.Person("--person", parsed.GetValue(person)!);
            var first = Arguments.Date("--from", parsed.GetValue(from)!);
            var last = OldNames.Value(parsed, to) is { } t ? Arguments.Date("--to", t) : (NodaTime.LocalDate?)null;
            var relying = parsed.GetValue(exception) is { } e ? Arguments.ExceptionKind("--exception", e)
                : (CeilingExceptionKind?)null;
            var named = Arguments.Key(parsed.GetValue(key));
            var (duty, place) = (Arguments.Element("--task", parsed.GetValue(task))!,
                Arguments.Element("--area", parsed.GetValue(area)));
            CommandContext.BeforeWriting(parsed, "deploy");
            var result = DeployTour.Run(context.Session(parsed), new DeployTourRequest(parsed.GetValue(operation)!,
                who, duty, first, last, place, relying, named));
            return WriteView.Show(context.Output, result, parsed.GetValue(CliApp.JsonOption));
        });
        return command;
    }
}
