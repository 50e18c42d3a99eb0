namespace Katas.Tool.Grading;

/// <summary>The grader cannot grade at all (the course's own specs do not build): exit code 1 with the reason.</summary>
internal sealed class GradingException(string message) : Exception(message);
