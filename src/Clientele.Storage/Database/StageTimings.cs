using System.Diagnostics;

namespace Clientele.Storage.Database;

/// <summary>
/// Per-stage wall time and process CPU time on standard error, for finding where a command's time goes; on only
/// when the environment variable <c>CLIENTELE_TIMINGS</c> is <c>1</c>, otherwise every call is a no-op.
/// </summary>
internal sealed class StageTimings
{
    private static readonly StageTimings Off = new(null);
    private readonly string? label;
    private readonly Stopwatch clock = Stopwatch.StartNew();

    private StageTimings(string? label) => this.label = label;

    /// <summary>Timings labelled <paramref name="label"/>, on when <c>CLIENTELE_TIMINGS=1</c>.</summary>
    public static StageTimings FromEnvironment(string label) =>
        Environment.GetEnvironmentVariable("CLIENTELE_TIMINGS") == "1" ? new StageTimings(label) : Off;

    /// <summary>Runs <paramref name="stage"/> and reports its wall time (stages on other threads overlap).</summary>
    public T Time<T>(string stage, Func<T> run)
    {
        if (label is null) return run();
        long start = clock.ElapsedTicks;
        var result = run();
        Write(stage, Stopwatch.GetElapsedTime(0, clock.ElapsedTicks - start));
        return result;
    }

    /// <summary>Reports the time since these timings started.</summary>
    public void Mark(string stage)
    {
        if (label is not null) Write(stage, clock.Elapsed);
    }

    private void Write(string stage, TimeSpan wall) =>
        Console.Error.WriteLine(
            $"[{label}] {stage}: {wall.TotalMilliseconds:F0} ms wall; process CPU so far {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0} ms; " +
            $"allocated {GC.GetTotalAllocatedBytes() / (1 << 20)} MB, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, " +
            $"GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
}
