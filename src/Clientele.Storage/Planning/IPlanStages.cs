namespace Clientele.Storage.Planning;

/// <summary>
/// Runs the named steps of a planning command, so a caller can show progress and time them (the CLI draws a
/// progress bar per step; the web server runs them plainly).
/// </summary>
public interface IPlanStages
{
    /// <summary>Runs <paramref name="work"/> as the step <paramref name="stage"/> and returns its result.</summary>
    T Run<T>(string stage, Func<T> work);
}

/// <summary>Runs steps without showing anything.</summary>
public sealed class PlainPlanStages : IPlanStages
{
    /// <summary>The shared instance.</summary>
    public static PlainPlanStages Instance { get; } = new();

    /// <inheritdoc />
    public T Run<T>(string stage, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work();
    }
}
