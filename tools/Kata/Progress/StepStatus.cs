namespace Katas.Tool.Progress;

internal enum StepStatus
{
    /// <summary>Every spec of the step passes.</summary>
    Done,

    /// <summary>The first step with a failing spec: the one to work on.</summary>
    Current,

    /// <summary>A later step, waiting for the current one.</summary>
    Locked,

    /// <summary>The step has no specs at all (a course authoring mistake).</summary>
    NoSpecs,
}
