using Katas.Specs;

namespace Katas.DriftChecker.Specs;

/// <summary>
/// Step 4: no baseline given, so the fleet's majority is the baseline, key by key. A tie is reported as
/// ambiguous, never silently decided.
/// </summary>
[Step(4)]
public sealed class Step4_Majority
{
    [Fact]
    [Ko("대부분의 서버가 가진 값이 기준선입니다")]
    public void The_value_most_servers_have_is_the_baseline()
    {
        var servers = Fleet("1.2", "1.1", "1.2", "1.3", "1.2");

        var inferred = new DriftDetector().InferBaseline(servers);

        Assert.Equal(Settings.AppConf("1.2"), inferred.Values);
        Assert.Empty(inferred.AmbiguousKeys);
    }

    [Fact]
    [Ko("기준선이 없으면 수업의 서버 세 대는 version에서 애매합니다")]
    public void The_lessons_three_servers_without_a_baseline_are_ambiguous_on_version()
    {
        // 1.2, 1.1 and 1.3 have one server each: nothing says which one is right.
        var servers = Fleet("1.2", "1.1", "1.3");

        var inferred = new DriftDetector().InferBaseline(servers);

        Assert.False(
            inferred.Values.ContainsKey("version"),
            $"1.1, 1.2 and 1.3 tie with one server each, but the baseline decided version = {inferred.Values.GetValueOrDefault("version")}. A tie must be reported, not decided.");
        var ambiguous = Assert.Single(inferred.AmbiguousKeys);
        Assert.Equal("version", ambiguous.Key);
        Assert.Equal(["1.1", "1.2", "1.3"], ambiguous.TiedValues);
        Assert.Equal(1, ambiguous.ServersEach);
        Assert.Equal(Settings.AppConf("1.2").Where(setting => setting.Key != "version").ToDictionary(), inferred.Values);
    }

    [Fact]
    [Ko("2 대 2도 동점입니다")]
    public void Two_against_two_is_a_tie_too()
    {
        var servers = Fleet("1.2", "1.1", "1.1", "1.2");

        var inferred = new DriftDetector().InferBaseline(servers);

        var ambiguous = Assert.Single(inferred.AmbiguousKeys);
        Assert.Equal(["1.1", "1.2"], ambiguous.TiedValues);
        Assert.Equal(2, ambiguous.ServersEach);
    }

    [Fact]
    [Ko("기준선 없는 플릿 보고서는 애매한 키로 서버를 판정하지 않습니다")]
    public void The_fleet_report_without_a_baseline_does_not_judge_servers_on_an_ambiguous_key()
    {
        var report = new DriftDetector().CheckFleet(Fleet("1.2", "1.1", "1.3"));

        Assert.Equal("version", Assert.Single(report.AmbiguousKeys).Key);
        Assert.All(report.Servers, server => Assert.DoesNotContain(server.Differences, difference => difference.PropertyPath == "version"));
        Assert.Equal(3, report.Count(DriftStatus.InSync));
        Assert.False(report.Baseline.ContainsKey("version"), "An ambiguous key has no value in the baseline.");
    }

    [Fact]
    [Ko("기준선 없는 플릿 보고서는 소수파를 표시합니다")]
    public void The_fleet_report_without_a_baseline_flags_the_minority()
    {
        var report = new DriftDetector().CheckFleet(Fleet("1.2", "1.1", "1.2"));

        Assert.Equal(DriftStatus.InSync, report["server1"].Status);
        Assert.Equal([new PropertyDifference("version", "1.2", "1.1", DifferenceType.NotEqual)], report["server2"].Differences);
        Assert.Equal(DriftStatus.InSync, report["server3"].Status);
        Assert.Equal(Settings.AppConf("1.2"), report.Baseline);
    }

    [Fact]
    [Ko("대부분의 서버에 없는 키는 기준선에 없고, 그 키를 가진 서버는 ADD입니다")]
    public void A_key_most_servers_lack_is_not_in_the_baseline_and_the_one_that_has_it_is_ADD()
    {
        var servers = new[]
        {
            ServerConfig.Of("server1", Settings.Of("version=1.2")),
            ServerConfig.Of("server2", Settings.Of("version=1.2", "debug=true")),
            ServerConfig.Of("server3", Settings.Of("version=1.2")),
        };

        var report = new DriftDetector().CheckFleet(servers);

        Assert.Equal(Settings.Of("version=1.2"), report.Baseline);
        Assert.Equal([new PropertyDifference("debug", null, "true", DifferenceType.Add)], report["server2"].Differences);
        Assert.Empty(report.AmbiguousKeys);
    }

    [Fact]
    [Ko("대부분의 서버에 있는 키는 기준선에 있고, 그 키가 없는 서버는 REMOVE입니다")]
    public void A_key_most_servers_have_is_in_the_baseline_and_the_one_without_it_is_REMOVE()
    {
        var servers = new[]
        {
            ServerConfig.Of("server1", Settings.Of("version=1.2", "cache.ttl=300")),
            ServerConfig.Of("server2", Settings.Of("version=1.2")),
            ServerConfig.Of("server3", Settings.Of("version=1.2", "cache.ttl=300")),
        };

        var report = new DriftDetector().CheckFleet(servers);

        Assert.Equal([new PropertyDifference("cache.ttl", "300", null, DifferenceType.Remove)], report["server2"].Differences);
    }

    [Fact]
    [Ko("값이 있는 쪽과 없는 쪽이 동점이면 애매합니다")]
    public void A_tie_between_a_value_and_its_absence_is_ambiguous()
    {
        var servers = new[]
        {
            ServerConfig.Of("server1", Settings.Of("version=1.2", "debug=true")),
            ServerConfig.Of("server2", Settings.Of("version=1.2")),
        };

        var inferred = new DriftDetector().InferBaseline(servers);

        var ambiguous = Assert.Single(inferred.AmbiguousKeys);
        Assert.Equal("debug", ambiguous.Key);
        Assert.Equal([null, "true"], ambiguous.TiedValues);
        Assert.Equal(Settings.Of("version=1.2"), inferred.Values);
    }

    [Fact]
    [Ko("설정을 읽지 못한 서버는 투표하지 않습니다")]
    public void Servers_whose_config_was_not_read_do_not_vote()
    {
        var servers = new List<ServerConfig>(Fleet("1.2", "1.2", "1.1"))
        {
            ServerConfig.Deleted("server4"),
            ServerConfig.Unreachable("server5", "connection refused"),
            ServerConfig.Deleted("server6"),
        };

        var inferred = new DriftDetector().InferBaseline(servers);

        Assert.Equal(Settings.AppConf("1.2"), inferred.Values);
        Assert.Empty(inferred.AmbiguousKeys);
    }

    [Fact]
    [Ko("생성된 플릿의 다수결은 그 플릿을 만든 기준선입니다")]
    public void The_majority_of_a_generated_fleet_is_the_baseline_it_was_made_from()
    {
        var fleet = GeneratedFleet.Create(servers: 1000, keys: 100, seed: 42, driftedShare: 0.3);

        var report = new DriftDetector().CheckFleet(fleet.Servers);

        Assert.Equal(fleet.Baseline, report.Baseline);
        Assert.Empty(report.AmbiguousKeys);
        Assert.Equal(fleet.Drift.Count, report.Count(DriftStatus.Modified));
    }


    [Fact]
    [Ko("서버 목록이 빠지면 거부됩니다")]
    public void A_missing_server_list_is_rejected()
    {
        Assert.Equal("servers", Assert.Throws<ArgumentNullException>(() => new DriftDetector().CheckFleet(null!)).ParamName);
    }

    private static ServerConfig[] Fleet(params string[] versions) =>
        versions.Select((version, i) => ServerConfig.Of($"server{i + 1}", Settings.AppConf(version))).ToArray();
}
