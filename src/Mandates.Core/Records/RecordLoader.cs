using Mandates.Core.Law;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace Mandates.Core.Records;

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
    public static readonly IReadOnlyDictionary<string, ValidityChangeKind> ChangeKinds =
        new Dictionary<string, ValidityChangeKind>
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

    /// <summary>
    /// The word of <paramref name="words"/> for <paramref name="value"/>: what the record format writes, and
    /// what JSON output says.
    /// </summary>
    public static string Word<T>(IReadOnlyDictionary<string, T> words, T value) where T : struct =>
        words.First(p => EqualityComparer<T>.Default.Equals(p.Value, value)).Key;

    internal static readonly IReadOnlyDictionary<string, CeilingExceptionKind> ExceptionKinds =
        CeilingExceptionWords.All;

    public static LoadResult Load(IEnumerable<RecordFile> files)
    {
        var errors = new List<LoadError>();
        var acts = new List<(LegalAct Act, YamlFields At)>();
        var operations = new List<(Operation Operation, YamlFields At,
            List<(LegalActId Id, YamlNode Node, string Field, string File)> References,
            List<(MandateId Id, YamlNode Node, string Field, string File)> MandateIds)>();
        SittingCalendar? calendar = null;

        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var fileErrors = new List<LoadError>();
            if (!file.Path.EndsWith(".yaml", StringComparison.Ordinal))
            {
                // Said rather than skipped: a file the author meant as part of the record must not silently go
                // missing.
                errors.Add(new LoadError(file.Path, 1, 1, "(file)", file.Path,
                    "a record file whose name ends in .yaml "
                    + "(rename it, e.g. operations/kfor.yml to operations/kfor.yaml)"));
                continue;
            }
            var root = YamlDiagnostics.Parse(file, fileErrors);
            if (root is not null)
            {
                var fields = new YamlFields(file.Path, "", root, fileErrors);
                if (file.Path.StartsWith(LegalActsFolder, StringComparison.Ordinal))
                {
                    var act = LegalActReader.Read(fields);
                    if (act is not null) acts.Add((act, fields));
                }
                else if (file.Path.StartsWith(OperationsFolder, StringComparison.Ordinal))
                {
                    var references = new List<(LegalActId, YamlNode, string, string)>();
                    var placedIds = new List<(MandateId, YamlNode, string, string)>();
                    var operation = OperationReader.Read(fields, references, placedIds);
                    if (operation is not null) operations.Add((operation, fields, references, placedIds));
                }
                else if (file.Path == CalendarFile)
                    calendar = SittingCalendarReader.Read(fields);
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
                        $"the id of a legal act in {LegalActsFolder} (known: "
                        + $"{string.Join(", ", actIds.Select(a => a.Value).Order(StringComparer.Ordinal))})"));
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
        "legal-acts/ (a .yaml file per legal act), "
        + "operations/ (a .yaml file per operation, with its chain of mandates) "
        + "and sitting-calendar.yaml (for § 7(2) ParlBG)";

    /// <summary>
    /// The parts a whole record (a record folder) must hold and <paramref name="files"/> lack: legal acts,
    /// operations, the sitting calendar. Empty when none is missing. <see cref="Load"/> itself also takes
    /// part of a record (one operation, say, for a test); a folder meant as the law must be whole.
    /// </summary>
    public static IReadOnlyList<string> MissingParts(IReadOnlyCollection<RecordFile> files)
    {
        var missing = new List<string>();
        if (!files.Any(f => f.Path.StartsWith(LegalActsFolder, StringComparison.Ordinal)))
            missing.Add(LegalActsFolder);
        if (!files.Any(f => f.Path.StartsWith(OperationsFolder, StringComparison.Ordinal)))
            missing.Add(OperationsFolder);
        // Named .yml it is still there, and the loader says how to name it.
        if (!files.Any(f => Path.GetFileNameWithoutExtension(f.Path) == Path.GetFileNameWithoutExtension(CalendarFile)
                && !f.Path.Contains('/')))
            missing.Add(CalendarFile);
        return missing;
    }

    internal static string Format(LocalDate date) => Days.Format(date);
}
