using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Xunit;
using static Mandates.Core.Tests.Ledger.SmallLaw;

namespace Mandates.Core.Tests.Ledger;

/// <summary>
/// An idempotency key on a write of record files: kept on the first entry with its request, so the same request is
/// recognised again (with every entry it wrote) and another request under the key is refused. Beside the web's tests
/// on SQLite and PostgreSQL, on the in-memory store.
/// </summary>
public sealed class RecordKeyTests
{
    [Fact]
    public void A_keyed_import_keeps_the_key_on_its_first_entry_and_is_recognised_with_all_it_wrote()
    {
        using var store = new MemoryEventStore();
        var state = LedgerSnapshot.Open(store);
        var key = new RecordKey("import-1", "POST /api/import sha256:aa") { Recorded = "import" };
        Assert.Null(RecordKeys.Replay(store, state, key));
        var written = RecordEvents.Import(store, state, Files(ceiling: 3), July(1), Clock().GetCurrentInstant(), "clerk",
            key: key);
        Assert.NotEmpty(written);
        Assert.Equal("import-1", written[0].IdempotencyKey);
        Assert.All(written.Skip(1), e => Assert.Null(e.IdempotencyKey));

        var (entries, first) = RecordKeys.Replay(store, LedgerSnapshot.Open(store), key)!.Value;
        Assert.Equal(written.Select(e => e.Position), entries.Select(e => e.Position));
        Assert.Equal(("import", written.Count), (first.Recorded, first.Entries));
    }

    [Fact]
    public void Another_request_under_the_key_is_refused_naming_it_and_a_key_taken_meanwhile_writes_nothing()
    {
        using var store = new MemoryEventStore();
        var state = LedgerSnapshot.Open(store);
        var key = new RecordKey("import-1", "POST /api/import sha256:aa");
        RecordEvents.Import(store, state, Files(ceiling: 3), July(1), Clock().GetCurrentInstant(), "clerk", key: key);
        var other = key with { Request = "POST /api/import sha256:bb" };
        var refused = Assert.Throws<KeyReusedException>(() => RecordKeys.Replay(store, state, other));
        Assert.Equal("idempotencyKey", refused.Problem.Field);

        // A writer that had not seen the key: inside the exclusive write it is found, and nothing is appended.
        var head = store.Head;
        Assert.Throws<KeyTakenException>(() => RecordEvents.Import(store, LedgerSnapshot.Open(store),
            Files(ceiling: 2), July(1), Clock().GetCurrentInstant(), "clerk", key: other));
        Assert.Equal(head, store.Head);
    }

    [Theory]
    [InlineData("order-2025-0117")]
    [InlineData("3f2b8c1e-6d7a-4b8e-9c1d-2a3b4c5d6e7f")]
    [InlineData("YWJj+/=_.~:")]
    public void A_key_is_a_token(string key) => Assert.Equal(key, Input.Key("idempotencyKey", key));

    [Theory]
    [InlineData("")]
    [InlineData("with space")]
    [InlineData("semi;colon")]
    [InlineData("ümlaut")]
    [InlineData("line\nbreak")]
    public void A_key_that_is_no_token_is_refused_naming_the_field(string key) =>
        Assert.Equal("idempotencyKey", Assert.Throws<ProblemException>(() => Input.Key("idempotencyKey", key))
            .Problem.Field);

    [Fact]
    public void A_key_longer_than_200_characters_is_refused() =>
        Assert.Throws<ProblemException>(() => Input.Key("idempotencyKey", new string('k', 201)));
}
