namespace Mandates.Core.UseCases;

/// <summary>A fact of a mandate that DIP changed or added.</summary>
/// <param name="Mandate">The mandate's id, e.g. KFOR-2025.</param>
/// <param name="Fact">The fact, as the record format names it: <c>motion.distributed</c> or <c>vote</c>.</param>
/// <param name="Before">The fact as the record held it, in words; null where it held none.</param>
/// <param name="After">The fact as DIP gives it, in words.</param>
/// <param name="Source">The DIP document, now the fact's source.</param>
/// <param name="Where">The file and JSON path DIP gave it at.</param>
public sealed record DipChange(string Mandate, string Fact, string? Before, string After, string Source,
    string Where);
