namespace Katas.Tool.Cli;

/// <summary>The usage, in the student's language.</summary>
internal static class HelpText
{
    public static string For(Language language) => language == Language.Korean ? Korean : English;

    private const string English = """
        kata: the kata loop of this course.

        Usage:
          ./kata                       build your katas, run the specs, show the next step
          ./kata <kata>                the same for one kata          (./kata HealthChecker)
          ./kata <kata>/<step>         one step, even a locked one    (./kata HealthChecker/timeout, ./kata 1/2)
          ./kata --hint                ... and show the hints of the step
          ./kata watch                 stay running: on every save, the specs again and what changed
          ./kata watch <kata>[/<step>] ... for one kata or step
          ./kata list                  the katas and their steps
          ./kata demo                  replay the sale day against your katas (the default once all pass)
          ./kata demo --reference      ... against the reference solutions   (--seed N, --no-live)
          ./kata pair start --driver "Ana <ana@example.com>" --navigator "Min <min@example.com>" [--minutes 7]
                                       pair programming; then pair next | done | status | stop
          ./kata check                 maintainers: solutions green, starters red, all tests green
          ./kata export-student <dir>  maintainers: write the class's template repository (--replace)
          ./kata grade <submission>    instructors: grade a student's clone per kata and step, in a sandbox
          ./kata grade --class <dir>   ... every submission in the folder; --gradescope-package <zip>
                                       (./kata grade --help for the reports and options)

        Options:
          --lang en|ko                 the language (default: KATA_LANG, then your system's language)
          --no-build                   run what was built last
          --timeout <seconds>          stop a kata's specs after this long, one spec after a quarter (default 120)
          --color auto|always|never    colours (NO_COLOR is respected); --no-color
          --repo <folder>              work on another copy of the repository

        Exit code: 0 when everything asked for passes, 1 when something is still red, 2 for a wrong command line.
        Windows: kata.cmd instead of ./kata. Without the script: dotnet run --project tools/Kata -- <arguments>
        """;

    private const string Korean = """
        kata: 이 과정의 카타 루프입니다.

        사용법:
          ./kata                       카타를 빌드하고 스펙을 실행해 다음 단계를 보여 줍니다
          ./kata <카타>                카타 하나만                     (./kata HealthChecker)
          ./kata <카타>/<단계>         단계 하나만, 잠긴 단계도        (./kata HealthChecker/timeout, ./kata 1/2)
          ./kata --hint                ... 그 단계의 힌트도 보여 줍니다
          ./kata watch                 계속 실행: 저장할 때마다 스펙을 다시 실행해 바뀐 것만 보여 줍니다
          ./kata watch <카타>[/<단계>] ... 카타나 단계 하나만
          ./kata list                  카타와 단계 목록
          ./kata demo                  내 카타로 세일 날을 재현합니다 (모든 카타를 통과하면 기본 동작)
          ./kata demo --reference      ... 참조 해답으로                     (--seed N, --no-live)
          ./kata pair start --driver "Ana <ana@example.com>" --navigator "Min <min@example.com>" [--minutes 7]
                                       페어 프로그래밍; 이어서 pair next | done | status | stop
          ./kata check                 관리자용: 해답은 통과, 스타터는 실패, 모든 테스트 통과 확인
          ./kata export-student <폴더> 관리자용: 수업용 템플릿 저장소를 만듭니다 (--replace)
          ./kata grade <제출물>        강사용: 학생 클론을 카타와 단계마다 샌드박스에서 채점
          ./kata grade --class <폴더>  ... 폴더 안의 제출물 전부; --gradescope-package <zip>
                                       (보고서와 옵션은 ./kata grade --help)

        옵션:
          --lang en|ko                 언어 (기본값: KATA_LANG, 없으면 시스템 언어)
          --no-build                   마지막으로 빌드한 것을 실행
          --timeout <초>               카타 스펙을 이 시간 뒤에, 스펙 하나는 4분의 1 뒤에 중단 (기본 120)
          --color auto|always|never    색상 (NO_COLOR를 따릅니다); --no-color
          --repo <폴더>                다른 저장소 사본에서 실행

        종료 코드: 모두 통과하면 0, 아직 실패가 있으면 1, 명령줄이 잘못되면 2.
        Windows: ./kata 대신 kata.cmd. 스크립트 없이: dotnet run --project tools/Kata -- <인자>
        """;
}
