using Mandates.Core.Problems;
using Mandates.Core.Rules;
using Mandates.Core.UseCases;
using Xunit;
using static Mandates.Core.Tests.Ledger.SmallLaw;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// audit and import as use cases: an imported law that lowers the ceiling says which tours it breaks, and the
/// audit finds them.
/// </summary>
public sealed class AuditLedgerTests
{
    [Fact]
    public void A_lowered_ceiling_imported_is_found_by_the_import_and_by_the_audit()
    {
        var host = new StoreCommandsSession();
        using (var session = host.Open())
        {
            foreach (var person in new[] { "P-1", "P-2", "P-3" })
                Written(session.Ledger().Deploy(Tour(person, July(1), July(31))));
            Assert.Empty(AuditLedger.Run(session, new AuditRequest()).Violations);
        }
        host.RecordFolders.Held["lowered"] = Files(ceiling: 2);
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
        using var session = new StoreCommandsSession().Open();
        var problem = Assert.Throws<ProblemException>(() => AuditLedger.Run(session, new AuditRequest("NOPE"))).Problem;
        Assert.Equal(("operation", "NOPE"), (problem.Field, problem.Value));
    }
}
