using Mandates.Core.Ledger;
using Mandates.Storage;
using NodaTime;

// Appends entries to the store at args[0] forever, each in its own transaction, and acknowledges each
// on standard output only after its commit returned: "ack <position> <key>". The crash tests kill it
// with SIGKILL at random moments and then check that every acknowledged entry is there.
using var store = EventStores.Open(args[0]);
var prefix = args[1];
var head = store.Head;
for (var i = 0; ; i++)
{
    var key = $"{prefix}-{i}";
    var entry = new NewEvent("crash-test", "TEST", new LocalDate(2025, 1, 1), SystemClock.Instance.GetCurrentInstant(), "crash-writer", key, $"{{\"i\":{i},\"pad\":\"{new string('x', 200)}\"}}");
    var (appended, _) = store.Write(head, _ => ((IReadOnlyList<NewEvent>)[entry], 0));
    head = appended[^1].Position;
    Console.Out.WriteLine($"ack {head} {key}");
    Console.Out.Flush();
}
