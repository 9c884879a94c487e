namespace Mandates.Core.Contracts;

/// <summary>
/// What a host sends when it cannot answer: bad input (naming the field), a store that failed, a
/// record the rules cannot answer from. Nothing was written.
/// </summary>
/// <param name="SchemaVersion">See <see cref="Contract.SchemaVersion"/>.</param>
/// <param name="Error">What went wrong.</param>
public sealed record ErrorOutput(int SchemaVersion, ErrorBody Error);

/// <param name="Kind">
/// <c>bad-input</c> (a field, an argument, a file: correct it), <c>store-failed</c> (the store or its server
/// failed: unreachable, damaged, read-only, full), <c>record-cannot-answer</c> (two rules decide and none
/// is declared to prevail), <c>store-damaged</c> (an entry no writer writes: see verify).
/// </param>
/// <param name="Field">The field in the domain's words (<c>until</c>), or null where no one field is at fault.</param>
/// <param name="Name">The field as this host names it (<c>--until</c> on a command line), or null.</param>
/// <param name="Value">The value given, or null.</param>
/// <param name="Message">The whole sentence, as the host's text output says it.</param>
/// <param name="Expected">What was expected, or null where the message does not say.</param>
/// <param name="Example">A value that would have been taken, or null.</param>
public sealed record ErrorBody(string Kind, string? Field, string? Name, string? Value, string Message,
    string? Expected, string? Example);
