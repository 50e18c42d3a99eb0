using Katas.Tool.Course;
using Katas.Tool.Running;

namespace Katas.Tool.Progress;

/// <summary>How far one step is, with its specs' results.</summary>
internal sealed record StepProgress(StepDefinition Step, StepStatus Status, IReadOnlyList<SpecResult> Specs)
{
    public IEnumerable<SpecResult> Failures => Specs.Where(s => s.Outcome == SpecOutcome.Failed);
}
