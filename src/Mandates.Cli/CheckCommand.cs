using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Rules;
using Mandates.Core.Contracts;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using Mandates.Cli.Views;
using Spectre.Console;

namespace Mandates.Cli;

/// <summary>
/// `mandates check KFOR --from 2025-07-01 --add 50 --task reconnaissance`: may this deployment go ahead?
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string>("operation") { Description = "The operation, e.g. KFOR." };
        var from = new Option<string?>("--from") { Description = "The first day (YYYY-MM-DD). Default: today." };
        var to = new Option<string?>("--to") { Description = "The last day, inclusive. Default: the first day." };
        var add = new Option<string?>("--add") { Description = "How many more persons to deploy. Default: 0." };
        var task = new Option<string?>("--task")
        {
            Description = "The task: its key in the mandate (any case) or its title, e.g. reconnaissance.",
        };
        var area = new Option<string?>("--area")
        {
            Description = "The place: its key in the mandate (any case) or its title, e.g. kosovo. "
                + "Without it, the request is not checked for place.",
        };
        var strength = new Option<string?>("--strength")
        {
            Description = "Persons already deployed on each of those days, instead of the ledger's strength (what-if).",
        };
        var exception = new Option<string?>("--exception")
        {
            Description = "A ceiling exception clause the request relies on above the ceiling: rotation, transfer or "
                + "emergency. Only where the mandate has that clause (`show` lists them); within the ceiling none is "
                + "needed, and naming one the mandate lacks is refused.",
        };

        var command = new Command("check",
            "May this deployment go ahead on these days? Exit 0 if authorised, 1 if refused.")
        {
            operation, from, to, add, task, area, strength, exception,
        };
        Completions.Operations(operation);
        Completions.Tasks(task, operation);
        Completions.Areas(area, operation);
        Completions.ExceptionKinds(exception);
        OldNames.Keep(command, from, "--on");
        OldNames.Keep(command, to, "--until");
        command.SetAction(parsed =>
        {
            var first = OldNames.Value(parsed, from) is { } f ? Arguments.Date("--from", f) : context.Today;
            var last = OldNames.Value(parsed, to) is { } t ? Arguments.Date("--to", t) : first;
            if (last < first)
                throw new ProblemException(Problem.Saying("to", Output.Date(last), Problem.Join(
                    $"'{Output.Date(last)}' is before {Problem.Named("from")} ({Output.Date(first)}); ",
                    $"expected a day on or after it.")));
            var persons = parsed.GetValue(add) is { } a ? Arguments.Persons("--add", a) : 0;
            var deployed = parsed.GetValue(strength) is { } s ? Arguments.Persons("--strength", s) : (int?)null;
            var relying = parsed.GetValue(exception) is { } e
                ? Arguments.ExceptionKind("--exception", e) : (CeilingExceptionKind?)null;
            var duty = Arguments.Element("--task", parsed.GetValue(task));
            var place = Arguments.Element("--area", parsed.GetValue(area));
            var answer = CheckDeployment.Run(context.Session(parsed), new CheckRequest(parsed.GetValue(operation)!,
                new NodaTime.DateInterval(first, last), persons, duty, place, deployed, relying));
            if (parsed.GetValue(CliApp.JsonOption)) DecisionView.Json(context.Output, answer.Decision, persons);
            else DecisionView.Answer(context.Output, answer.Decision, answer.Request, answer.Clause);
            return answer.Decision.Authorised ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }
}
