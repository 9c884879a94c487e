using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core;
using Mandates.Core.Records;
using NodaTime;

namespace Mandates.Cli;

/// <summary>
/// `mandates record vote --mandate KFOR-2026 --date 2026-06-25 --result adopted --yes 400 … --source "…"`:
/// records a decision. The changed record file becomes a new ledger entry superseding the old one;
/// every fact names its source.
/// </summary>
internal static class RecordCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("record", "Record a decision: a new motion, a cabinet decision, a plenary vote, a demand for debate (§ 4), a revocation (§ 8), or a change to a legal act. Each names its source.");
        command.Subcommands.Add(Motion(context));
        command.Subcommands.Add(Cabinet(context));
        command.Subcommands.Add(Vote(context));
        command.Subcommands.Add(Objection(context));
        command.Subcommands.Add(Revocation(context));
        command.Subcommands.Add(ActChange(context));
        return command;
    }

    private static Option<string> Source() => new("--source") { Description = "The document this fact comes from: a link or a citation.", Required = true };
    private static Option<string> MandateOption() => new("--mandate") { Description = "The mandate, e.g. KFOR-2025.", Required = true };
    private static Option<string> DateOption(string name = "--date") => new(name) { Description = "The day (YYYY-MM-DD).", Required = true };

    private static Command Motion(CommandContext context)
    {
        var operation = new Argument<string>("operation") { Description = "The operation, e.g. KFOR." };
        var mandate = new Option<string>("--mandate") { Description = "The new mandate's id, e.g. KFOR-2026.", Required = true };
        var document = new Option<string>("--document") { Description = "The motion's printed paper, e.g. Drucksache 21/999.", Required = true };
        var distributed = new Option<string?>("--distributed") { Description = "The day the motion was distributed. Required with --procedure simplified: the 7 days for a demand for debate (§ 4 ParlBG) count from it." };
        var procedure = new Option<string?>("--procedure") { Description = "regular (default), simplified or subsequent-approval." };
        var extension = new Option<bool>("--extension") { Description = "The motion extends the previous mandate (§ 7 ParlBG)." };
        var start = new Option<string?>("--start") { Description = "The first day it authorises (subsequent approval: the day the deployment began)." };
        var end = new Option<string?>("--end") { Description = "No later than this day, or 'open'. Required where the mandate last consented to is time-limited; else default open." };
        var ceiling = new Option<string?>("--ceiling") { Description = "The ceiling. Default: that of the mandate last consented to." };
        var source = Source();
        var command = new Command("motion", "A new government motion for an operation: a new mandate with the terms of the one last consented to (tasks, areas, capabilities, "
            + "legal bases, ceiling exceptions, the official it empowers, and its ceiling unless --ceiling is given). Its end is --end, required where that mandate is "
            + "time-limited. Other terms are changed in the record file: `mandates export DIR`, edit, `mandates import DIR`.")
        {
            operation, mandate, document, distributed, procedure, extension, start, end, ceiling, source,
        };
        command.SetAction(parsed =>
        {
            // Every value is read before the store is opened (and, on first use, filled): bad input writes nothing.
            var id = Arguments.MandateId("--mandate", parsed.GetValue(mandate)!);
            var sourceText = Arguments.Source("--source", parsed.GetValue(source)!);
            var provenance = new Provenance(sourceText);
            var proc = parsed.GetValue(procedure) is { } p ? Arguments.Word("--procedure", p, RecordLoader.Procedures) : Procedure.Regular;
            var endText = parsed.GetValue(end);
            var endDay = endText is null ? null : Arguments.DayOrOpen("--end", endText);
            var ceilingGiven = parsed.GetValue(ceiling) is { } c ? Arguments.Ceiling("--ceiling", c) : null;
            var printed = Arguments.Text("--document", parsed.GetValue(document)!, "the motion's printed paper, e.g. Drucksache 21/999");
            var distributedOn = parsed.GetValue(distributed) is { } d ? Decided(context, "--distributed", d) : (LocalDate?)null;
            // Under § 5 the start is the day the deployment began: a fact, so no later than today.
            var startOn = parsed.GetValue(start) is { } s ? proc == Procedure.SubsequentApproval ? Decided(context, "--start", s) : Arguments.Date("--start", s) : (LocalDate?)null;
            return Apply(context, parsed, record =>
            {
                var op = Arguments.Operation(record, parsed.GetValue(operation)!);
                if (record.FindMandate(id.Value) is { } taken)
                    throw new BadInputException($"--mandate: '{id}' is already a mandate in the record ({taken.Name}); expected a new id for a new motion, e.g. {op.Id}-{context.Today.Year + 1}.");
                // A printed paper is one motion: the same number twice is a typo, or the same motion recorded again.
                if (record.Mandates.FirstOrDefault(m => m.Document is { } other && string.Equals(other.Trim(), printed.Trim(), StringComparison.OrdinalIgnoreCase)) is { } same)
                    throw new BadInputException($"--document: '{Arguments.Shown(printed)}' is already the printed paper of {same.Name}; a Drucksache is one motion: expected the new motion's own number, e.g. Drucksache 21/999.");
                // The terms a motion takes over are those the Bundestag last consented to, not a rejected motion's.
                var previous = Core.Rules.Chain.LastConsentedTo(op) ?? op.Mandates.LastOrDefault()
                    ?? throw new BadInputException($"operation: '{op.Id}' has no mandate to take terms from; add its first mandate to the record file.");
                // An end is part of what a motion states (§ 3(2) ParlBG, the planned duration). Taking over a
                // time-limited mandate's end would give a motion that is decided after it nothing to authorise.
                if (endText is null && previous.End is { } previousEnd)
                    throw new BadInputException($"--end: missing: {previous.Name} authorises no later than {Days.Format(previousEnd.Date)}, and a new motion states its own duration (§ 3(2) ParlBG); "
                        + $"expected the new mandate's last day, e.g. --end {Days.Format(previousEnd.Date.PlusYears(1))}, or --end open.");
                // Terms taken over from the previous mandate keep the source they came from, but that source
                // speaks of the previous mandate: until someone checks the new motion's text they are
                // unconfirmed for this one, and say so (the previous source's note spoke of its own mandate).
                var unconfirmed = $"Taken over from {previous.Name} when the motion {printed} was recorded; check it against that motion's text.";
                Provenance Kept(Provenance own) => new(own.Resolve(previous.Source).Reference, false, unconfirmed);
                var fresh = previous with
                {
                    Tasks = previous.Tasks.Select(t => t with { Provenance = Kept(t.Provenance) }).ToValueList(),
                    Areas = previous.Areas.Select(a => a with { Provenance = Kept(a.Provenance) }).ToValueList(),
                    Capabilities = previous.Capabilities.Select(c => c with { Provenance = Kept(c.Provenance) }).ToValueList(),
                    CeilingExceptions = previous.CeilingExceptions.Select(e => e with { Provenance = Kept(e.Provenance) }).ToValueList(),
                    AuthorisedOfficial = previous.AuthorisedOfficial is { } official ? official with { Provenance = Kept(official.Provenance) } : null,
                    // The mission, the planned duration, the legal bases and the acts it lasts as long as have no source
                    // of their own in a record: they take the mandate's, which is unconfirmed for them until checked.
                    Id = id, Procedure = proc, IsExtension = parsed.GetValue(extension),
                    Source = new Source(sourceText, false, $"The mission, the planned duration, the legal bases and the acts it lasts as long as were taken over from {previous.Name} when the motion {printed} was recorded; check them against that motion's text."),
                    Cabinet = null, Committee = null, Objection = null, Vote = null, Revocation = null, Costs = null,
                    // What the clerk states, from the source given.
                    Motion = new Core.Law.Motion(printed) { Distributed = distributedOn, Provenance = provenance },
                    Start = startOn is { } first ? new DatedFact(first, provenance) : null,
                    // Without --end, open as the previous mandate (a time-limited one is refused above).
                    End = endDay is { } last ? new DatedFact(last, provenance) : null,
                    // The previous motion's words on its duration describe its own end; they hold only for the same (open) end.
                    PlannedDuration = endDay is null && previous.End is null ? previous.PlannedDuration : null,
                    Ceiling = ceilingGiven is { } given ? given with { Provenance = provenance } : previous.Ceiling with { Provenance = Kept(previous.Ceiling.Provenance) },
                };
                Lawful(fresh, new() { ["motion.distributed"] = "--distributed", ["start"] = "--start", ["end"] = "--end" });
                return (RecordChanges.WithNewMandate(record, op.Id, fresh), $"motion {fresh.Name}");
            });
        });
        return command;
    }

    private static Command Cabinet(CommandContext context)
    {
        var (mandate, date, source) = (MandateOption(), DateOption(), Source());
        var command = new Command("cabinet", "The cabinet's decision on a motion.") { mandate, date, source };
        command.SetAction(parsed =>
        {
            var fact = new DatedFact(Decided(context, "--date", parsed.GetValue(date)!), new Provenance(Arguments.Source("--source", parsed.GetValue(source)!)));
            return Apply(context, parsed, record =>
            {
                var m = Arguments.Mandate(record, "--mandate", parsed.GetValue(mandate)!);
                // The cabinet decides a motion once; a second decision would silently rewrite the first.
                if (m.Cabinet is { } earlier)
                    throw new BadInputException($"--mandate: {m.Name} already has a cabinet decision ({Days.Format(earlier.Date)}); the cabinet decides a motion once. To correct it, edit the record file and `import` it.");
                var changed = Lawful(m with { Cabinet = fact }, new() { ["cabinet"] = "--date" });
                return (RecordChanges.WithMandate(record, m.Id, _ => changed), $"cabinet decision on {m.Id}");
            });
        });
        return command;
    }

    private static Command Vote(CommandContext context)
    {
        var (mandate, date, source) = (MandateOption(), DateOption(), Source());
        var result = new Option<string>("--result") { Description = "adopted or rejected.", Required = true };
        var yes = new Option<string?>("--yes") { Description = "Votes for. The counts are given all three (--yes, --no, --abstentions) or none." };
        var no = new Option<string?>("--no") { Description = "Votes against (with --yes and --abstentions)." };
        var abstentions = new Option<string?>("--abstentions") { Description = "Abstentions (with --yes and --no)." };
        var rollCall = new Option<bool>("--roll-call") { Description = "A recorded (roll-call) vote." };
        var command = new Command("vote", "The Bundestag's plenary vote on a motion.") { mandate, date, result, yes, no, abstentions, rollCall, source };
        command.SetAction(parsed =>
        {
            // Each count given is read first: a bad one is named as such, not as a count missing beside it.
            var counts = new[] { (yes, parsed.GetValue(yes)), (no, parsed.GetValue(no)), (abstentions, parsed.GetValue(abstentions)) }
                .Select(c => c.Item2 is { } text ? Arguments.Votes(c.Item1.Name, text) : (int?)null).ToArray();
            if (counts.Any(c => c is null) && counts.Any(c => c is not null))
                throw new BadInputException("--yes/--no/--abstentions: give all three counts or none, e.g. --yes 391 --no 189 --abstentions 2.");
            var vote = new PlenaryVote(Decided(context, "--date", parsed.GetValue(date)!), Arguments.Word("--result", parsed.GetValue(result)!, RecordLoader.VoteResults))
            {
                Yes = counts[0],
                No = counts[1],
                Abstentions = counts[2],
                RollCall = parsed.GetValue(rollCall),
                Provenance = new Provenance(Arguments.Source("--source", parsed.GetValue(source)!)),
            };
            if (vote.Yes + vote.No + vote.Abstentions is > PlenaryVote.MostMembers and var all)
                throw new BadInputException($"--yes/--no/--abstentions: {all:N0} votes in all; expected the counts of at most {PlenaryVote.MostMembers:N0} members together, e.g. --yes 391 --no 189 --abstentions 2.");
            return Apply(context, parsed, record =>
            {
                var m = Arguments.Mandate(record, "--mandate", parsed.GetValue(mandate)!);
                if (m.Vote is { } earlier)
                    throw new BadInputException($"--mandate: {m.Name} already has a vote ({Days.Format(earlier.Date)}); the Bundestag votes once on a motion.");
                var changed = Lawful(m with { Vote = vote }, new() { ["vote.date"] = "--date", ["vote.result"] = "--result" });
                return (RecordChanges.WithMandate(record, m.Id, _ => changed), $"vote on {m.Id}");
            });
        });
        return command;
    }

    private static Command Objection(CommandContext context)
    {
        var (mandate, date, source) = (MandateOption(), DateOption(), Source());
        var by = new Option<string>("--by") { Description = "Who demanded the debate: a parliamentary group, or 5 % of the members.", Required = true };
        var command = new Command("objection", "A demand for a plenary debate on a simplified motion (§ 4(1) ParlBG).") { mandate, date, by, source };
        command.SetAction(parsed =>
        {
            var who = Arguments.Text("--by", parsed.GetValue(by)!, "who demanded the debate, a parliamentary group or 5 % of the members, e.g. \"parliamentary group X\"");
            var objection = new Core.Law.Objection(Decided(context, "--date", parsed.GetValue(date)!), who)
            {
                Provenance = new Provenance(Arguments.Source("--source", parsed.GetValue(source)!)),
            };
            return Apply(context, parsed, record =>
            {
                var m = Arguments.Mandate(record, "--mandate", parsed.GetValue(mandate)!);
                // One demand is enough to send a simplified motion to the plenary; a second would silently rewrite the first.
                if (m.Objection is { } earlier)
                    throw new BadInputException($"--mandate: {m.Name} already has a demand for debate ({Days.Format(earlier.Date)}, by {earlier.By}); one demand sends the motion to the plenary.");
                var changed = Lawful(m with { Objection = objection }, new() { ["objection"] = "--mandate", ["objection.date"] = "--date" });
                // Recorded as made, but said aloud when it came too late to matter.
                var late = !changed.HasTimelyObjection && changed.ObjectionPeriodEnds is { } ended
                    ? $" (made after the period for it ended on {Days.Format(ended)}, so under § 4(1) ParlBG it does not stop the consent deemed given{(changed.ConsentBegins is { } b ? $" from {Days.Format(b)}" : "")})"
                    : "";
                return (RecordChanges.WithMandate(record, m.Id, _ => changed), $"demand for debate on {m.Id}{late}");
            });
        });
        return command;
    }

    private static Command Revocation(CommandContext context)
    {
        var (mandate, decided, source) = (MandateOption(), DateOption("--decided"), Source());
        var effective = new Option<string?>("--effective") { Description = "The day it takes effect. Default: the day decided." };
        var document = new Option<string?>("--document") { Description = "The printed paper of the decision." };
        var command = new Command("revocation", "The Bundestag withdraws its consent (§ 8 ParlBG).") { mandate, decided, effective, document, source };
        command.SetAction(parsed =>
        {
            var day = Decided(context, "--decided", parsed.GetValue(decided)!);
            var takesEffect = parsed.GetValue(effective) is { } e ? Arguments.Date("--effective", e) : day;
            if (takesEffect < day) throw new BadInputException($"--effective: '{Days.Format(takesEffect)}' is before --decided ({Days.Format(day)}); expected a day on or after it.");
            var revocation = new Core.Law.Revocation(day, takesEffect)
            {
                EffectiveStated = parsed.GetValue(effective) is not null,
                Document = parsed.GetValue(document) is { } d ? Arguments.Text("--document", d, "the printed paper of the decision, e.g. Drucksache 21/1234") : null,
                Provenance = new Provenance(Arguments.Source("--source", parsed.GetValue(source)!)),
            };
            return Apply(context, parsed, record =>
            {
                var m = Arguments.Mandate(record, "--mandate", parsed.GetValue(mandate)!);
                // Only the consent in force can be withdrawn: a mandate another has replaced by then governs nothing to revoke.
                var op = record.Operations.First(o => o.Mandates.Contains(m));
                if (Core.Rules.Chain.Governing(op, takesEffect) is { } governing && governing != m && m.ConsentBegins is { } began && began <= takesEffect)
                    throw new BadInputException($"--mandate: {m.Name} no longer governs {op.Id} on {Days.Format(takesEffect)}: {governing.Name} replaced it on {Days.Format(governing.ConsentBegins)}; "
                        + $"a revocation withdraws the consent in force: expected --mandate {governing.Id}.");
                // Consent is withdrawn once; a second revocation would silently rewrite the first.
                if (m.Revocation is { } earlier)
                    throw new BadInputException($"--mandate: {m.Name} is already revoked (decided {Days.Format(earlier.Decided)}{(earlier.Document is null ? "" : ", " + earlier.Document)}); the Bundestag withdraws its consent once.");
                var changed = Lawful(m with { Revocation = revocation }, new() { ["revocation.decided"] = "--decided", ["revocation"] = "--mandate" });
                return (RecordChanges.WithMandate(record, m.Id, _ => changed), $"revocation of {m.Id}");
            });
        });
        return command;
    }

    private static Command ActChange(CommandContext context)
    {
        var (date, source) = (DateOption(), Source());
        var act = new Option<string>("--act") { Description = "The legal act, e.g. unscr-1244.", Required = true };
        var change = new Option<string>("--change") { Description = "extended or terminated.", Required = true };
        var until = new Option<string>("--until") { Description = "The act's new last day in force (inclusive), or 'open' for an open-ended extension.", Required = true };
        var document = new Option<string?>("--document") { Description = "The decision's document, e.g. S/RES/9999 (2026)." };
        var command = new Command("act-change", "A legal act is extended or terminated, as decided on a day.") { act, date, change, until, document, source };
        command.SetAction(parsed =>
        {
            var kind = Arguments.Word("--change", parsed.GetValue(change)!, RecordLoader.ChangeKinds);
            var last = Arguments.DayOrOpen("--until", parsed.GetValue(until)!);
            if (kind == ValidityChangeKind.Terminated && last is null)
                throw new BadInputException("--until: a termination needs the act's last day in force, e.g. 2026-06-30.");
            var validity = new ValidityChange(Decided(context, "--date", parsed.GetValue(date)!), kind, last)
            {
                Document = parsed.GetValue(document) is { } d ? Arguments.Text("--document", d, "the decision's document, e.g. S/RES/9999 (2026)") : null,
                Provenance = new Provenance(Arguments.Source("--source", parsed.GetValue(source)!)),
            };
            return Apply(context, parsed, record =>
            {
                var actText = parsed.GetValue(act)!;
                var legalAct = record.LegalActs.FirstOrDefault(a => string.Equals(a.Id.Value, actText, StringComparison.OrdinalIgnoreCase))
                    ?? throw new BadInputException($"--act: '{Arguments.Shown(actText)}' is not in the record; known acts: {string.Join(", ", record.LegalActs.Select(a => a.Id))}.");
                // The same decision recorded again (a retry) would be a second change that changes nothing.
                if (legalAct.Changes.Contains(validity))
                    throw new BadInputException($"--act: {legalAct.Short} already has this change ({Days.Format(validity.Date)}, {parsed.GetValue(change)}, until {(last is { } l ? Days.Format(l) : "open")}); nothing was written.");
                Refuse(legalAct.ContradictionsOf(validity), new() { ["date"] = "--date", ["until"] = "--until" }, legalAct.Short);
                return (RecordChanges.WithActChange(record, legalAct.Id, validity), $"change to {legalAct.Short} ({parsed.GetValue(change)})");
            });
        });
        return command;
    }

    /// <summary>
    /// The day a decision was taken, which is no later than today: a decision is recorded once taken, and
    /// the law follows it at once, so a later day (a typo, or a vote still to come) would already change
    /// what every check answers. Today is the day in Berlin (<see cref="CommandContext.Today"/>).
    /// </summary>
    private static LocalDate Decided(CommandContext context, string option, string text)
    {
        var day = Arguments.Date(option, text);
        var today = context.Today;
        if (day > today)
            throw new BadInputException($"{option}: '{Days.Format(day)}' is after today ({Days.Format(today)} in Berlin); a decision is recorded once it is taken, and the law follows it at once: expected the day it was taken, up to today.");
        return day;
    }

    /// <summary>The mandate as changed, if the law allows its facts together (<see cref="Mandate.Contradictions"/>); else refused, naming the options that set them.</summary>
    private static Mandate Lawful(Mandate mandate, Dictionary<string, string> options)
    {
        Refuse(mandate.Contradictions(), options, mandate.Name);
        return mandate;
    }

    /// <summary>
    /// Refuses a change the law does not allow, naming for each contradiction the option that set one of
    /// the facts it involves (else the fact's field in the record, under <paramref name="block"/>).
    /// </summary>
    private static void Refuse(IReadOnlyList<Contradiction> contradictions, Dictionary<string, string> options, string block)
    {
        if (contradictions.Count == 0) return;
        var lines = contradictions.Select(c => new[] { c, c.Other }.OfType<Contradiction>().FirstOrDefault(x => options.ContainsKey(x.Field)) is { } typed
            ? $"{options[typed.Field]}: {typed}"
            : $"{block}, {c.Field}: {c}");
        throw new BadInputException(string.Join(Environment.NewLine + "  ", lines) + ". Nothing was written.");
    }

    /// <summary>
    /// The one way a decision is recorded: change the store's record, check the whole changed record
    /// as the loader would, and append the changed file as a new entry. Nothing is written on any problem.
    /// </summary>
    private static int Apply(CommandContext context, ParseResult parsed, Func<LegalRecord, (LegalRecord Changed, string What)> change)
    {
        CommandContext.BeforeWriting(parsed, "record");
        // The change is made to the law as the ledger holds it, and written only if nobody recorded another
        // meanwhile; else it is made again on the law as it then stands (another clerk's decision is kept).
        for (var attempt = 1; ; attempt++)
        {
            var record = context.Record(parsed);
            var basedOn = context.State(parsed).RecordChangedAt;
            (LegalRecord Changed, string What) result;
            try
            {
                result = change(record);
            }
            catch (ArgumentException e)
            {
                // Every rule is checked above with the options named; this is the last guard, and the
                // parameter name .NET appends means nothing to a user.
                throw new BadInputException($"the record cannot take this change: {e.Message.Replace($" (Parameter '{e.ParamName}')", "")} Nothing was written.");
            }
            var files = RecordWriter.Write(result.Changed);
            var check = RecordLoader.Load(files);
            if (!check.Succeeded)
                throw new BadInputException($"the record would not hold together; nothing was written:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", check.Errors));
            CommandContext.RefuseNewTies(record, check.Record!, "this decision");
            IReadOnlyList<LedgerEvent> appended;
            try
            {
                appended = context.ImportRecord(parsed, files, basedOn);
            }
            catch (LawChangedException) when (attempt < 5)
            {
                context.ForgetRecord();
                continue;
            }
            catch (LawChangedException changed)
            {
                throw new BadInputException($"the record kept changing while this change was made (last at ledger position {changed.Now}); nothing was written. Run the command again.");
            }
            var broken = appended.Count == 0 ? [] : AuditCommand.BroughtBy(context, record, check.Record!, context.State(parsed));
            return Report(context, parsed, result.What, appended, broken);
        }
    }

    private static int Report(CommandContext context, ParseResult parsed, string what, IReadOnlyList<LedgerEvent> appended, IReadOnlyList<Violation> broken)
    {
        if (parsed.GetValue(CliApp.JsonOption))
            context.Output.Json(j =>
            {
                j.WriteStartObject();
                j.WriteString("recorded", what);
                j.WriteStartArray("positions");
                foreach (var e in appended) j.WriteNumberValue(e.Position);
                j.WriteEndArray();
                j.WriteStartArray("toursNowBreakTheLaw");
                foreach (var v in broken) AuditCommand.Write(j, v, context.State(parsed));
                j.WriteEndArray();
                j.WriteEndObject();
            });
        else
        {
            context.Output.Writer.WriteLine(appended.Count == 0
                ? $"Nothing changed: the record already holds the {what}."
                : $"Recorded the {what} at ledger position {appended[^1].Position} ({string.Join(", ", appended.Select(e => LedgerPayload.Read<RecordEvents.FilePayload>(e).Path))}), superseding the earlier version.");
            AuditCommand.Warn(context, "this decision", broken);
        }
        return ExitCodes.Ok;
    }
}
