using Katas.Specs;

namespace Katas.DriftChecker.Specs;

/// <summary>
/// Step 3: the whole fleet against one baseline. The lesson's three servers (app.conf 1.2, 1.1, 1.3)
/// are the first spec; a large fleet generated from a fixed seed is the last.
/// </summary>
[Step(3)]
public sealed class Step3_FleetReport
{
    [Fact]
    [Ko("수업의 서버 세 대를 버전 1.2와 비교합니다")]
    public void The_lessons_three_servers_against_version_1_2()
    {
        var servers = new[]
        {
            ServerConfig.Of("server1", Settings.AppConf("1.2")),
            ServerConfig.Of("server2", Settings.AppConf("1.1")),
            ServerConfig.Of("server3", Settings.AppConf("1.3")),
        };

        var report = new DriftDetector().CheckFleet(Settings.AppConf("1.2"), servers);

        Assert.Equal(["server1", "server2", "server3"], report.Servers.Select(server => server.Server));
        Assert.Equal(DriftStatus.InSync, report["server1"].Status);
        Assert.Equal(DriftStatus.Modified, report["server2"].Status);
        Assert.Equal([new PropertyDifference("version", "1.2", "1.1", DifferenceType.NotEqual)], report["server2"].Differences);
        Assert.Equal(DriftStatus.Modified, report["server3"].Status);
        Assert.Equal([new PropertyDifference("version", "1.2", "1.3", DifferenceType.NotEqual)], report["server3"].Differences);
        Assert.Empty(report.AmbiguousKeys);
    }

    [Fact]
    [Ko("보고서는 서버 순서와 사용한 기준선을 그대로 담습니다")]
    public void The_report_keeps_the_order_of_the_servers_and_the_baseline_it_used()
    {
        var baseline = Settings.AppConf("1.2");
        var names = new[] { "web-9", "web-1", "web-5", "web-3" };

        var report = new DriftDetector().CheckFleet(baseline, names.Select(name => ServerConfig.Of(name, Settings.AppConf("1.2"))).ToArray());

        Assert.Equal(names, report.Servers.Select(server => server.Server));
        Assert.Equal(baseline, report.Baseline);
        Assert.Equal(4, report.Count(DriftStatus.InSync));
    }

    [Fact]
    [Ko("설정을 읽지 못한 서버는 이유와 함께 NOT_CHECKED입니다")]
    public void A_server_whose_config_could_not_be_read_is_NOT_CHECKED_with_the_reason()
    {
        var servers = new[]
        {
            ServerConfig.Of("server1", Settings.AppConf("1.2")),
            ServerConfig.Unreachable("server4", "connection refused"),
        };

        var report = new DriftDetector().CheckFleet(Settings.AppConf("1.2"), servers);

        Assert.Equal(DriftStatus.NotChecked, report["server4"].Status);
        Assert.Equal("connection refused", report["server4"].Reason);
        Assert.Empty(report["server4"].Differences);
        Assert.Equal(DriftStatus.InSync, report["server1"].Status);
    }

    [Fact]
    [Ko("설정이 없는 서버는 DELETED이고 기준선의 모든 키가 없습니다")]
    public void A_server_without_a_config_is_DELETED_and_lacks_every_baseline_key()
    {
        var report = new DriftDetector().CheckFleet(Settings.Of("version=1.2", "http.port=8080"), [ServerConfig.Deleted("server5")]);

        var drift = report["server5"];
        Assert.Equal(DriftStatus.Deleted, drift.Status);
        Assert.Equal(
            [new PropertyDifference("http.port", "8080", null, DifferenceType.Remove), new PropertyDifference("version", "1.2", null, DifferenceType.Remove)],
            drift.Differences);
    }

    [Fact]
    [Ko("이름이 같은 두 서버는 거부됩니다")]
    public void Two_servers_with_the_same_name_are_rejected()
    {
        var servers = new[] { ServerConfig.Of("server1", Settings.AppConf("1.2")), ServerConfig.Deleted("server1") };

        var error = Assert.ThrowsAny<ArgumentException>(() => new DriftDetector().CheckFleet(Settings.AppConf("1.2"), servers));

        Assert.Contains("server1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Ko("빈 플릿은 빈 보고서가 됩니다")]
    public void An_empty_fleet_gives_an_empty_report()
    {
        var report = new DriftDetector().CheckFleet(Settings.AppConf("1.2"), []);

        Assert.Empty(report.Servers);
        Assert.Empty(report.AmbiguousKeys);
    }

    [Fact]
    [Ko("키 100개짜리 서버 2000대의 생성된 플릿도 정확히 보고합니다")]
    public void A_generated_fleet_of_2000_servers_with_100_keys_is_reported_exactly()
    {
        var fleet = GeneratedFleet.Create(servers: 2000, keys: 100, seed: 20240404);
        Assert.InRange(fleet.Drift.Count, 300, 500); // about a fifth of the fleet drifted

        var report = new DriftDetector().CheckFleet(fleet.Baseline, fleet.Servers);

        Assert.Equal(fleet.Servers.Count, report.Servers.Count);
        Assert.Equal(fleet.Drift.Count, report.Count(DriftStatus.Modified));
        Assert.Equal(fleet.Servers.Count - fleet.Drift.Count, report.Count(DriftStatus.InSync));
        foreach (var server in report.Servers.Where(server => server.Status == DriftStatus.Modified))
        {
            Assert.True(fleet.Drift.ContainsKey(server.Server), $"{server.Server} was reported MODIFIED, but it carries the baseline (its keys are only in another order).");
            Assert.Equal(fleet.Drift[server.Server], server.Differences);
        }
    }

    [Fact]
    [Ko("기준선이나 서버 목록이 빠지면 거부됩니다")]
    public void A_missing_baseline_or_server_list_is_rejected()
    {
        var detector = new DriftDetector();

        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => detector.CheckFleet(null!, [])).ParamName);
        Assert.Equal("servers", Assert.Throws<ArgumentNullException>(() => detector.CheckFleet(Settings.AppConf("1.2"), null!)).ParamName);
    }

}
