using System.Diagnostics;
using Spectre.Console;

namespace Clientele.Cli.Output;

/// <summary>
/// Runs the named stages of a long command, timing each, with a progress bar per stage when the
/// console is interactive (and nothing drawn when output is redirected, as in scripts and CI).
/// </summary>
internal sealed class StageRunner
{
    private readonly Dictionary<string, ProgressTask> _tasks = new();
    private readonly List<(string Stage, TimeSpan Elapsed)> _timings = new();

    /// <summary>The stages run so far, with their wall time.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings => _timings;

    /// <summary>The total wall time of all stages.</summary>
    public TimeSpan Total => TimeSpan.FromTicks(_timings.Sum(t => t.Elapsed.Ticks));

    /// <summary>Runs <paramref name="body"/> with progress bars for <paramref name="stages"/> (in order).</summary>
    public static StageRunner Execute(CliContext context, IReadOnlyList<string> stages, Action<StageRunner> body)
    {
        var runner = new StageRunner();
        if (!context.ShowProgress)
        {
            body(runner);
            return runner;
        }

        context.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                foreach (var stage in stages) runner._tasks[stage] = ctx.AddTask(stage, autoStart: false, maxValue: 1.0);
                body(runner);
            });
        return runner;
    }

    /// <summary>Runs one stage; <paramref name="work"/> may report its progress as a fraction in [0, 1].</summary>
    public T Run<T>(string stage, Func<IProgress<double>, T> work)
    {
        _tasks.TryGetValue(stage, out var task);
        task?.StartTask();
        var progress = new Progress(task);
        var watch = Stopwatch.StartNew();
        var result = work(progress);
        watch.Stop();
        if (task is not null)
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }

        _timings.Add((stage, watch.Elapsed));
        return result;
    }

    /// <summary>Runs one stage that returns nothing.</summary>
    public void Run(string stage, Action<IProgress<double>> work) => Run<object?>(stage, p =>
    {
        work(p);
        return null;
    });

    private sealed class Progress(ProgressTask? task) : IProgress<double>
    {
        public void Report(double value)
        {
            if (task is not null) task.Value = Math.Clamp(value, 0, 1);
        }
    }
}
