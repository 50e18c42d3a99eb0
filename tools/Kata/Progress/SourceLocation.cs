namespace Katas.Tool.Progress;

/// <summary>A place in a source file, relative to the repository: <c>katas/HealthChecker/HealthChecker.cs:37</c>.</summary>
internal sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
