using Katas.Tool.Cli;

namespace Katas.Tool.Course;

/// <summary>
/// What the tool says before any command runs: no kata repository to work on, or course files it cannot
/// read. In English and Korean ({0}, {1}: filled by <see cref="UsageTexts.Format"/>).
/// </summary>
internal sealed record CourseTexts
{
    public static CourseTexts For(Language language) => language == Language.Korean ? Korean : English;

    public required string NotAKataRepository { get; init; }
    public required string NoKataRepository { get; init; }
    public required string CourseProblems { get; init; }

    public static CourseTexts English { get; } = new()
    {
        NotAKataRepository = "'{0}' is not a kata repository: it has no {1}.",
        NoKataRepository = "No {0} here or above '{1}'. Run the tool inside the kata repository, or give --repo <folder>.",
        CourseProblems = "The course files have problems:",
    };

    public static CourseTexts Korean { get; } = new()
    {
        NotAKataRepository = "'{0}'은(는) 카타 저장소가 아닙니다: {1}이(가) 없습니다.",
        NoKataRepository = "'{1}'에도, 그 위의 폴더에도 {0}이(가) 없습니다. 카타 저장소 안에서 실행하거나 --repo <폴더>를 주세요.",
        CourseProblems = "코스 파일에 문제가 있습니다:",
    };
}
