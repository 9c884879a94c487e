using Mandates.Core.Tests.UseCases;
using Mandates.Core.UseCases;

namespace Mandates.Storage.Tests.UseCases;

// The use-case contracts (written in the Core tests) on real SQLite files, one in a temp folder per store.

public sealed class SqliteWriteUseCaseTests : WriteUseCaseContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteReadUseCaseTests : ReadUseCaseContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteAuditLedgerTests : AuditLedgerContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteGenerateHistoryTests : GenerateHistoryContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteImportExportRecordTests : ImportExportRecordContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteVerifyLedgerTests : VerifyLedgerContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteListDeadlinesTests : ListDeadlinesContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteMonthlyRecordTests : MonthlyRecordContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteRecordActChangeTests : RecordActChangeContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteRecordCabinetTests : RecordCabinetContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteRecordDecisionTests : RecordDecisionContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteRecordMotionTests : RecordMotionContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteRecordObjectionTests : RecordObjectionContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteRecordRevocationTests : RecordRevocationContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteRecordVoteTests : RecordVoteContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteImportDipTests : ImportDipContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteUsersTests : UsersContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}

public sealed class SqliteBriefOperationTests : BriefOperationContract, IDisposable
{
    private readonly UseCaseStores stores = new(() => new SqliteDatabase());
    protected override IStoreOpener NewStore() => stores.New();
    public void Dispose() => stores.Dispose();
}
