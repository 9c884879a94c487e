using Mandates.Core.Tests.UseCases;
using Mandates.Core.UseCases;

namespace Mandates.Storage.Tests.UseCases;

// The use-case contracts on the PostgreSQL server scripts/test starts, a database of its own per store.

public sealed class PostgresWriteUseCaseTests : WriteUseCaseContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresReadUseCaseTests : ReadUseCaseContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresAuditLedgerTests : AuditLedgerContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresGenerateHistoryTests : GenerateHistoryContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresImportExportRecordTests : ImportExportRecordContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresVerifyLedgerTests : VerifyLedgerContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresListDeadlinesTests : ListDeadlinesContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresMonthlyRecordTests : MonthlyRecordContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresRecordActChangeTests : RecordActChangeContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresRecordCabinetTests : RecordCabinetContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresRecordDecisionTests : RecordDecisionContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresRecordMotionTests : RecordMotionContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresRecordObjectionTests : RecordObjectionContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresRecordRevocationTests : RecordRevocationContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresRecordVoteTests : RecordVoteContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresImportDipTests : ImportDipContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresUsersTests : UsersContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class PostgresBriefOperationTests : BriefOperationContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new PostgresDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}
