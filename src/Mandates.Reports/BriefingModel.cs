using Mandates.Core.Contracts;
using Mandates.Core.UseCases;
using NodaTime;

namespace Mandates.Reports;

/// <summary>
/// What the briefing's components read: the use case's answer, and the contracts made of it (days written as
/// YYYY-MM-DD, every fact's source resolved), so that the document shows what `show`, `strength`, `deadlines` and
/// `audit` say, in their words.
/// </summary>
/// <param name="Brief">The answer of <see cref="BriefOperation"/>.</param>
/// <param name="MadeOn">The day the document was made (the record as known then).</param>
/// <param name="ChartSvg">The strength-against-ceiling chart as inline SVG markup; null where none is drawn.</param>
public sealed record BriefingModel(BriefResult Brief, LocalDate MadeOn, string? ChartSvg)
{
    public ShowOutput Show { get; } = ShowOutput.Of(Brief.Show);

    public StrengthOutput Strength { get; } = StrengthOutput.Of(Brief.Strength);

    public DeadlinesOutput Deadlines { get; } = DeadlinesOutput.Of(Brief.Deadlines);

    public AuditOutput Audit { get; } = AuditOutput.Of(Brief.Audit);

    /// <summary>The mandate in force on the day; null where none is.</summary>
    public MandateOutput? InForce => Show.Chain.FirstOrDefault(m => m.Id == Show.InForce);

    /// <summary>The mandate governing the day, in force or not; null before any.</summary>
    public MandateOutput? Governing => Show.Chain.FirstOrDefault(m => m.Id == Show.Governing);

    /// <summary>The day briefed, YYYY-MM-DD.</summary>
    public string Day => Show.Date;

    /// <summary>The words of the running header on every printed page.</summary>
    public string Running => $"{Show.Operation}: briefing on {Day} (§ 6 ParlBG)";
}
