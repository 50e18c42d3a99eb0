using Katas.Tool.Cli;

namespace Katas.Tool.Grading.Reports;

/// <summary>
/// Every sentence the grading reports show a student or an instructor, in English and Korean. Spec
/// messages, compiler lines and the engine's own problem texts are quoted as they are. Format items
/// ({0}) are filled with invariant formatting.
/// </summary>
internal sealed record GradingTexts
{
    public static GradingTexts For(Language language) => language == Language.Korean ? Korean : English;

    /// <summary>The language's code, for the HTML page's <c>lang</c>.</summary>
    public required string Code { get; init; }

    public required string ReportTitle { get; init; }
    public required string Total { get; init; }
    public required string StepHeading { get; init; }
    public required string StepColumn { get; init; }
    public required string KataColumn { get; init; }
    public required string PointsColumn { get; init; }
    public required string Points { get; init; }
    public required string NotSandboxed { get; init; }
    public required string SubmissionProblem { get; init; }
    public required string AllSpecsPass { get; init; }
    public required string SomeSpecsPass { get; init; }
    public required string NoSpecsRan { get; init; }
    public required string NotSeen { get; init; }
    public required string StepProblem { get; init; }
    public required string StepNotCompiled { get; init; }
    public required string KataMissing { get; init; }
    public required string KataMissingShort { get; init; }
    public required string KataNotCompilingShort { get; init; }
    public required string CompilerLines { get; init; }
    public required string CompilerLinesShort { get; init; }
    public required string MoreLines { get; init; }
    public required string SpofFeedback { get; init; }
    public required string SpofDeduction { get; init; }
    public required string SpofDeductionTest { get; init; }
    public required string IgnoredFiles { get; init; }
    public required string IgnoredFilesNote { get; init; }
    public required string ChangeAdded { get; init; }
    public required string ChangeChanged { get; init; }
    public required string ChangeRemoved { get; init; }
    public required string ChangeRefused { get; init; }
    public required string ReviewFlags { get; init; }
    public required string ReviewFlagsNote { get; init; }
    public required string Authors { get; init; }
    public required string Passed { get; init; }
    public required string Failed { get; init; }

    // The class summary.
    public required string ClassTitle { get; init; }
    public required string ClassCount { get; init; }
    public required string Student { get; init; }
    public required string NeedsReview { get; init; }
    public required string Yes { get; init; }
    public required string GradeTable { get; init; }
    public required string WhereStuck { get; init; }
    public required string WhereStuckNote { get; init; }
    public required string PastStep { get; init; }
    public required string StoppedHere { get; init; }
    public required string MostCommonFailure { get; init; }
    public required string Students { get; init; }
    public required string OneStudent { get; init; }
    public required string StudentsColumn { get; init; }
    public required string NoFailure { get; init; }
    public required string NotGradedRest { get; init; }
    public required string SpofRules { get; init; }
    public required string Rule { get; init; }
    public required string Findings { get; init; }
    public required string NoSpofFindings { get; init; }
    public required string ReviewList { get; init; }
    public required string NoReview { get; init; }
    public required string Where { get; init; }
    public required string Why { get; init; }
    public required string ClassNotSandboxed { get; init; }

    public static GradingTexts English { get; } = new()
    {
        Code = "en",
        ReportTitle = "Grade of {0}",
        Total = "Total: {0} / {1} points",
        StepHeading = "Step {0}: {1}",
        StepColumn = "Step",
        KataColumn = "Kata",
        PointsColumn = "Points",
        Points = "{0} / {1}",
        NotSandboxed = "This run was not sandboxed: this platform has no sandbox (bubblewrap), so the student's code ran with the platform's limits only.",
        SubmissionProblem = "The submission could not be graded as a whole: {0}",
        AllSpecsPass = "All {0} specs pass.",
        SomeSpecsPass = "{0} of {1} specs pass. Failing:",
        NoSpecsRan = "No spec of this step ran.",
        NotSeen = "The grader did not see this spec finish (the run stopped first), so it scores 0.",
        StepProblem = "The run of this step stopped early: {0}",
        StepNotCompiled = "{0} does not compile, so this step scores 0. The compiler's lines are in the summary.",
        KataMissing = "The submission has none of {0}'s files, so its steps score 0.",
        KataMissingShort = "not submitted",
        KataNotCompilingShort = "does not compile",
        CompilerLines = "{0} does not compile. The compiler's lines:",
        CompilerLinesShort = "{0} does not compile: {1}",
        MoreLines = "... ({0} more lines)",
        SpofFeedback = "SPOF warnings in {0} (each rule's page says why and how to fix it):",
        SpofDeduction = "Points taken for the SPOF warnings in {1}: {0}.",
        SpofDeductionTest = "{0} · SPOF deduction",
        IgnoredFiles = "Files the grader did not use",
        IgnoredFilesNote = "Only the student files each kata lists are graded; the specs and project files come from the course. These files differ from the course and were ignored:",
        ChangeAdded = "added",
        ChangeChanged = "changed",
        ChangeRemoved = "removed",
        ChangeRefused = "refused",
        ReviewFlags = "Marked for review",
        ReviewFlagsNote = "The code uses APIs that no kata needs. The grade stands, but an instructor will read this code:",
        Authors = "Authors",
        Passed = "passed",
        Failed = "failed",
        ClassTitle = "Class summary",
        ClassCount = "Submissions: {0} · average {1} / {2} points",
        Student = "Student",
        NeedsReview = "Needs review",
        Yes = "yes",
        GradeTable = "Grades",
        WhereStuck = "Where the class is stuck",
        WhereStuckNote = "Per step: the share of students who pass it, how many pass the steps before it but not this one, and the spec that fails most often, with its message.",
        PastStep = "Past it",
        StoppedHere = "Stopped here",
        MostCommonFailure = "Most common failing spec",
        Students = "{0} students",
        OneStudent = "1 student",
        StudentsColumn = "Students",
        NoFailure = "Everyone passes this step.",
        NotGradedRest = "The other submissions have no grade for this step (see the grade table).",
        SpofRules = "SPOF rules most often hit",
        Rule = "Rule",
        Findings = "Findings",
        NoSpofFindings = "No SPOF warnings in any submission.",
        ReviewList = "Submissions marked for review",
        NoReview = "No submission is marked for review.",
        Where = "Where",
        Why = "Why",
        ClassNotSandboxed = "Graded without a sandbox: {0} of {1} submissions.",
    };

    public static GradingTexts Korean { get; } = new()
    {
        Code = "ko",
        ReportTitle = "{0} 채점 결과",
        Total = "합계: {0} / {1}점",
        StepHeading = "{0}단계: {1}",
        StepColumn = "단계",
        KataColumn = "카타",
        PointsColumn = "점수",
        Points = "{0} / {1}",
        NotSandboxed = "이번 채점은 샌드박스 없이 실행되었습니다: 이 플랫폼에는 샌드박스(bubblewrap)가 없어 학생 코드가 플랫폼의 제한만 받고 실행되었습니다.",
        SubmissionProblem = "제출물 전체를 채점할 수 없었습니다: {0}",
        AllSpecsPass = "스펙 {0}개를 모두 통과했습니다.",
        SomeSpecsPass = "스펙 {1}개 중 {0}개 통과. 실패한 스펙:",
        NoSpecsRan = "이 단계의 스펙이 하나도 실행되지 않았습니다.",
        NotSeen = "채점기가 이 스펙이 끝나는 것을 보지 못했습니다 (실행이 먼저 멈춤). 그래서 0점입니다.",
        StepProblem = "이 단계의 실행이 일찍 멈췄습니다: {0}",
        StepNotCompiled = "{0}이(가) 컴파일되지 않아 이 단계는 0점입니다. 컴파일러 출력은 요약에 있습니다.",
        KataMissing = "제출물에 {0}의 파일이 하나도 없어 모든 단계가 0점입니다.",
        KataMissingShort = "제출 안 됨",
        KataNotCompilingShort = "컴파일 오류",
        CompilerLines = "{0}이(가) 컴파일되지 않습니다. 컴파일러 출력:",
        CompilerLinesShort = "{0}이(가) 컴파일되지 않습니다: {1}",
        MoreLines = "... (나머지 {0}줄)",
        SpofFeedback = "{0}의 SPOF 경고 (규칙 페이지에 이유와 고치는 법이 있습니다):",
        SpofDeduction = "{1}의 SPOF 경고로 감점된 점수: {0}점.",
        SpofDeductionTest = "{0} · SPOF 감점",
        IgnoredFiles = "채점에 쓰지 않은 파일",
        IgnoredFilesNote = "각 카타가 지정한 학생 파일만 채점합니다. 스펙과 프로젝트 파일은 과정의 것을 씁니다. 다음 파일은 과정과 달라 무시했습니다:",
        ChangeAdded = "추가됨",
        ChangeChanged = "변경됨",
        ChangeRemoved = "삭제됨",
        ChangeRefused = "거부됨",
        ReviewFlags = "검토 대상",
        ReviewFlagsNote = "어떤 카타에도 필요 없는 API를 사용합니다. 점수는 그대로지만 강사가 코드를 직접 확인합니다:",
        Authors = "작성자",
        Passed = "통과",
        Failed = "실패",
        ClassTitle = "반 전체 요약",
        ClassCount = "제출물: {0}개 · 평균 {1} / {2}점",
        Student = "학생",
        NeedsReview = "검토 필요",
        Yes = "예",
        GradeTable = "점수표",
        WhereStuck = "학생들이 막힌 곳",
        WhereStuckNote = "단계마다: 통과한 학생의 비율, 앞 단계는 통과했지만 이 단계에서 멈춘 학생 수, 가장 자주 실패한 스펙과 그 메시지.",
        PastStep = "통과",
        StoppedHere = "여기서 멈춤",
        MostCommonFailure = "가장 자주 실패한 스펙",
        Students = "{0}명",
        OneStudent = "1명",
        StudentsColumn = "학생 수",
        NoFailure = "모두 이 단계를 통과했습니다.",
        NotGradedRest = "나머지 제출물은 이 단계의 점수가 없습니다 (점수표 참고).",
        SpofRules = "가장 자주 걸린 SPOF 규칙",
        Rule = "규칙",
        Findings = "경고 수",
        NoSpofFindings = "어느 제출물에도 SPOF 경고가 없습니다.",
        ReviewList = "검토 대상 제출물",
        NoReview = "검토 대상 제출물이 없습니다.",
        Where = "위치",
        Why = "이유",
        ClassNotSandboxed = "샌드박스 없이 채점된 제출물: {1}개 중 {0}개.",
    };
}
