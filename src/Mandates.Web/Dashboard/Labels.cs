namespace Mandates.Web.Dashboard;

/// <summary>The pages' words, English (Labels.resx) and German (Labels.de.resx, the terms of the glossary).</summary>
public sealed class Labels;
