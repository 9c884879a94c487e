using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>Bad input to any command: exit 2, the value named, and nothing written.</summary>
public class BadInputTests() : LedgerTests("bad-input")
{
    [Theory]
    [InlineData(new[] { "deploy", "NO-SUCH-OP", "--person", "P-1", "--task", "t", "--from", "2025-07-01" }, "operation: 'NO-SUCH-OP' is not in the record")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "Hans Meier", "--task", "reconnaissance", "--from", "2025-07-01" }, "--person: 'Hans Meier' is not a pseudonymous service identifier")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711\n", "--task", "reconnaissance", "--from", "2025-07-01" }, "--person: 'P-4711\\u000a' is not a pseudonymous service identifier")]
    [InlineData(new[] { "deploy", "KFOR\n", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01" }, "operation: 'KFOR\\u000a' is not")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-10", "--until", "2025-07-01" }, "--until: '2025-07-01' is before --from (2025-07-10)")]
    [InlineData(new[] { "end-tour", "--person", "P-4711", "--on", "2025-07-01" }, "--person: 'P-4711' has no tour covering 2025-07-01")]
    [InlineData(new[] { "strength", "KFOR", "--as-recorded-at", "yesterday" }, "--as-recorded-at: 'yesterday' is not an instant")]
    [InlineData(new[] { "audit", "--as-recorded-at", "2025-13-01T00:00:00Z" }, "--as-recorded-at: '2025-13-01T00:00:00Z' is not an instant; expected an ISO 8601 time with its offset")]
    [InlineData(new[] { "strength", "KFOR", "--as-recorded-at", "1980-01-01T00:00:00Z" }, "--as-recorded-at (its day, as no --on was given): '1980-01-01' is outside the days the ledger covers")]
    [InlineData(new[] { "strength", "KFOR", "--as-recorded-at", "2099-01-01T00:00:00Z" }, "--as-recorded-at: '2099-01-01T00:00:00Z' is after now (")]
    [InlineData(new[] { "audit", "--as-recorded-at", "2099-01-01T00:00:00Z" }, "what the ledger will hold then is not known yet; expected an instant up to now, or no --as-recorded-at")]
    [InlineData(new[] { "tours", "KFOR", "--as-recorded-at", "2099-01-01T00:00:00Z" }, "--as-recorded-at: '2099-01-01T00:00:00Z' is after now (")]
    [InlineData(new[] { "correct-tour", "--tour", "2147483648x", "--cancel", "--reason", "x" }, "--tour: '2147483648x' is not a ledger position; expected a whole number of 1 or more, e.g. 10.")]
    [InlineData(new[] { "strength", "KFOR", "--by", "region" }, "--by: 'region' is not a breakdown; expected task.")]
    [InlineData(new[] { "generate", "--events", "0" }, "--events: '0' is not a count; expected a whole number of 1 or more")]
    [InlineData(new[] { "import", "/no/such/record" }, "folder: the record folder '/no/such/record' does not exist")]
    [InlineData(new[] { "export", "" }, "folder: an empty path; expected a new or empty folder")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "recon\nnaissance", "--from", "2025-07-01" }, "--task: 'recon\\u000anaissance' holds a line break or another control character")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2100-01-01" }, "--until: '2100-01-01' is outside the days the ledger covers; expected a day from 1990-01-01 to 2069-12-31.")]
    [InlineData(new[] { "strength", "KFOR", "--from", "2025-07-01", "--to", "2150-01-01" }, "--to: '2150-01-01' is outside the days the ledger covers")]
    [InlineData(new[] { "generate", "--events", "10", "--until", "2069-12-01" }, "--until: '2069-12-01' is too late: tours run up to 180 days past --until")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--user", "\u200b" }, "--user: '\\u200b' is empty to the eye (only invisible characters)")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--user", "\u202eevil" }, "--user: '\\u202eevil' holds invisible formatting (U+202E, such as a right-to-left override")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--user", "\ufffd\ufffd" }, "holds a replacement character (U+FFFD): the text was not valid UTF-8")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--user", "a\u2028b" }, "holds a Unicode line or paragraph separator (U+2028)")]
    [InlineData(new[] { "verify", "--data", "data" }, "--data: `verify` checks the store's ledger, which no record folder is part of, so the record folder 'data' would not be read; expected no --data.")]
    [InlineData(new[] { "history", "--tour", "1", "--data", "data" }, "--data: `history` tells a tour's story from the ledger")]
    [InlineData(new[] { "import", "data", "--data", "data" }, "--data: `import` brings the store's record up to the folder it is given")]
    public void Bad_input_exits_2_names_the_value_and_writes_nothing(string[] args, string message)
    {
        var before = Filled();
        var run = Run(args);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Err);
        Assert.Equal(before, Entries());
    }
}
