using Katas.Tool.Cli;

namespace Katas.Tool.Watching;

/// <summary>The sentences of `./kata watch`, in English and Korean ({0}: invariant formatting).</summary>
internal sealed record WatchTexts
{
    public static WatchTexts For(Language language) => language == Language.Korean ? Korean : English;

    public required string Watching { get; init; }
    public required string Saved { get; init; }
    public required string Verdict { get; init; }
    public required string StepDone { get; init; }
    public required string StepsDone { get; init; }
    public required string KataDone { get; init; }
    public required string StillRed { get; init; }
    public required string SameFailure { get; init; }
    public required string BrokeEarlierStep { get; init; }
    public required string CompilesAgain { get; init; }
    public required string WarningsGone { get; init; }
    public required string FullBuild { get; init; }
    public required string Stopped { get; init; }

    public static WatchTexts English { get; } = new()
    {
        Watching = "Watching katas/: save a file to run its kata's specs. Ctrl+C stops.",
        Saved = "── {0} saved ──",
        Verdict = "({0:0.0} s from the save)",
        StepDone = "✔ Step {0} passes!",
        StepsDone = "✔ Steps {0} to {1} pass!",
        KataDone = "✔ {0}: every step passes!",
        StillRed = "✘ Step {0} is still red:",
        SameFailure = "✘ Step {0}: still the same failure, {1}.",
        BrokeEarlierStep = "✘ Step {0} passed before and fails now:",
        CompilesAgain = "✔ It compiles again.",
        WarningsGone = "✔ No SPOF warning any more.",
        FullBuild = "The kata's public API changed: building it with its specs...",
        Stopped = "Watch stopped.",
    };

    public static WatchTexts Korean { get; } = new()
    {
        Watching = "katas/를 지켜보는 중: 파일을 저장하면 그 카타의 스펙을 실행합니다. Ctrl+C로 멈춥니다.",
        Saved = "── {0} 저장됨 ──",
        Verdict = "(저장 후 {0:0.0}초)",
        StepDone = "✔ {0}단계 통과!",
        StepsDone = "✔ {0}단계부터 {1}단계까지 통과!",
        KataDone = "✔ {0}: 모든 단계 통과!",
        StillRed = "✘ {0}단계는 아직 빨간색입니다:",
        SameFailure = "✘ {0}단계: 실패가 그대로입니다, {1}.",
        BrokeEarlierStep = "✘ {0}단계가 전에는 통과했는데 지금은 실패합니다:",
        CompilesAgain = "✔ 다시 컴파일됩니다.",
        WarningsGone = "✔ SPOF 경고가 더 이상 없습니다.",
        FullBuild = "카타의 공개 API가 바뀌었습니다: 스펙과 함께 빌드하는 중...",
        Stopped = "지켜보기를 멈췄습니다.",
    };
}
