using Katas.Tool.Cli;

namespace Katas.Tool.Rendering;

/// <summary>
/// Every sentence the student loop prints, in English and Korean. Format items ({0}) are filled with
/// invariant formatting.
/// </summary>
internal sealed record Texts
{
    public static Texts For(Language language) => language == Language.Korean ? Korean : English;

    public required string Title { get; init; }
    public required string Building { get; init; }
    public required string BuildFailed { get; init; }
    public required string KataDone { get; init; }
    public required string KataAtStep { get; init; }
    public required string KataDoesNotCompile { get; init; }
    public required string KataDidNotRun { get; init; }
    public required string StepHeading { get; init; }
    public required string StatusDone { get; init; }
    public required string StatusCurrent { get; init; }
    public required string StatusLocked { get; init; }
    public required string StatusNoSpecs { get; init; }
    public required string Guide { get; init; }
    public required string Goal { get; init; }
    public required string YourCode { get; init; }
    public required string TheSpec { get; init; }
    public required string AlsoFailing { get; init; }
    public required string MoreLines { get; init; }
    public required string HintPrompt { get; init; }
    public required string Hints { get; init; }
    public required string NoHints { get; init; }
    public required string AllDone { get; init; }
    public required string FixCompileErrors { get; init; }
    public required string MoreErrors { get; init; }
    public required string TimedOut { get; init; }
    public required string SpecTimedOut { get; init; }
    public required string WasRunning { get; init; }
    public required string Crashed { get; init; }
    public required string NoResults { get; init; }
    public required string PrintedTooMuch { get; init; }
    public required string NotBuilt { get; init; }
    public required string SpofWarnings { get; init; }
    public required string FocusedStepPasses { get; init; }
    public required string FocusedStepLocked { get; init; }
    public required string GuideMissing { get; init; }
    public required string StepsRemain { get; init; }

    public static Texts English { get; } = new()
    {
        Title = "Katas · from one container to a fleet",
        Building = "Building your katas...",
        BuildFailed = "The build itself failed (exit code {0}). Its last lines:",
        KataDone = "done",
        KataAtStep = "step {0} · {1}",
        KataDoesNotCompile = "does not compile ({0} errors)",
        KataDidNotRun = "specs did not run",
        StepHeading = "Step {0}: {1}",
        StatusDone = "done",
        StatusCurrent = "current",
        StatusLocked = "locked",
        StatusNoSpecs = "no specs",
        Guide = "Guide",
        Goal = "Goal",
        YourCode = "your code",
        TheSpec = "the spec",
        AlsoFailing = "Also failing in this step ({0}):",
        MoreLines = "... ({0} more lines)",
        HintPrompt = "Stuck? `{0}` shows the hints for this step.",
        Hints = "Hints",
        NoHints = "The guide has no hints for this step.",
        AllDone = "Every step of every kata passes. Well done!",
        FixCompileErrors = "{0} does not compile. Fix these first:",
        MoreErrors = "... and {0} more.",
        TimedOut = "The specs of {0} did not finish within {1}s and were stopped. Is something waiting forever?",
        SpecTimedOut = "A spec of {0} ran for more than {1}s and was stopped. Is something waiting or looping forever?",
        WasRunning = "It was running: {0}",
        Crashed = "The specs of {0} stopped without results:",
        NoResults = "Exit code {0} and no results.",
        PrintedTooMuch = "Stopped: it printed more than {0} MB.",
        NotBuilt = "The specs of {0} have not been built. Run without --no-build.",
        SpofWarnings = "SPOF warnings in your code (see analyzers/docs/):",
        FocusedStepPasses = "Every spec of this step passes.",
        FocusedStepLocked = "This step's specs did not run.",
        GuideMissing = "(no section for this step in {0})",
        StepsRemain = "{0} of {1} steps done.",
    };

    public static Texts Korean { get; } = new()
    {
        Title = "Katas · 컨테이너 하나에서 여러 대로",
        Building = "카타를 빌드하는 중...",
        BuildFailed = "빌드 자체가 실패했습니다 (종료 코드 {0}). 마지막 출력:",
        KataDone = "완료",
        KataAtStep = "{0}단계 · {1}",
        KataDoesNotCompile = "컴파일 오류 ({0}개)",
        KataDidNotRun = "스펙이 실행되지 않음",
        StepHeading = "{0}단계: {1}",
        StatusDone = "완료",
        StatusCurrent = "진행 중",
        StatusLocked = "잠김",
        StatusNoSpecs = "스펙 없음",
        Guide = "가이드",
        Goal = "목표",
        YourCode = "내 코드",
        TheSpec = "스펙",
        AlsoFailing = "이 단계에서 함께 실패한 스펙 ({0}개):",
        MoreLines = "... (나머지 {0}줄)",
        HintPrompt = "막혔나요? `{0}` 로 이 단계의 힌트를 볼 수 있습니다.",
        Hints = "힌트",
        NoHints = "가이드에 이 단계의 힌트가 없습니다.",
        AllDone = "모든 카타의 모든 단계를 통과했습니다. 수고했어요!",
        FixCompileErrors = "{0}이(가) 컴파일되지 않습니다. 먼저 이 오류를 고치세요:",
        MoreErrors = "... 외 {0}개.",
        TimedOut = "{0}의 스펙이 {1}초 안에 끝나지 않아 중단했습니다. 끝없이 기다리는 코드가 있나요?",
        SpecTimedOut = "{0}의 스펙 하나가 {1}초 넘게 끝나지 않아 중단했습니다. 끝없이 기다리거나 반복하는 코드가 있나요?",
        WasRunning = "실행 중이던 스펙: {0}",
        Crashed = "{0}의 스펙이 결과 없이 멈췄습니다:",
        NoResults = "결과 없이 끝났습니다 (종료 코드 {0}).",
        PrintedTooMuch = "출력이 {0} MB를 넘어 중단했습니다.",
        NotBuilt = "{0}의 스펙이 아직 빌드되지 않았습니다. --no-build 없이 실행하세요.",
        SpofWarnings = "내 코드의 SPOF 경고 (analyzers/docs/ 참고):",
        FocusedStepPasses = "이 단계의 스펙을 모두 통과했습니다.",
        FocusedStepLocked = "이 단계의 스펙이 실행되지 않았습니다.",
        GuideMissing = "({0}에 이 단계의 절이 없습니다)",
        StepsRemain = "{1}단계 중 {0}단계 완료.",
    };
}
