using System.Text;
using Mandates.Core.Records;
using Xunit;
using Xunit.Abstractions;

namespace Mandates.Core.Tests.Fuzz;

/// <summary>
/// The record loader given hostile copies of the bundled record's files (<see cref="HostileYaml"/>): each is
/// loaded or refused with its problems placed (file, line, column, field), never thrown at, never hung on.
/// </summary>
public class RecordLoaderFuzzTests(ITestOutputHelper output)
{
    /// <summary>
    /// The most processor time a case may take (the largest bundled file loads in a few hundredths of a second);
    /// a case with no answer after <see cref="Hang"/> on the wall clock is stopped waiting for.
    /// </summary>
    private static readonly TimeSpan Most = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Hostile_copies_of_bundled_files_load_or_are_refused_with_their_place_never_crash_or_hang()
    {
        var files = BundledRecord.Files();
        var acts = files.Where(f => f.Path.StartsWith(RecordLoader.LegalActsFolder, StringComparison.Ordinal))
            .ToList();
        var cases = FuzzBudget.Cases(ciDefault: 60);
        var outcomes = new Dictionary<string, int>();
        var longest = (Time: TimeSpan.Zero, What: "");
        for (var number = 0; number < cases; number++)
        {
            var random = FuzzBudget.Random(number);
            var target = files[random.Next(files.Count)];
            var (kind, bytes) = HostileYaml.Mutate(Encoding.UTF8.GetBytes(target.Text), random);
            var what = $"{kind} {target.Path} ({bytes.Length:N0} bytes), {FuzzBudget.Reproduce(number)}";
            // The mutated file with the legal acts a mandate names, so that what it refers to can be found.
            RecordFile[] record =
                [new(target.Path, HostileYaml.AsRead(bytes)), .. acts.Where(a => a.Path != target.Path)];
            var loading = ThreadTime.Measure(() => RecordLoader.Load(record));
            Assert.True(await Task.WhenAny(loading, Task.Delay(Hang)) == loading,
                $"no answer within {Hang.TotalSeconds} s: {what}");
            if (loading.Exception is { } thrown) Assert.Fail($"the loader threw {thrown.InnerException}: {what}");
            var (result, took) = await loading;
            if (took > longest.Time) longest = (took, what);
            var outcome = $"{kind}: {(result.Succeeded ? "loaded" : "refused")}";
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            foreach (var error in result.Errors)
            {
                Assert.True(record.Any(f => f.Path == error.File), $"{error} names no file of the record: {what}");
                Assert.True(error.Line >= 1 && error.Column >= 1, $"{error} has no place: {what}");
                Assert.False(string.IsNullOrWhiteSpace(error.Field), $"{error} names no field: {what}");
                Assert.False(string.IsNullOrWhiteSpace(error.Expected), $"{error} says nothing expected: {what}");
            }
        }
        output.WriteLine($"{cases} cases from seed {FuzzBudget.Seed}: "
            + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        output.WriteLine($"longest: {longest.Time.TotalMilliseconds:N0} ms of processor time, {longest.What}");
        Assert.True(longest.Time < Most,
            $"the longest case took {longest.Time.TotalMilliseconds:N0} ms: {longest.What}");
    }
}
