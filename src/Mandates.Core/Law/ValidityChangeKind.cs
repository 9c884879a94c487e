namespace Mandates.Core.Law;

/// <summary>How a dated change alters a legal act's validity.</summary>
public enum ValidityChangeKind
{
    /// <summary>The act's end moves to <see cref="ValidityChange.Until"/> (or becomes open-ended).</summary>
    Extended,
    /// <summary>The act ceases: <see cref="ValidityChange.Until"/> is its last day in force.</summary>
    Terminated,
}
