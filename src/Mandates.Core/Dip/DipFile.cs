namespace Mandates.Core.Dip;

/// <summary>A file of DIP JSON, as the host read it: its name as the user gave it, and its text.</summary>
/// <param name="Name">The file's name as given, which every problem with it names.</param>
/// <param name="Text">What the file holds.</param>
public sealed record DipFile(string Name, string Text);
