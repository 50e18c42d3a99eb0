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
    public void The_value_most_servers_have_is_the_baseline()
    {
        var servers = Fleet("1.2", "1.1", "1.2", "1.3", "1.2");

        var inferred = new DriftDetector().InferBaseline(servers);

        Assert.Equal(Settings.AppConf("1.2"), inferred.Values);
        Assert.Empty(inferred.AmbiguousKeys);
    }

    [Fact]
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
    public void Two_against_two_is_a_tie_too()
    {
        var servers = Fleet("1.2", "1.1", "1.1", "1.2");

        var inferred = new DriftDetector().InferBaseline(servers);

        var ambiguous = Assert.Single(inferred.AmbiguousKeys);
        Assert.Equal(["1.1", "1.2"], ambiguous.TiedValues);
        Assert.Equal(2, ambiguous.ServersEach);
    }

    [Fact]
    public void The_fleet_report_without_a_baseline_does_not_judge_servers_on_an_ambiguous_key()
    {
        var report = new DriftDetector().CheckFleet(Fleet("1.2", "1.1", "1.3"));

        Assert.Equal("version", Assert.Single(report.AmbiguousKeys).Key);
        Assert.All(report.Servers, server => Assert.DoesNotContain(server.Differences, difference => difference.PropertyPath == "version"));
        Assert.Equal(3, report.Count(DriftStatus.InSync));
        Assert.False(report.Baseline.ContainsKey("version"), "An ambiguous key has no value in the baseline.");
    }

    [Fact]
    public void The_fleet_report_without_a_baseline_flags_the_minority()
    {
        var report = new DriftDetector().CheckFleet(Fleet("1.2", "1.1", "1.2"));

        Assert.Equal(DriftStatus.InSync, report["server1"].Status);
        Assert.Equal([new PropertyDifference("version", "1.2", "1.1", DifferenceType.NotEqual)], report["server2"].Differences);
        Assert.Equal(DriftStatus.InSync, report["server3"].Status);
        Assert.Equal(Settings.AppConf("1.2"), report.Baseline);
    }

    [Fact]
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
    public void The_majority_of_a_generated_fleet_is_the_baseline_it_was_made_from()
    {
        var fleet = GeneratedFleet.Create(servers: 1000, keys: 100, seed: 42, driftedShare: 0.3);

        var report = new DriftDetector().CheckFleet(fleet.Servers);

        Assert.Equal(fleet.Baseline, report.Baseline);
        Assert.Empty(report.AmbiguousKeys);
        Assert.Equal(fleet.Drift.Count, report.Count(DriftStatus.Modified));
    }


    [Fact]
    public void A_missing_server_list_is_rejected()
    {
        Assert.Equal("servers", Assert.Throws<ArgumentNullException>(() => new DriftDetector().CheckFleet(null!)).ParamName);
    }

    private static ServerConfig[] Fleet(params string[] versions) =>
        versions.Select((version, i) => ServerConfig.Of($"server{i + 1}", Settings.AppConf(version))).ToArray();
}
