namespace Katas.Tool.Course;

/// <summary>Something wrong in a course file, with the place to fix it.</summary>
internal sealed record CourseProblem(string File, int? Line, string Message)
{
    public override string ToString() => Line is int line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
