using System.Globalization;

namespace Katas.Tool.Cli;

/// <summary>
/// The tool's own sentences about a command line it cannot run, in English and Korean
/// ({0}, {1}: the option and the value as typed).
/// </summary>
/// <remarks>
/// The parser's validators have no <see cref="Language"/> to ask, so these follow the user interface
/// culture, as System.CommandLine's own messages do; <see cref="CommandLine.Parse(System.CommandLine.RootCommand, IReadOnlyList{string}, Language)"/>
/// sets it to the student's language while it parses, so both speak the same one.
/// </remarks>
internal sealed record UsageTexts
{
    /// <summary>The texts of the user interface culture: Korean for ko-*, English otherwise.</summary>
    public static UsageTexts Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko" ? Korean : English;

    public required string UnknownOption { get; init; }
    public required string SeeUsage { get; init; }
    public required string LanguageValue { get; init; }
    public required string ColorValue { get; init; }
    public required string Seconds { get; init; }
    public required string PositiveNumber { get; init; }
    public required string Minutes { get; init; }
    public required string PairAction { get; init; }
    public required string PairStartOptions { get; init; }
    public required string GradeOneOf { get; init; }
    public required string JobsWithClass { get; init; }
    public required string NothingToRun { get; init; }

    public static UsageTexts English { get; } = new()
    {
        UnknownOption = "Unknown option '{0}'. Run `./kata --help` for the options.",
        SeeUsage = "Run `./kata --help` for the usage.",
        LanguageValue = "--lang takes 'en' or 'ko', not '{0}'.",
        ColorValue = "--color takes 'auto', 'always' or 'never', not '{0}'.",
        Seconds = "{0} takes a whole number of seconds (1 or more), not '{1}'.",
        PositiveNumber = "{0} takes a whole number above 0, not '{1}'.",
        Minutes = "--minutes takes a number of minutes above 0 and at most 240, not '{0}'.",
        PairAction = "`./kata pair {0}`: the pair commands are start, next, done, status and stop.",
        PairStartOptions = "--driver, --navigator, --minutes and --remote go with `./kata pair start`.",
        GradeOneOf = "`./kata grade` takes one of: a submission folder, --class <folder>, or --gradescope-package <zip>.",
        JobsWithClass = "--jobs goes with --class.",
        NothingToRun = "The command line asked for nothing to run.",
    };

    public static UsageTexts Korean { get; } = new()
    {
        UnknownOption = "'{0}'은(는) 없는 옵션입니다. 옵션은 `./kata --help`로 보세요.",
        SeeUsage = "사용법은 `./kata --help`로 보세요.",
        LanguageValue = "--lang에는 'en'이나 'ko'를 주세요. '{0}'은(는) 안 됩니다.",
        ColorValue = "--color에는 'auto', 'always', 'never' 중 하나를 주세요. '{0}'은(는) 안 됩니다.",
        Seconds = "{0}에는 1 이상의 정수 초를 주세요. '{1}'은(는) 안 됩니다.",
        PositiveNumber = "{0}에는 0보다 큰 정수를 주세요. '{1}'은(는) 안 됩니다.",
        Minutes = "--minutes에는 0보다 크고 240 이하인 분을 주세요. '{0}'은(는) 안 됩니다.",
        PairAction = "`./kata pair {0}`: 페어 명령은 start, next, done, status, stop입니다.",
        PairStartOptions = "--driver, --navigator, --minutes, --remote는 `./kata pair start`와 함께 씁니다.",
        GradeOneOf = "`./kata grade`에는 제출 폴더, --class <폴더>, --gradescope-package <zip> 중 하나를 주세요.",
        JobsWithClass = "--jobs는 --class와 함께 씁니다.",
        NothingToRun = "명령줄이 실행할 것을 아무것도 요청하지 않았습니다.",
    };

    /// <summary>One of the sentences above with its values, formatted without culture.</summary>
    public static string Format(string text, params object?[] values) => string.Format(CultureInfo.InvariantCulture, text, values);
}
