namespace Mandates.Core.Rules;

/// <summary>
/// Which rule prevails when two could both decide the same question (as Catala declares exceptions).
/// Where two applicable rules give different answers and neither is declared to prevail, the
/// question has no answer: that is a <see cref="RuleConflictException"/>, never a silent choice.
/// </summary>
public sealed class Precedence
{
    private readonly HashSet<(string Stronger, string Weaker)> pairs;

    public Precedence(IEnumerable<(string Stronger, string Weaker)> pairs) => this.pairs = pairs.ToHashSet();

    public IReadOnlyCollection<(string Stronger, string Weaker)> Pairs => pairs;

    public bool Prevails(string stronger, string weaker) => pairs.Contains((stronger, weaker));

    public Precedence Without(string stronger, string weaker) => new(pairs.Where(p => p != (stronger, weaker)));

    /// <summary>The sub-rules that can answer one question, by name.</summary>
    public static class Names
    {
        public const string PlenaryVote = "plenary vote (ParlBG § 3)";
        public const string DeemedConsent = "deemed consent (ParlBG § 4(1))";
        public const string SubsequentApprovalPending = "subsequent approval pending (ParlBG § 5)";
        public const string OwnEndDate = "the mandate's own end date";
        public const string ExtensionPending = "extension pending (ParlBG § 7(2))";
    }

    /// <summary>The precedence the law declares.</summary>
    public static readonly Precedence Declared = new([
        // The plenary's decision prevails over consent the Act deems given or lets run ahead of it.
        (Names.PlenaryVote, Names.DeemedConsent),
        (Names.PlenaryVote, Names.SubsequentApprovalPending),
        // § 7(2): while an extension is pending the deployment counts as approved past the old end date.
        (Names.ExtensionPending, Names.OwnEndDate),
    ]);

    /// <summary>
    /// Resolves a question from the candidates that apply (at least one): those that another applicable
    /// candidate prevails over drop out; what is left must give the same answer, as <paramref name="answer"/>
    /// reads it (for findings, the outcome). Of several that agree, the first listed is kept.
    /// </summary>
    public T Resolve<T>(string question, IReadOnlyList<(string Rule, T Value)> applicable, Func<T, object> answer)
    {
        if (applicable.Count == 0) throw new ArgumentException($"No rule applies to {question}; every question needs at least one.", nameof(applicable));
        if (applicable.Count == 1) return applicable[0].Value;
        var standing = applicable
            .Where(c => !applicable.Any(other => other.Rule != c.Rule && Prevails(other.Rule, c.Rule)))
            .ToList();
        if (standing.Select(c => answer(c.Value)).Distinct().Count() == 1) return standing[0].Value;
        throw new RuleConflictException(question, standing.Select(c => c.Rule).ToList());
    }
}

/// <summary>
/// Two rules (or two mandates) both decide a question, differently, and nothing declares which
/// prevails. An error in the record or the rules, to be fixed there, not a refusal.
/// </summary>
public sealed class RuleConflictException(string question, IReadOnlyList<string> rules)
    : Exception($"Conflict: {string.Join(" and ", rules)} both decide {question}, and nothing declares which prevails.")
{
    public string Question { get; } = question;
    public IReadOnlyList<string> Rules { get; } = rules;
}
