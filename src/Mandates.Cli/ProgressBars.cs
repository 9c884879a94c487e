using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// Long work shown as a progress bar on a terminal; nothing when output is redirected or JSON is asked for.
/// </summary>
internal sealed class ProgressBars(Output output, bool json) : IProgressDisplay
{
    public T Run<T>(string description, Func<Action<double>, T> work) => output.WithProgress(description, json, work);
}
