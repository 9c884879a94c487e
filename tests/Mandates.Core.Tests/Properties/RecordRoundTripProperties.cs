using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mandates.Core.Records;
using Xunit;

namespace Mandates.Core.Tests.Properties;

public class RecordRoundTripProperties
{
    [Property(MaxTest = 200)]
    public Property Loading_an_export_gives_the_same_record() =>
        Prop.ForAll(RecordGenerators.Record.ToArbitrary(), record =>
        {
            var files = RecordWriter.Write(record);
            var loaded = RecordLoader.Load(files);
            if (!loaded.Succeeded)
                throw new Xunit.Sdk.XunitException("the export does not load:\n" + string.Join("\n", loaded.Errors) + "\n" + string.Join("\n---\n", files.Select(f => f.Text)));
            var back = loaded.Record!;
            if (back.Equals(record)) return true;
            // Name the first part that differs, so a failure is readable.
            var parts = record.LegalActs.Zip(back.LegalActs).Where(p => !p.First.Equals(p.Second)).Select(p => $"{p.First}\n  became\n{p.Second}")
                .Concat(record.Operations.SelectMany(o => o.Mandates).Zip(back.Operations.SelectMany(o => o.Mandates)).Where(p => !p.First.Equals(p.Second)).Select(p => $"{p.First}\n  became\n{p.Second}"))
                .Concat(record.Calendar.Equals(back.Calendar) ? [] : [$"{record.Calendar}\n  became\n{back.Calendar}"]);
            throw new Xunit.Sdk.XunitException("differs after the round trip:\n" + string.Join("\n\n", parts.Take(1)));
        });

    [Fact]
    public void The_bundled_record_survives_export_and_import_unchanged()
    {
        var record = BundledRecord.Load();
        var exported = RecordWriter.Write(record);
        var reloaded = RecordLoader.Load(exported);
        Assert.True(reloaded.Succeeded, string.Join("\n", reloaded.Errors));
        Assert.Equal(record, reloaded.Record);
        Assert.Equal(exported.Select(f => f.Text), RecordWriter.Write(reloaded.Record!).Select(f => f.Text));
    }
}
