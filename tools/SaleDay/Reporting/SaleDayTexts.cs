using System.Globalization;
using Katas.SaleDay.Scenario;

namespace Katas.SaleDay.Reporting;

/// <summary>
/// What the sale day shows a student (`./kata demo`, which passes the student's --lang): the lines on
/// the console, the live table, the summary and the HTML report, in English and Korean ({0}: invariant
/// formatting). The option mistakes and --detail's lines stay English: `./kata demo` checks its options
/// itself and never asks for the detail, which is for logs read by programs.
/// </summary>
internal sealed record SaleDayTexts
{
    /// <summary>The texts of --lang's value: "ko" for Korean, English otherwise.</summary>
    public static SaleDayTexts For(string? language) => language == "ko" ? Korean : English;

    public required string HtmlLanguage { get; init; }
    public required string NotWrittenYet { get; init; }
    public required string NextStepOrReference { get; init; }
    public required string NotFinished { get; init; }
    public required string NextStep { get; init; }
    public required string Stopped { get; init; }
    public required string Headline { get; init; }
    public required string ChartsAndTable { get; init; }
    public required string SingleContainer { get; init; }
    public required string Orchestrated { get; init; }
    public required string Starting { get; init; }
    public required string SaleTime { get; init; }
    public required string Traffic { get; init; }
    public required string Replicas { get; init; }
    public required string Sent { get; init; }
    public required string Served { get; init; }
    public required string AvailabilitySoFar { get; init; }
    public required string MinuteOf { get; init; }
    public required string PerSecond { get; init; }
    public required string ProgressLine { get; init; }
    public required string SummaryTitle { get; init; }
    public required string RequestsSent { get; init; }
    public required string Served200 { get; init; }
    public required string Failed { get; init; }
    public required string FailedWhy { get; init; }
    public required string Availability { get; init; }
    public required string P95Latency { get; init; }
    public required string Downtime { get; init; }
    public required string PeakReplicas { get; init; }
    public required string ReplicaHours { get; init; }
    public required string Cost { get; init; }
    public required string Restarts { get; init; }
    public required string DriftFoundFixed { get; init; }
    public required string ServedDrifted { get; init; }
    public required string ReportTitle { get; init; }
    public required string ReportHeading { get; init; }
    public required string ReportIntro { get; init; }
    public required string LegendSent { get; init; }
    public required string LegendFailed { get; init; }
    public required string LegendReplicas { get; init; }
    public required string Summary { get; init; }
    public required string ChartReplicas { get; init; }
    public required string ChartMinute { get; init; }
    public required string ChartCrash { get; init; }
    public required string RoundFailed { get; init; }

    public static SaleDayTexts English { get; } = new()
    {
        HtmlLanguage = "en",
        NotWrittenYet = "The sale day runs on your four katas, and some are not written yet:",
        NextStepOrReference = "Run ./kata to see the next step. (./kata demo --reference replays the day with the reference solutions.)",
        NotFinished = "The sale day stopped: a kata is not finished. {0}",
        NextStep = "Run ./kata to see the next step.",
        Stopped = "Stopped.",
        Headline = "[bold]Sale day[/], seed {0}: {1:0} requests a second, then [bold]{2:0}x[/] when the sale opens; a container crashes at minute {3:0}.",
        ChartsAndTable = "Charts and table: [link]{0}[/]",
        SingleContainer = SingleContainerScenario.Name,
        Orchestrated = OrchestratedScenario.Name,
        Starting = "Starting...",
        SaleTime = "Sale time",
        Traffic = "Traffic",
        Replicas = "Replicas",
        Sent = "Sent",
        Served = "Served",
        AvailabilitySoFar = "Availability so far",
        MinuteOf = "minute {0:0} of {1:0}",
        PerSecond = "{0:0} req/s",
        ProgressLine = "  [{0,2}s] {1,6:0} req/s  replicas {2,2}  sent {3,6}  served {4,6}  ({5})",
        SummaryTitle = "The sale day, two ways",
        RequestsSent = "Requests sent",
        Served200 = "Served (200)",
        Failed = "Failed",
        FailedWhy = "({0} errors, {1} gave up)",
        Availability = "Availability",
        P95Latency = "p95 latency",
        Downtime = "Downtime (minutes of the day)",
        PeakReplicas = "Peak replicas",
        ReplicaHours = "Replica-hours",
        Cost = "Cost",
        Restarts = "Restarts after the crash",
        DriftFoundFixed = "Drift found / fixed",
        ServedDrifted = "Served with a drifted config",
        ReportTitle = "Sale day",
        ReportHeading = "Sale day: one container against an orchestrated fleet",
        ReportIntro = "Seed {0}. One second of the replay is one minute of the day. Traffic grows from {1:0} to {2:0} requests a second; a container crashes at minute {3:0} and a server drifts at minute {4:0}. Every figure comes from real requests on 127.0.0.1, counted by the client.",
        LegendSent = "requests sent per second",
        LegendFailed = "failed per second",
        LegendReplicas = "replicas (right axis)",
        Summary = "Summary",
        ChartReplicas = "{0} replicas",
        ChartMinute = "minute of the day",
        ChartCrash = "crash",
        RoundFailed = "  (a control loop round failed and will run again: {0})",
    };

    public static SaleDayTexts Korean { get; } = new()
    {
        HtmlLanguage = "ko",
        NotWrittenYet = "세일 날은 네 카타로 돌아가는데, 아직 작성하지 않은 부분이 있습니다:",
        NextStepOrReference = "./kata로 다음 단계를 보세요. (./kata demo --reference는 참조 해답으로 하루를 재현합니다.)",
        NotFinished = "세일 날을 멈췄습니다: 끝나지 않은 카타가 있습니다. {0}",
        NextStep = "./kata로 다음 단계를 보세요.",
        Stopped = "중지했습니다.",
        Headline = "[bold]세일 날[/], 시드 {0}: 초당 요청 {1:0}개, 세일이 시작되면 [bold]{2:0}배[/]. {3:0}분에 컨테이너 하나가 죽습니다.",
        ChartsAndTable = "차트와 표: [link]{0}[/]",
        SingleContainer = "컨테이너 하나, 수동 재시작",
        Orchestrated = "헬스 체크 + 로드밸런서 + 스케일러 + 드리프트 검사",
        Starting = "시작하는 중...",
        SaleTime = "세일 시각",
        Traffic = "트래픽",
        Replicas = "레플리카",
        Sent = "보냄",
        Served = "응답",
        AvailabilitySoFar = "지금까지의 가용성",
        MinuteOf = "{1:0}분 중 {0:0}분",
        PerSecond = "초당 {0:0}개",
        ProgressLine = "  [{0,2}초] 초당 {1,6:0}개  레플리카 {2,2}  보냄 {3,6}  응답 {4,6}  ({5})",
        SummaryTitle = "세일 날, 두 가지 방식",
        RequestsSent = "보낸 요청",
        Served200 = "응답 (200)",
        Failed = "실패",
        FailedWhy = "(오류 {0}, 포기 {1})",
        Availability = "가용성",
        P95Latency = "p95 지연 시간",
        Downtime = "다운타임 (하루 중 분)",
        PeakReplicas = "최대 레플리카",
        ReplicaHours = "레플리카-시간",
        Cost = "비용",
        Restarts = "크래시 후 재시작",
        DriftFoundFixed = "드리프트 발견 / 수정",
        ServedDrifted = "드리프트된 설정으로 응답",
        ReportTitle = "세일 날",
        ReportHeading = "세일 날: 컨테이너 하나 대 오케스트레이션된 플릿",
        ReportIntro = "시드 {0}. 재현의 1초가 하루의 1분입니다. 트래픽은 초당 요청 {1:0}개에서 {2:0}개로 늘어납니다. {3:0}분에 컨테이너 하나가 죽고, {4:0}분에 서버 하나의 설정이 달라집니다. 모든 수치는 127.0.0.1의 실제 요청을 클라이언트가 센 값입니다.",
        LegendSent = "초당 보낸 요청",
        LegendFailed = "초당 실패",
        LegendReplicas = "레플리카 (오른쪽 축)",
        Summary = "요약",
        ChartReplicas = "레플리카 {0}개",
        ChartMinute = "하루 중 분",
        ChartCrash = "크래시",
        RoundFailed = "  (제어 루프의 한 회차가 실패했고, 다음 회차에 다시 돕니다: {0})",
    };

    /// <summary>A run's name in this language (a name of no known run as it is).</summary>
    public string NameOf(string scenario) => scenario switch
    {
        SingleContainerScenario.Name => SingleContainer,
        OrchestratedScenario.Name => Orchestrated,
        _ => scenario,
    };

    public static string Format(string text, params object?[] values) => string.Format(CultureInfo.InvariantCulture, text, values);
}
