using System.CommandLine;
using System.CommandLine.Completions;
using Mandates.Core.Law;
using Mandates.Core.Records;
using Mandates.Storage;

namespace Mandates.Cli;

/// <summary>
/// What shell completion offers (`mandates completion bash`): operation ids, the tasks and areas of the
/// operation typed, and the words an option allows. Ids come from the bundled record: completing a word
/// must be quick and must never create or fill a store.
/// </summary>
internal static class Completions
{
    private static readonly Lazy<LegalRecord?> Bundled = new(() =>
    {
        try
        {
            var files = RecordFolder.Read(RecordFolders.Instance.BundledFolder);
            return RecordLoader.Load(files).Record;
        }
        catch (Exception e) when (e is IOException or RecordFolderException)
        {
            return null;
        }
    });

    /// <summary>
    /// Offers the operation ids of the record. Help names the argument instead of listing them: thirty ids would
    /// push every command's description off the screen (`list` shows them).
    /// </summary>
    public static void Operations(Argument operation)
    {
        operation.HelpName = "operation";
        operation.CompletionSources.Add(_ => Bundled.Value?.Operations.Select(o => o.Id.Value) ?? []);
    }

    /// <summary>
    /// Offers the operation ids of the record for an option naming one (deadlines --operation); help names the
    /// value instead of listing the ids, as for the argument.
    /// </summary>
    public static void Operations(Option operation)
    {
        operation.HelpName = "operation";
        operation.CompletionSources.Add(_ => Bundled.Value?.Operations.Select(o => o.Id.Value) ?? []);
    }

    /// <summary>
    /// Offers the task keys every mandate of the operation typed in <paramref name="operation"/> listed.
    /// </summary>
    public static void Tasks(Option option, Argument<string> operation) =>
        option.CompletionSources.Add(context => Elements(context, operation, m => m.Tasks));

    /// <summary>
    /// Offers the area keys every mandate of the operation typed in <paramref name="operation"/> listed.
    /// </summary>
    public static void Areas(Option option, Argument<string> operation) =>
        option.CompletionSources.Add(context => Elements(context, operation, m => m.Areas));

    /// <summary>Offers the ceiling exception clauses (rotation, transfer, emergency).</summary>
    public static void ExceptionKinds(Option option) =>
        option.CompletionSources.Add([.. CeilingExceptionWords.All.Keys]);

    /// <summary>Offers fixed words (procedures, vote results, kinds of change).</summary>
    public static void Words(Option option, IEnumerable<string> words) => option.CompletionSources.Add([.. words]);

    private static IEnumerable<string> Elements(CompletionContext context, Argument<string> operation,
        Func<Mandate, IEnumerable<MandateElement>> elements) =>
        context.ParseResult.GetValue(operation) is { } id && Bundled.Value?.FindOperation(id) is { } found
            ? found.Mandates.SelectMany(elements).Select(e => e.Key).Distinct()
            : [];
}
