namespace Mandates.Core.Problems;

/// <summary>
/// Carries a <see cref="Problem"/> out of a use case to its host, which names the field in its own words.
/// Thrown before anything is written: bad input writes nothing.
/// </summary>
public sealed class ProblemException(Problem problem) : Exception(problem.ToString())
{
    public Problem Problem { get; } = problem;
}
