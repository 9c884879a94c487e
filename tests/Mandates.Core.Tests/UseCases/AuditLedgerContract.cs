using Mandates.Core.Problems;
using Mandates.Core.Rules;
using Mandates.Core.Tests.Ledger;
using Mandates.Core.UseCases;
using Xunit;
using static Mandates.Core.Tests.Ledger.SmallLaw;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// audit and import as use cases: an imported law that lowers the ceiling says which tours it breaks, and the
/// audit finds them.
/// </summary>
public abstract class AuditLedgerContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    /// <summary>Sessions over a new store under the small law (a ceiling of 3) at its start, record folders in
    /// memory.</summary>
    private Sessions NewHost() => new(NewStore(), SmallLaw.Files()) { User = "tester" };

    [Fact]
    public void A_lowered_ceiling_imported_is_found_by_the_import_and_by_the_audit()
    {
        var host = NewHost();
        using (var session = host.Open())
        {
            foreach (var person in new[] { "P-1", "P-2", "P-3" })
                Written(session.Ledger().Deploy(Tour(person, July(1), July(31))));
            Assert.Empty(AuditLedger.Run(session, new AuditRequest()).Violations);
        }
        host.Folders.Held["lowered"] = Files(ceiling: 2);
        using (var session = host.Open())
        {
            var import = ImportRecord.Run(session, new ImportRequest("lowered"));
            var broken = Assert.Single(import.Broken.Violations);
            Assert.Equal(Rulebook.Ceiling.Id, broken.Rule);
            Assert.Null(import.Broken.CannotTell);
        }
        using (var session = host.Open())
        {
            var audit = AuditLedger.Run(session, new AuditRequest("tst"));
            var violation = Assert.Single(audit.Violations);
            Assert.Equal((Tst, new NodaTime.DateInterval(July(1), July(31))), (violation.Operation, violation.Days));
            Assert.Equal((true, Tst), (audit.OperationInRecord, audit.Operation));
            Assert.Null(AuditLedger.Run(session, new AuditRequest()).OperationInRecord);
        }
    }

    [Fact]
    public void An_operation_the_record_does_not_hold_is_a_problem_about_the_operation()
    {
        using var session = NewHost().Open();
        var problem = Assert.Throws<ProblemException>(() => AuditLedger.Run(session, new AuditRequest("NOPE"))).Problem;
        Assert.Equal(("operation", "NOPE"), (problem.Field, problem.Value));
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryAuditLedgerTests : AuditLedgerContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
