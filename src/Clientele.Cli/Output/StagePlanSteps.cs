using Clientele.Storage.Planning;

namespace Clientele.Cli.Output;

/// <summary>Runs a planning service's steps as <see cref="StageRunner"/> stages (a progress bar each in a terminal).</summary>
internal sealed class StagePlanSteps(StageRunner runner) : IPlanStages
{
    public T Run<T>(string stage, Func<T> work) => runner.Run(stage, _ => work());
}
