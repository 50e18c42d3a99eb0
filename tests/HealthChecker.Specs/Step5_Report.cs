using Katas.Specs;

namespace Katas.HealthChecker.Specs;

/// <summary>
/// Step 5: one report for the whole fleet. Its status is the worst entry (ASP.NET Core's HealthReport),
/// and a health endpoint answers 200 unless the report is Unhealthy, then 503.
/// </summary>
[Step(5)]
public sealed class Step5_Report
{
    private static readonly TimeSpan s_ms = TimeSpan.FromMilliseconds(1);

    [Fact]
    [Ko("빈 보고서는 정상입니다")]
    public void An_empty_report_is_healthy()
    {
        var report = new HealthReport(new Dictionary<string, HealthReportEntry>(), TimeSpan.Zero);

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal(200, report.HttpStatusCode);
    }

    [Theory]
    [InlineData(new[] { HealthStatus.Healthy, HealthStatus.Healthy }, HealthStatus.Healthy)]
    [InlineData(new[] { HealthStatus.Healthy, HealthStatus.Degraded, HealthStatus.Healthy }, HealthStatus.Degraded)]
    [InlineData(new[] { HealthStatus.Degraded, HealthStatus.Unhealthy, HealthStatus.Healthy }, HealthStatus.Unhealthy)]
    [InlineData(new[] { HealthStatus.Unhealthy }, HealthStatus.Unhealthy)]
    [Ko("상태는 가장 나쁜 항목의 상태입니다")]
    public void The_status_is_the_worst_entry(HealthStatus[] entries, HealthStatus expected)
    {
        var report = Report(entries);

        Assert.Equal(expected, report.Status);
    }

    [Theory]
    [InlineData(HealthStatus.Healthy, 200)]
    [InlineData(HealthStatus.Degraded, 200)]
    [InlineData(HealthStatus.Unhealthy, 503)]
    [Ko("비정상 보고서만 503으로 응답합니다")]
    public void Only_an_unhealthy_report_answers_503(HealthStatus status, int httpStatusCode)
    {
        var report = Report([HealthStatus.Healthy, status]);

        Assert.Equal(httpStatusCode, report.HttpStatusCode);
    }

    [Fact]
    [Ko("프로브 결과에서 실패는 그 대상의 실패 상태를 따릅니다")]
    public void From_probe_results_a_failure_takes_its_targets_failure_status()
    {
        var results = new[]
        {
            Result("web-1", healthy: true, "HTTP 200", 12),
            Result("cache", healthy: false, "connection refused", 3, HealthStatus.Degraded),
        };

        var report = HealthReport.FromResults(results);

        Assert.Equal(HealthStatus.Healthy, report.Entries["web-1"].Status);
        Assert.Equal(HealthStatus.Degraded, report.Entries["cache"].Status);
        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.Equal(200, report.HttpStatusCode);
    }

    [Fact]
    [Ko("중요한 대상이 실패하면 보고서가 비정상이 됩니다")]
    public void A_failed_critical_target_makes_the_report_unhealthy()
    {
        var results = new[]
        {
            Result("web-1", healthy: true, "HTTP 200", 12),
            Result("web-2", healthy: false, "HTTP 503", 8),
            Result("cache", healthy: false, "connection refused", 3, HealthStatus.Degraded),
        };

        var report = HealthReport.FromResults(results);

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Equal(503, report.HttpStatusCode);
    }

    [Fact]
    [Ko("항목은 프로브의 이유와 걸린 시간을 담습니다")]
    public void Entries_keep_the_probe_reason_and_duration()
    {
        var report = HealthReport.FromResults([Result("web-2", healthy: false, "timed out after 1s", 1000)]);

        Assert.Equal(new HealthReportEntry(HealthStatus.Unhealthy, "timed out after 1s", 1000 * s_ms), report.Entries["web-2"]);
    }

    [Fact]
    [Ko("프로브는 동시에 돌았으므로 전체 시간은 가장 긴 프로브의 시간입니다")]
    public void The_probes_ran_at_once_so_the_total_duration_is_the_longest_probe()
    {
        var report = HealthReport.FromResults(
        [
            Result("web-1", healthy: true, "HTTP 200", 40),
            Result("web-2", healthy: false, "timed out after 1s", 1000),
            Result("web-3", healthy: true, "HTTP 200", 25),
        ]);

        Assert.Equal(1000 * s_ms, report.TotalDuration);
    }

    [Fact]
    [Ko("이름이 같은 두 대상은 거부됩니다")]
    public void Two_targets_with_the_same_name_are_rejected()
    {
        var results = new[] { Result("web-1", healthy: true, "HTTP 200", 1), Result("web-1", healthy: false, "HTTP 500", 1) };

        var exception = Assert.Throws<ArgumentException>(() => HealthReport.FromResults(results));

        Assert.Contains("web-1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Ko("보고서에는 항목과 결과가 있어야 합니다")]
    public void A_report_needs_its_entries_and_results()
    {
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => new HealthReport(null!, s_ms)).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => HealthReport.FromResults(null!)).ParamName);
    }

    private static HealthReport Report(HealthStatus[] statuses) =>
        new(
            statuses.Select((status, i) => (Name: $"target-{i}", Entry: new HealthReportEntry(status, status.ToString(), s_ms)))
                .ToDictionary(e => e.Name, e => e.Entry),
            s_ms);

    private static TargetResult Result(string name, bool healthy, string reason, int milliseconds, HealthStatus failureStatus = HealthStatus.Unhealthy) =>
        new(
            new Target(name, new Uri($"http://{name}.test/health"), failureStatus),
            new ProbeResult(healthy, reason, milliseconds * s_ms));
}
