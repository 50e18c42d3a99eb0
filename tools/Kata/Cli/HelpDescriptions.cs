using System.CommandLine;
using System.Runtime.CompilerServices;

namespace Katas.Tool.Cli;

/// <summary>
/// The Korean descriptions of the commands, options and arguments that a subcommand's generated
/// <c>--help</c> shows (the root's help is the tool's own, <see cref="HelpText"/>). Each is written
/// once, in English, beside its option; this table gives its Korean by that English text.
/// </summary>
internal static class HelpDescriptions
{
    /// <summary>The English descriptions, kept the first time a symbol is seen: the options are shared by every command tree.</summary>
    private static readonly ConditionalWeakTable<Symbol, string> s_english = [];

    public static IReadOnlyDictionary<string, string> Korean { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kata: the kata loop of this course."] = "kata: 이 과정의 카타 루프.",

        // System.CommandLine's own --help, which its Korean resources leave in English.
        ["Show help and usage information"] = "도움말과 사용법을 보여 줍니다",
        ["The language: en or ko (default: KATA_LANG, then the system's language)."] = "언어: en 또는 ko (기본값: KATA_LANG, 그다음 시스템 언어).",
        ["Work on another copy of the repository."] = "저장소의 다른 사본에서 작업합니다.",
        ["Colours: auto, always or never (NO_COLOR is respected)."] = "색: auto, always, never (NO_COLOR를 따릅니다).",
        ["No colours (the same as --color never)."] = "색 없이 (--color never와 같습니다).",
        ["Stop a kata's specs after this many seconds, and one spec after a quarter of it (default 120)."] = "카타의 스펙을 이 초만큼 지나면 멈추고, 스펙 하나는 그 4분의 1이 지나면 멈춥니다 (기본값 120).",
        ["Run what was built last instead of building."] = "빌드하지 않고 마지막으로 빌드한 것을 실행합니다.",
        ["A kata, or kata/step, to look at: HealthChecker, HealthChecker/timeout, 1/2."] = "볼 카타 또는 카타/단계: HealthChecker, HealthChecker/timeout, 1/2.",
        ["Show the hints of the current step."] = "지금 단계의 힌트를 보여 줍니다.",
        ["Maintainers: the course files fit, solutions green, starters red, every test green."] = "관리자용: 과정 파일이 맞는지, 솔루션은 초록, 스타터는 빨강, 모든 테스트가 초록인지 확인합니다.",
        ["Replay the sale day with the reference solutions instead of your katas."] = "내 카타 대신 참조 솔루션으로 세일 날을 다시 돌립니다.",
        ["The seed of the traffic (a whole number above 0)."] = "트래픽의 시드 (0보다 큰 정수).",
        ["Print progress lines instead of the live table."] = "실시간 표 대신 진행 줄을 출력합니다.",
        ["Replay the sale day against your katas (or the reference solutions)."] = "내 카타(또는 참조 솔루션)로 세일 날을 다시 돌립니다.",
        ["The folder to write the template to: new, empty, or an earlier export with --replace."] = "템플릿을 쓸 폴더: 새 폴더, 빈 폴더, 또는 --replace와 함께 이전에 내보낸 폴더.",
        ["Replace an earlier export in the folder (a kata repository without solutions/)."] = "폴더에 있는 이전 내보내기(solutions/가 없는 카타 저장소)를 바꿉니다.",
        ["Maintainers: write the student template repository (no solutions, one commit)."] = "관리자용: 학생 템플릿 저장소를 씁니다 (솔루션 없이, 커밋 하나).",
        ["A student's clone of the course (or a folder holding one)."] = "학생이 클론한 과정 (또는 그것을 담은 폴더).",
        ["Grade every submission in this folder (one student's clone per subfolder), in parallel."] = "이 폴더의 모든 제출물(하위 폴더마다 학생 클론 하나)을 병렬로 채점합니다.",
        ["Where the reports go (default: .kata/grades/<name> in this repository)."] = "보고서를 쓸 곳 (기본값: 이 저장소의 .kata/grades/<이름>).",
        ["Write the grade as JSON on standard output, for scripts (progress goes to standard error)."] = "스크립트용으로 점수를 표준 출력에 JSON으로 씁니다 (진행 상황은 표준 오류로).",
        ["The points file (default: grading.json at the root of this repository)."] = "배점 파일 (기본값: 이 저장소 루트의 grading.json).",
        ["With --class: how many submissions at once (default: the number of cores)."] = "--class와 함께: 한 번에 채점할 제출물 수 (기본값: 코어 수).",
        ["Write the Gradescope autograder zip (setup.sh, run_autograder and this course) to this file."] = "Gradescope 자동 채점기 zip(setup.sh, run_autograder, 이 과정)을 이 파일로 씁니다.",
        ["Instructors: grade a submission or a whole class, per kata and step, in a sandbox."] = "강사용: 제출물 하나 또는 반 전체를 카타와 단계별로 샌드박스에서 채점합니다.",
        ["The usage, in your language."] = "사용법을 내 언어로 보여 줍니다.",
        ["The katas and their steps."] = "카타와 그 단계들.",
        ["start, next (hand over or take over), done (squash onto your branch), status (the default), stop."] = "start, next (넘겨주기 또는 넘겨받기), done (내 브랜치로 스쿼시), status (기본값), stop.",
        ["Who types first: \"Name <email>\", or a name given before."] = "먼저 타이핑할 사람: \"이름 <이메일>\" 또는 전에 준 이름.",
        ["Who reads the specs and the guide: \"Name <email>\", or a name given before."] = "스펙과 가이드를 읽을 사람: \"이름 <이메일>\" 또는 전에 준 이름.",
        ["Minutes a turn (default 7; decimals allowed)."] = "한 차례의 분 (기본값 7, 소수 가능).",
        ["The git remote to hand over through (default: origin, or the only remote)."] = "넘겨줄 때 쓸 git 원격 저장소 (기본값: origin, 또는 하나뿐인 원격).",
        ["Pair programming: roles, a timer, handover through git, both names on the commits."] = "페어 프로그래밍: 역할, 타이머, git을 통한 넘겨주기, 커밋에 두 사람의 이름.",
        ["A kata, or kata/step, to watch: HealthChecker, HealthChecker/timeout, 1/2."] = "지켜볼 카타 또는 카타/단계: HealthChecker, HealthChecker/timeout, 1/2.",
        ["Run the loop again on every save of a kata file, and show what changed. Ctrl+C stops."] = "카타 파일을 저장할 때마다 루프를 다시 돌리고 바뀐 것을 보여 줍니다. Ctrl+C로 멈춥니다.",
    };

    /// <summary>Gives every description in the tree under <paramref name="root"/> in <paramref name="language"/> (English when it has no Korean).</summary>
    public static void Apply(Command root, Language language)
    {
        foreach (var symbol in Symbols(root))
        {
            var english = s_english.GetValue(symbol, static s => s.Description ?? "");
            symbol.Description = language == Language.Korean && Korean.TryGetValue(english, out var korean) ? korean : english;
        }
    }

    private static IEnumerable<Symbol> Symbols(Command command)
    {
        yield return command;
        foreach (var option in command.Options)
        {
            yield return option;
        }

        foreach (var argument in command.Arguments)
        {
            yield return argument;
        }

        foreach (var subcommand in command.Subcommands)
        {
            foreach (var symbol in Symbols(subcommand))
            {
                yield return symbol;
            }
        }
    }
}
