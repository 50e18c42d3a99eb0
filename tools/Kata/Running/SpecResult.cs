namespace Katas.Tool.Running;

internal enum SpecOutcome
{
    Passed,
    Failed,
    Skipped,
    NotRun,
}

/// <summary>One spec's result, read from the xunit results file.</summary>
/// <param name="Name">The full name: <c>Katas.HealthChecker.Specs.Step1_OneProbe.A_200_answer_is_healthy</c>, with theory arguments when it has any.</param>
/// <param name="Step">The value of the spec's Step trait, when it has one.</param>
/// <param name="Message">The failure message or skip reason.</param>
/// <param name="SourceFile">Where the spec method is written, when known.</param>
internal sealed record SpecResult(
    string Name,
    string ClassName,
    string MethodName,
    int? Step,
    SpecOutcome Outcome,
    string? Message,
    string? StackTrace,
    string? SourceFile,
    int? SourceLine)
{
    /// <summary>The spec's Korean title, from <c>[Ko("...")]</c> beside it, when it has one.</summary>
    public string? KoreanTitle { get; init; }

    /// <summary>The name as a sentence: <c>A 200 answer is healthy</c>, or <c>... (status: 404)</c> for a theory row.</summary>
    public string DisplayName => MethodName.Replace('_', ' ') + Arguments;

    /// <summary>The title in the student's language: the Korean title when there is one, the English sentence otherwise.</summary>
    public string TitleIn(Cli.Language language) =>
        language == Cli.Language.Korean && KoreanTitle is { } korean ? korean + Arguments : DisplayName;

    /// <summary>A theory row's arguments, " (status: 404)", or nothing.</summary>
    private string Arguments
    {
        get
        {
            var prefix = ClassName + "." + MethodName;
            var arguments = Name.StartsWith(prefix, StringComparison.Ordinal) ? Name[prefix.Length..].Trim() : "";
            return arguments.Length > 0 ? " " + arguments : "";
        }
    }
}
