namespace Katas.Tool.Grading.Compiling;

/// <summary>One student file the grader took from a submission: its path in the course (for messages) and its text.</summary>
/// <param name="RelativePath">As the course names it: <c>katas/HealthChecker/HealthChecker.cs</c>.</param>
internal sealed record StudentSource(string RelativePath, string Text);
