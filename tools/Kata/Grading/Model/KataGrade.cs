namespace Katas.Tool.Grading.Model;

internal enum KataGradeStatus
{
    /// <summary>The kata compiled and its specs ran, step by step.</summary>
    Graded,

    /// <summary>The kata did not compile: every step scores 0 and the report shows the compiler's lines.</summary>
    NotCompiling,

    /// <summary>The submission has none of the kata's student files.</summary>
    Missing,
}

/// <summary>The grade of one kata.</summary>
/// <param name="CompilerErrors">For <see cref="KataGradeStatus.NotCompiling"/>: the compiler's lines, <c>file(line,col): error CSxxxx: message</c>.</param>
/// <param name="SpofFindings">The SPOF analyzers' warnings on the student's code: feedback, and a deduction only when the points file says so.</param>
/// <param name="SpofDeduction">Points taken for SPOF findings (0 unless the points file asks for it).</param>
internal sealed record KataGrade(
    string Kata,
    KataGradeStatus Status,
    IReadOnlyList<StepGrade> Steps,
    IReadOnlyList<string> CompilerErrors,
    IReadOnlyList<SpofFinding> SpofFindings,
    decimal SpofDeduction = 0)
{
    public decimal Score => Math.Max(0, Steps.Sum(s => s.Points) - SpofDeduction);

    public decimal MaxScore => Steps.Sum(s => s.MaxPoints);

    /// <summary>The first step that is not fully passed, or null when every step passes: where the student is stuck.</summary>
    public StepGrade? StuckAt => Steps.FirstOrDefault(s => !s.Passed);
}

/// <summary>The grade of one step.</summary>
/// <param name="Title">The step's title from the guide, in the report's language.</param>
/// <param name="Problem">Why the step's specs could not all be seen (time-out, crash), or null.</param>
internal sealed record StepGrade(
    int Number,
    string Slug,
    string Title,
    decimal Points,
    decimal MaxPoints,
    IReadOnlyList<SpecGrade> Specs,
    string? Problem = null)
{
    public bool Passed => Specs.Count > 0 && Specs.All(s => s.Verdict == SpecVerdict.Passed);

    public int PassedCount => Specs.Count(s => s.Verdict == SpecVerdict.Passed);
}

internal enum SpecVerdict
{
    Passed,
    Failed,

    /// <summary>The grader never saw the spec finish (the run crashed or timed out first): it scores 0.</summary>
    NotSeen,
}

/// <summary>One spec's verdict.</summary>
/// <param name="Name">The full name, unique in its kata: <c>Katas.HealthChecker.Specs.Step1_OneProbe.A_200_answer_is_healthy</c>.</param>
/// <param name="DisplayName">The name as a sentence.</param>
/// <param name="Message">Why it failed (the assertion message), or null.</param>
internal sealed record SpecGrade(string Name, string DisplayName, SpecVerdict Verdict, string? Message = null);

/// <summary>One SPOF analyzer warning on the student's code, with its rule page.</summary>
internal sealed record SpofFinding(string Rule, string File, int Line, string Message, string HelpLink);
