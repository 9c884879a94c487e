namespace Mandates.Core.Access;

/// <summary>
/// A write the store's law refuses: the store has users, and the caller is none of its active ones or their role
/// may not do the act. Not bad input (the request may be lawful for another user) but a refusal; thrown before
/// anything is written. A host says it as such: exit 1 on the command line, 403 on the web.
/// </summary>
/// <param name="user">Who asked to write.</param>
/// <param name="act">What they asked to do.</param>
/// <param name="why">Why they may not, in a sentence.</param>
public sealed class NotPermittedException(string user, Act act, string why) : Exception(why)
{
    /// <summary>Who asked to write.</summary>
    public string User { get; } = user;

    /// <summary>What they asked to do.</summary>
    public Act Act { get; } = act;

    /// <summary>Why they may not, in a sentence.</summary>
    public string Why { get; } = why;
}
