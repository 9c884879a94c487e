namespace Mandates.Core.Contracts;

/// <summary><c>export</c>'s answer: the folder written and its files.</summary>
/// <param name="SchemaVersion">See <see cref="Contract.SchemaVersion"/>.</param>
/// <param name="Folder">The folder written, as a full path.</param>
/// <param name="Files">The files written, relative to the folder (operations/kfor.yaml).</param>
public sealed record ExportOutput(int SchemaVersion, string Folder, IReadOnlyList<string> Files);
