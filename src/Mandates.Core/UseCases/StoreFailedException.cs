namespace Mandates.Core.UseCases;

/// <summary>
/// The store failed while a use case worked (a disk full, a server gone), after the caller's input was
/// taken: not the caller's mistake, so hosts tell it apart from bad input (the command line's exit 3).
/// The message says what was written before, if anything.
/// </summary>
public sealed class StoreFailedException(string message, Exception inner) : Exception(message, inner);
