using Mandates.Core.Law;
using NodaTime;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mandates.Core.Records;

/// <summary>The outcome of loading a record: the record, or every problem found and no record at all.</summary>
public sealed record LoadResult(LegalRecord? Record, IReadOnlyList<LoadError> Errors)
{
    public bool Succeeded => Record is not null;
}

/// <summary>
/// Reads the record's YAML files (docs/record-format.md) into a <see cref="LegalRecord"/>. It checks
/// everything, reports each problem with file, line, column and field, and returns no record if any
/// file has a problem: a record is loaded whole or not at all.
/// </summary>
public static class RecordLoader
{
    public const string LegalActsFolder = "legal-acts/";
    public const string OperationsFolder = "operations/";
    public const string CalendarFile = "sitting-calendar.yaml";

    internal static readonly Dictionary<string, LegalActKind> ActKinds = new()
    {
        ["un-security-council-resolution"] = LegalActKind.UnSecurityCouncilResolution,
        ["nato-council-decision"] = LegalActKind.NatoCouncilDecision,
        ["eu-council-decision"] = LegalActKind.EuCouncilDecision,
        ["agreement"] = LegalActKind.Agreement,
        ["constitutional-provision"] = LegalActKind.ConstitutionalProvision,
        ["statute"] = LegalActKind.Statute,
    };

    /// <summary>The words the record format (and the command line) uses for these kinds.</summary>
    public static readonly IReadOnlyDictionary<string, ValidityChangeKind> ChangeKinds = new Dictionary<string, ValidityChangeKind>
    {
        ["extended"] = ValidityChangeKind.Extended,
        ["terminated"] = ValidityChangeKind.Terminated,
    };

    /// <summary>The words the record format (and the command line) uses for these kinds.</summary>
    public static readonly IReadOnlyDictionary<string, Procedure> Procedures = new Dictionary<string, Procedure>
    {
        ["regular"] = Procedure.Regular,
        ["simplified"] = Procedure.Simplified,
        ["subsequent-approval"] = Procedure.SubsequentApproval,
    };

    /// <summary>The words the record format (and the command line) uses for these kinds.</summary>
    public static readonly IReadOnlyDictionary<string, VoteResult> VoteResults = new Dictionary<string, VoteResult>
    {
        ["adopted"] = VoteResult.Adopted,
        ["rejected"] = VoteResult.Rejected,
    };

    /// <summary>The words the record format uses for a committee's recommendation.</summary>
    public static readonly IReadOnlyDictionary<string, VoteResult> Recommendations = new Dictionary<string, VoteResult>
    {
        ["adopt"] = VoteResult.Adopted,
        ["reject"] = VoteResult.Rejected,
    };

    /// <summary>The word of <paramref name="words"/> for <paramref name="value"/>: what the record format writes, and what JSON output says.</summary>
    public static string Word<T>(IReadOnlyDictionary<string, T> words, T value) where T : struct =>
        words.First(p => EqualityComparer<T>.Default.Equals(p.Value, value)).Key;

    internal static readonly IReadOnlyDictionary<string, CeilingExceptionKind> ExceptionKinds = CeilingExceptionWords.All;

    public static LoadResult Load(IEnumerable<RecordFile> files)
    {
        var errors = new List<LoadError>();
        var acts = new List<(LegalAct Act, YamlFields At)>();
        var operations = new List<(Operation Operation, YamlFields At, List<(LegalActId Id, YamlNode Node, string Field, string File)> References,
            List<(MandateId Id, YamlNode Node, string Field, string File)> MandateIds)>();
        SittingCalendar? calendar = null;

        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var fileErrors = new List<LoadError>();
            if (!file.Path.EndsWith(".yaml", StringComparison.Ordinal))
            {
                // Said rather than skipped: a file the author meant as part of the record must not silently go missing.
                errors.Add(new LoadError(file.Path, 1, 1, "(file)", file.Path, "a record file whose name ends in .yaml (rename it, e.g. operations/kfor.yml to operations/kfor.yaml)"));
                continue;
            }
            var root = ParseYaml(file, fileErrors);
            if (root is not null)
            {
                var fields = new YamlFields(file.Path, "", root, fileErrors);
                if (file.Path.StartsWith(LegalActsFolder, StringComparison.Ordinal))
                {
                    var act = ReadLegalAct(fields);
                    if (act is not null) acts.Add((act, fields));
                }
                else if (file.Path.StartsWith(OperationsFolder, StringComparison.Ordinal))
                {
                    var references = new List<(LegalActId, YamlNode, string, string)>();
                    var placedIds = new List<(MandateId, YamlNode, string, string)>();
                    var operation = ReadOperation(fields, references, placedIds);
                    if (operation is not null) operations.Add((operation, fields, references, placedIds));
                }
                else if (file.Path == CalendarFile)
                    calendar = ReadCalendar(fields);
                else
                    fileErrors.Add(new LoadError(file.Path, 1, 1, "(file)", file.Path,
                        $"a file in {LegalActsFolder}, in {OperationsFolder}, or {CalendarFile}"));
            }
            errors.AddRange(fileErrors);
        }

        // Across files: ids are unique, and every legal act a mandate names is in the record.
        var actIds = new HashSet<LegalActId>();
        foreach (var (act, at) in acts)
            if (!actIds.Add(act.Id))
                errors.Add(at.ErrorFor("id", act.Id.Value, "an id no other legal act has"));
        var operationIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Case ignored, as for operations: `--mandate kfor-2026` must not find one of two mandates.
        var mandateIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (operation, at, references, placed) in operations)
        {
            if (!operationIds.Add(operation.Id.Value))
                errors.Add(at.ErrorFor("id", operation.Id.Value, "an id no other operation has (case ignored)"));
            // The second use is the one to name: the first is where the id belongs so far.
            foreach (var (id, node, field, file) in placed)
                if (!mandateIds.TryAdd(id.Value, $"{file}:{node.Start.Line}"))
                    errors.Add(new LoadError(file, (int)node.Start.Line, (int)node.Start.Column, field, id.Value,
                        $"an id no other mandate has, case ignored (it is already used at {mandateIds[id.Value]})"));
            foreach (var (id, node, field, file) in references)
                if (!actIds.Contains(id))
                    errors.Add(new LoadError(file, (int)node.Start.Line, (int)node.Start.Column, field, id.Value,
                        $"the id of a legal act in {LegalActsFolder} (known: {string.Join(", ", actIds.Select(a => a.Value).Order(StringComparer.Ordinal))})"));
        }
        if (errors.Count > 0) return new LoadResult(null, errors);

        var record = new LegalRecord(
            acts.Select(a => a.Act).OrderBy(a => a.Id.Value, StringComparer.Ordinal).ToValueList(),
            operations.Select(o => o.Operation).OrderBy(o => o.Id.Value, StringComparer.Ordinal).ToValueList(),
            calendar ?? SittingCalendar.Empty);
        return new LoadResult(record, []);
    }

    /// <summary>What a record folder holds, in words for messages.</summary>
    public const string FolderHolds =
        "legal-acts/ (a .yaml file per legal act), operations/ (a .yaml file per operation, with its chain of mandates) and sitting-calendar.yaml (for § 7(2) ParlBG)";

    /// <summary>
    /// The parts a whole record (a record folder) must hold and <paramref name="files"/> lack: legal acts,
    /// operations, the sitting calendar. Empty when none is missing. <see cref="Load"/> itself also takes
    /// part of a record (one operation, say, for a test); a folder meant as the law must be whole.
    /// </summary>
    public static IReadOnlyList<string> MissingParts(IReadOnlyCollection<RecordFile> files)
    {
        var missing = new List<string>();
        if (!files.Any(f => f.Path.StartsWith(LegalActsFolder, StringComparison.Ordinal))) missing.Add(LegalActsFolder);
        if (!files.Any(f => f.Path.StartsWith(OperationsFolder, StringComparison.Ordinal))) missing.Add(OperationsFolder);
        // Named .yml it is still there, and the loader says how to name it.
        if (!files.Any(f => Path.GetFileNameWithoutExtension(f.Path) == Path.GetFileNameWithoutExtension(CalendarFile) && !f.Path.Contains('/'))) missing.Add(CalendarFile);
        return missing;
    }

    private static YamlMappingNode? ParseYaml(RecordFile file, List<LoadError> errors)
    {
        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(file.Text)));
        try
        {
            stream.Load(parser);
        }
        catch (InvalidOperationException e)
        {
            // Seen where a tab begins the line after a plain text in a flow list ("[a,\n\tb]"): name that tab, if the line has one.
            if (TabInIndentation(file.Text, place => place >= Place(parser.LastPosition) && place < Place(parser.LastPosition.Line + 2, 1)) is { } tab)
            {
                errors.Add(TabError(file, tab));
                return null;
            }
            // YamlDotNet's scanner sometimes fails without a position; the last event read is the best place to point at.
            errors.Add(new LoadError(file.Path, (int)parser.LastPosition.Line, (int)parser.LastPosition.Column, "(yaml)", null,
                $"well-formed YAML (the text after this point cannot be read: {e.Message})"));
            return null;
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet places a tab in indentation at the block or text it interrupts (often line 1), or fails
            // further on without naming it ("invalid mapping"). The tab lies after what was read without trouble,
            // in the blanks that begin a line: up to where the error ends, or anywhere after if the error is the tab.
            var mentionsTab = message.Contains("tab", StringComparison.OrdinalIgnoreCase);
            if (TabInIndentation(file.Text, place => place >= Place(parser.LastPosition) && (mentionsTab || place <= Place(e.End))) is { } tab)
            {
                errors.Add(TabError(file, tab));
                return null;
            }
            // YamlDotNet prefixes its messages with the position; the position has its own columns.
            var colon = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line", StringComparison.Ordinal) && colon > 0) message = message[(colon + 3)..];
            errors.Add(new LoadError(file.Path, (int)e.Start.Line, (int)e.Start.Column, "(yaml)", null, $"well-formed YAML ({message})"));
            return null;
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new LoadError(file.Path, 1, 1, "(file)", null, "one YAML document whose top level is a block of fields"));
            return null;
        }
        // YamlDotNet lets some tabs in indentation pass (after a space, before a '-'). Only inside a text that
        // spans lines is a tab after the indentation part of the text.
        var texts = root.AllNodes.OfType<YamlScalarNode>().Where(s => s.End.Line > s.Start.Line).Select(s => (Start: Place(s.Start), End: Place(s.End))).ToList();
        if (TabInIndentation(file.Text, place => !texts.Any(t => t.Start < place && place < t.End)) is { } tabPassed)
        {
            errors.Add(TabError(file, tabPassed));
            return null;
        }
        return root;
    }

    private static LoadError TabError(RecordFile file, long place) =>
        new(file.Path, (int)(place >> 32), (int)(place & uint.MaxValue), "(yaml)", "\t", "spaces for indentation (YAML does not allow tabs)");

    /// <summary>The <see cref="Place(long, long)"/> of the first tab among the blanks a line begins with that <paramref name="counts"/> accepts, if any.</summary>
    private static long? TabInIndentation(string text, Func<long, bool> counts)
    {
        // The line breaks YamlDotNet counts lines by.
        var lines = text.Split(["\r\n", "\n", "\r", "\u0085", "\u2028", "\u2029"], StringSplitOptions.None);
        for (var i = 0; i < lines.Length; i++)
            for (var j = 0; j < lines[i].Length && lines[i][j] is ' ' or '\t'; j++)
                if (lines[i][j] == '\t' && counts(Place(i + 1, j + 1))) return Place(i + 1, j + 1);
        return null;
    }

    /// <summary>A place in a file (line and column, from 1) as one number, to compare places: line first, then column.</summary>
    private static long Place(long line, long column) => (line << 32) + column;

    private static long Place(Mark mark) => Place(mark.Line, mark.Column);

    private static LegalAct? ReadLegalAct(YamlFields f)
    {
        var id = Id(f, "id", LegalActId.IsValid, "a legal act id: lower-case letters, digits, '-' or '.' (e.g. unscr-1244)", s => new LegalActId(s));
        var kind = f.Word("kind", true, ActKinds);
        var title = f.Text("title", true, "the act's full title");
        var @short = f.Text("short", true, "how findings name the act, e.g. UNSCR 1244");
        var document = f.Text("document");
        var provision = f.Text("provision");
        var url = f.Text("url");
        var adopted = f.Date("adopted", required: true);
        var inForceFrom = f.Date("in-force-from");
        var (untilPresent, until) = f.DateOrOpen("until", required: true);
        var source = f.RequiredSource();
        var changes = new List<ValidityChange>();
        foreach (var c in f.Items("changes"))
        {
            var date = c.Date("date", required: true);
            var change = c.Word("change", true, ChangeKinds);
            var (present, changeUntil) = c.DateOrOpen("until", required: true);
            var changeDocument = c.Text("document");
            var provenance = c.Provenance();
            c.Done();
            if (date is null || change is null || !present && changeUntil is null) continue;
            if (change == ValidityChangeKind.Terminated && changeUntil is null)
            {
                c.ErrorAt("until", "open", "the last day in force for a termination, e.g. 2026-06-30");
                continue;
            }
            var validity = new ValidityChange(date.Value, change.Value, changeUntil) { Document = changeDocument, Provenance = provenance };
            if (adopted is null) continue;
            var contradictions = validity.ContradictionsAfter(adopted.Value, inForceFrom ?? adopted.Value, changes.Count > 0 ? changes[^1].Date : null);
            foreach (var contradiction in contradictions)
                c.ErrorAt(contradiction.Field, contradiction.Value, contradiction.Expected);
            if (contradictions.Count == 0) changes.Add(validity);
        }
        f.Done();
        if (adopted is { } a && inForceFrom is { } from && from < a)
            f.ErrorAt("in-force-from", Format(from), $"a day on or after adoption ({Format(a)})");
        var first = inForceFrom ?? adopted;
        if (until is { } u && first is { } start && u < start)
            f.ErrorAt("until", Format(u), $"a day on or after the act comes into force ({Format(start)})");
        if (f.Errors.Count > 0 || id is null || kind is null || title is null || @short is null || adopted is null || !untilPresent && until is null) return null;
        return new LegalAct(id.Value, kind.Value, title, @short, adopted.Value, first!.Value, until, changes.ToValueList(), source)
        {
            Document = document, Provision = provision, Url = url, InForceFromStated = inForceFrom is not null,
        };
    }

    private static Operation? ReadOperation(YamlFields f, List<(LegalActId, YamlNode, string, string)> references, List<(MandateId, YamlNode, string, string)> mandateIds)
    {
        var id = Id(f, "id", OperationId.IsValid, "an operation id: letters, digits and '-', starting with a letter (e.g. KFOR)", s => new OperationId(s));
        var name = f.Text("name", true, "the operation's name");
        var lead = f.Text("lead", true, "the lead organisation, e.g. NATO");
        var source = f.RequiredSource();
        Resubmission? resubmission = null;
        if (f.Child("resubmission") is { } r)
        {
            var months = r.Int("months", true, 1, 120);
            var undertaken = r.Date("undertaken", true);
            var provenance = r.Provenance();
            r.Done();
            if (months is not null && undertaken is not null)
                resubmission = new Resubmission(months.Value, undertaken.Value) { Provenance = provenance };
        }
        var mandates = new List<Mandate>();
        foreach (var m in f.Items("mandates", required: true, expected: "the chain of mandates, oldest first"))
        {
            var mandate = ReadMandate(m, references, mandateIds);
            if (mandate is not null) mandates.Add(mandate);
        }
        f.Done();
        if (f.Errors.Count > 0 || id is null || name is null || lead is null) return null;
        return new Operation
        {
            Id = id.Value, Name = name, Lead = lead, Source = source, Resubmission = resubmission,
            Mandates = mandates.ToValueList(),
        };
    }

    private static Mandate? ReadMandate(YamlFields f, List<(LegalActId, YamlNode, string, string)> references, List<(MandateId, YamlNode, string, string)> ids)
    {
        var errorsBefore = f.Errors.Count;
        var id = Id(f, "id", MandateId.IsValid, "a mandate id: letters, digits, '-' or '.', starting with a letter (e.g. KFOR-2025)", s => new MandateId(s));
        var procedure = f.Word("procedure", true, Procedures);
        var extension = f.Bool("extension") ?? false;
        var source = f.RequiredSource();
        var cabinet = DatedFact(f, "cabinet", false);

        Motion? motion = null;
        if (f.Child("motion", required: false, expected: "the government's motion: document, distributed, url") is { } mf)
        {
            var document = mf.Text("document", true, "the motion's printed paper, e.g. Drucksache 21/230");
            var url = mf.Text("url");
            var distributed = mf.Date("distributed");
            var firstReading = mf.Date("first-reading");
            var provenance = mf.Provenance();
            mf.Done();
            if (document is not null)
                motion = new Motion(document) { Url = url, Distributed = distributed, FirstReading = firstReading, Provenance = provenance };
        }

        CommitteeRecommendation? committee = null;
        if (f.Child("committee") is { } cf)
        {
            var name = cf.Text("committee", true, "the committee's name");
            var document = cf.Text("document");
            var recommendation = cf.Word("recommendation", true, Recommendations);
            var provenance = cf.Provenance();
            cf.Done();
            if (name is not null && recommendation is not null)
                committee = new CommitteeRecommendation(name, recommendation.Value) { Document = document, Provenance = provenance };
        }

        Objection? objection = null;
        if (f.Child("objection") is { } of)
        {
            var date = of.Date("date", true);
            var by = of.Text("by", true, "who demanded the debate: a parliamentary group or 5 % of the members");
            var provenance = of.Provenance();
            of.Done();
            if (date is not null && by is not null) objection = new Objection(date.Value, by) { Provenance = provenance };
        }

        PlenaryVote? vote = null;
        if (f.Child("vote") is { } vf)
        {
            var date = vf.Date("date", true);
            var result = vf.Word("result", true, VoteResults);
            var count = $"a count of the Bundestag's members, a whole number from 0 to {PlenaryVote.MostMembers:N0}";
            var yes = vf.Int("yes", max: PlenaryVote.MostMembers, expected: count);
            var no = vf.Int("no", max: PlenaryVote.MostMembers, expected: count);
            var abstentions = vf.Int("abstentions", max: PlenaryVote.MostMembers, expected: count);
            var rollCall = vf.Bool("roll-call") ?? false;
            var provenance = vf.Provenance();
            vf.Done();
            if ((yes is null) != (no is null) || (yes is null) != (abstentions is null))
                vf.Error(vf.Node, vf.Path, null, "yes, no and abstentions together, or none of them");
            else if (yes + no + abstentions > PlenaryVote.MostMembers)
                vf.Error(vf.Node, vf.Path, $"{yes + no + abstentions} votes in all", $"yes, no and abstentions of at most {PlenaryVote.MostMembers:N0} members together");
            if (date is not null && result is not null)
                vote = new PlenaryVote(date.Value, result.Value) { Yes = yes, No = no, Abstentions = abstentions, RollCall = rollCall, Provenance = provenance };
        }

        var start = DatedFact(f, "start", false);
        var (endPresent, end) = EndFact(f);
        var plannedDuration = f.Text("planned-duration");
        var requires = ActIds(f, "requires", references);
        var legalBases = ActIds(f, "legal-bases", references);
        var mission = f.Text("mission");
        var ceiling = ReadCeiling(f);

        var exceptions = new List<CeilingException>();
        foreach (var ef in f.Items("ceiling-exceptions"))
        {
            var kind = ef.Word("kind", true, ExceptionKinds);
            var extra = ef.Int("extra-persons", true, 1);
            var days = ef.Int("max-days", true, 1, 3650);
            var wording = ef.Text("wording");
            var provenance = ef.Provenance();
            ef.Done();
            if (kind is not null && extra is not null && days is not null)
            {
                if (exceptions.Any(e => e.Kind == kind))
                    ef.ErrorAt("kind", kind.Value.ToString().ToLowerInvariant(), "one clause per kind");
                exceptions.Add(new CeilingException(kind.Value, extra.Value, days.Value) { Wording = wording, Provenance = provenance });
            }
        }

        var tasks = Elements(f, "tasks");
        var capabilities = Elements(f, "capabilities");
        var areas = Elements(f, "areas");

        Costs? costs = null;
        if (f.Child("costs") is { } kf)
        {
            costs = new Costs
            {
                AmountEur = kf.Decimal("amount-eur"), Period = kf.Text("period"), Financing = kf.Text("financing"),
                Provenance = kf.Provenance(),
            };
            kf.Done();
        }

        AuthorisedOfficial? official = null;
        if (f.Child("authorised-official") is { } af)
        {
            var title = af.Text("title", true, "the office, e.g. Federal Minister of Defence");
            var holder = af.Text("holder");
            var provenance = af.Provenance();
            af.Done();
            if (title is not null) official = new AuthorisedOfficial(title) { Holder = holder, Provenance = provenance };
        }

        Revocation? revocation = null;
        if (f.Child("revocation") is { } rf)
        {
            var decided = rf.Date("decided", true);
            var effective = rf.Date("effective");
            var document = rf.Text("document");
            var provenance = rf.Provenance();
            rf.Done();
            if (decided is { } d && effective is { } e && e < d)
                rf.ErrorAt("effective", Format(e), $"a day on or after the decision ({Format(d)})");
            else if (decided is not null)
                revocation = new Revocation(decided.Value, effective ?? decided.Value) { Document = document, EffectiveStated = effective is not null, Provenance = provenance };
        }
        f.Done();
        if (!endPresent)
            f.Error(f.Node, f.Path + ".end", null, "the required field 'end': the last day (inclusive), or 'open'");

        if (f.Errors.Count > errorsBefore || id is null || procedure is null || ceiling is null) return null;
        var mandate = new Mandate
        {
            Id = id.Value, Procedure = procedure.Value, IsExtension = extension, Source = source,
            Cabinet = cabinet, Motion = motion, Committee = committee, Objection = objection, Vote = vote,
            Start = start, End = end, PlannedDuration = plannedDuration, Requires = requires, LegalBases = legalBases,
            Mission = mission, Ceiling = ceiling, CeilingExceptions = exceptions.ToValueList(),
            Tasks = tasks, Capabilities = capabilities, Areas = areas, Costs = costs,
            AuthorisedOfficial = official, Revocation = revocation,
        };
        // What the law does not allow together (the procedure's needs, the order of its steps) is the mandate's own rule.
        foreach (var contradiction in mandate.Contradictions())
            f.ErrorAt(contradiction.Field, contradiction.Value, contradiction.Expected);
        if (f.Errors.Count > errorsBefore) return null;
        ids.Add((mandate.Id, f.NodeAt("id"), f.Path + ".id", f.File));
        return mandate;
    }

    private static Ceiling? ReadCeiling(YamlFields f)
    {
        const string expected = "the most soldiers at once: a whole number from 1 to 1,000,000 (e.g. 400), or {persons: 400, source: …}";
        var node = f.Raw("ceiling", true, expected);
        if (node is null) return null;
        if (node is YamlMappingNode map)
        {
            var c = f.Wrap(map, f.Path + ".ceiling");
            var persons = c.Int("persons", true, 1);
            var provenance = c.Provenance();
            c.Done();
            return persons is null ? null : new Ceiling(persons.Value) { Provenance = provenance };
        }
        var value = f.ParseNode(node, f.Path + ".ceiling", expected, s => YamlFields.ParseInt(s, 1, Ceiling.MaxPersons), typed: true);
        return value is null ? null : new Ceiling(value.Value);
    }

    private static DatedFact? DatedFact(YamlFields f, string key, bool required)
    {
        const string expected = "a calendar day like 2025-06-26, or {date: 2025-06-26, source: …}";
        var node = f.Raw(key, required, expected);
        if (node is null) return null;
        if (node is YamlMappingNode map)
        {
            var c = f.Wrap(map, $"{f.Path}.{key}");
            var date = c.Date("date", true);
            var provenance = c.Provenance();
            c.Done();
            return date is null ? null : new DatedFact(date.Value, provenance);
        }
        var value = f.ParseNode(node, $"{f.Path}.{key}", expected, YamlFields.ParseDate, typed: true);
        return value is null ? null : new DatedFact(value.Value);
    }

    private static (bool Present, DatedFact? End) EndFact(YamlFields f)
    {
        var node = f.Raw("end", false, "the last day (inclusive), or 'open'");
        if (node is null) return (false, null);
        if (node is YamlScalarNode { Value: "open" }) return (true, null);
        if (node is YamlMappingNode map)
        {
            var c = f.Wrap(map, f.Path + ".end");
            var date = c.Date("date", true);
            var provenance = c.Provenance();
            c.Done();
            return (true, date is null ? null : new DatedFact(date.Value, provenance));
        }
        var value = f.ParseNode(node, f.Path + ".end", "the last day (inclusive) like 2026-06-30, or 'open'", YamlFields.ParseDate, typed: true);
        return (true, value is null ? null : new DatedFact(value.Value));
    }

    private static ValueList<LegalActId> ActIds(YamlFields f, string key, List<(LegalActId, YamlNode, string, string)> references)
    {
        var ids = new List<LegalActId>();
        foreach (var (text, node, field) in f.Words(key, "a list of legal act ids, e.g. [unscr-1244, nac-1999-01-30]"))
        {
            if (!LegalActId.IsValid(text))
            {
                f.Error(node, field, text, "a legal act id: lower-case letters, digits, '-' or '.'");
                continue;
            }
            var id = new LegalActId(text);
            ids.Add(id);
            references.Add((id, node, field, f.File));
        }
        return ids.ToValueList();
    }

    private static ValueList<MandateElement> Elements(YamlFields f, string key)
    {
        var elements = new List<MandateElement>();
        foreach (var e in f.Items(key, expected: "a list of {key: …, title: …}"))
        {
            var elementKey = e.Text("key", true, "a short word users type, e.g. reconnaissance");
            var title = e.Text("title", true, "the motion's wording");
            var provenance = e.Provenance();
            e.Done();
            if (elementKey is null || title is null) continue;
            if (elements.Any(x => string.Equals(x.Key, elementKey, StringComparison.OrdinalIgnoreCase)))
            {
                e.ErrorAt("key", elementKey, $"a key not used twice in {key}");
                continue;
            }
            elements.Add(new MandateElement(elementKey, title) { Provenance = provenance });
        }
        return elements.ToValueList();
    }

    private static SittingCalendar? ReadCalendar(YamlFields f)
    {
        var source = f.RequiredSource();
        var weeks = new List<SittingWeek>();
        foreach (var w in f.Items("weeks", required: true, expected: "a list of sitting weeks {from, to, sitting-days}"))
        {
            var from = w.Date("from", true);
            var to = w.Date("to", true);
            var days = new List<LocalDate>();
            foreach (var (text, node, field) in w.Words("sitting-days", "a list of calendar days like [2025-05-21, 2025-05-22]"))
            {
                if (YamlFields.ParseDate(text) is not { } day || node is YamlScalarNode scalar && YamlFields.IsText(scalar)) w.Error(node, field, text, YamlFields.DateExpected + ", written without quotes");
                // Against a week whose days are out of order, every day would be wrong: the week's 'to' is refused instead.
                else if (from is { } a && to is { } b && a <= b && (day < a || day > b)) w.Error(node, field, text, $"a day within the week {Format(a)} to {Format(b)}");
                else days.Add(day);
            }
            var provenance = w.Provenance();
            w.Done();
            if (from is { } x && to is { } y && y < x) w.ErrorAt("to", Format(y), $"a day on or after 'from' ({Format(x)})");
            else if (from is { } f0 && weeks.Count > 0 && f0 <= weeks[^1].To)
                w.ErrorAt("from", Format(f0), $"a day after the previous week ends ({Format(weeks[^1].To)}): weeks are listed in order, without overlap");
            else if (from is not null && to is not null && days.Count == 0) w.ErrorAt("sitting-days", null, "at least one sitting day");
            else if (from is not null && to is not null)
                weeks.Add(new SittingWeek(from.Value, to.Value, days.ToValueList()) { Provenance = provenance });
        }
        f.Done();
        return new SittingCalendar(source, weeks.ToValueList());
    }

    private static T? Id<T>(YamlFields f, string key, Func<string, bool> isValid, string expected, Func<string, T> create) where T : struct
    {
        var node = f.Raw(key, true, expected);
        if (node is null) return null;
        var field = f.Path.Length == 0 ? key : $"{f.Path}.{key}";
        if (node is YamlScalarNode { Value: { } text } && isValid(text)) return create(text);
        f.Error(node, field, YamlFields.Describe(node), expected);
        return null;
    }

    internal static string Format(LocalDate date) => Days.Format(date);

    /// <summary>
    /// Remembers where the last parsing event ended, to place errors the scanner reports without a position;
    /// and stops at nesting deeper than any record file has, before building it: the nodes are built
    /// recursively, and a file of nothing but '[' would overflow the stack, which ends the process unasked.
    /// </summary>
    private sealed class PositionTrackingParser(IParser inner) : IParser
    {
        /// <summary>Far deeper than a record file nests (a mandate's task's source is five levels down).</summary>
        private const int DeepestNesting = 64;

        private int depth;

        public Mark LastPosition { get; private set; } = Mark.Empty;
        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (inner.Current is { } current) LastPosition = current.End;
            if (!inner.MoveNext()) return false;
            switch (inner.Current)
            {
                case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart when ++depth > DeepestNesting:
                    throw new YamlException(inner.Current.Start, inner.Current.End, $"lists or blocks nested more than {DeepestNesting} deep, far deeper than a record file nests");
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                    depth--;
                    break;
            }
            return true;
        }
    }
}
