namespace Mandates.Core.UseCases;

/// <summary>How a host shows long work (a progress bar on a terminal, nothing for a machine).</summary>
public interface IProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, which reports how far it is as a fraction from 0 to 1.</summary>
    T Run<T>(string description, Func<Action<double>, T> work);

    /// <summary>Shows nothing: for hosts no person watches.</summary>
    public static readonly IProgressDisplay None = new Silent();

    private sealed class Silent : IProgressDisplay
    {
        public T Run<T>(string description, Func<Action<double>, T> work) => work(_ => { });
    }
}
