namespace Mandates.Core.Contracts;

/// <summary><c>generate</c>'s answer: what it recorded and appended.</summary>
/// <param name="SchemaVersion">See <see cref="Contract.SchemaVersion"/>.</param>
/// <param name="OperationsRecorded">How many fictional operations were added to the store's record.</param>
/// <param name="Appended">How many tour entries were appended.</param>
/// <param name="Asked">How many entries were asked for at most.</param>
/// <param name="Head">The ledger's newest position after appending.</param>
public sealed record GenerateOutput(int SchemaVersion, int OperationsRecorded, long Appended, long Asked, long Head);
