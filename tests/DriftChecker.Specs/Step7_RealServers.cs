using System.Diagnostics;
using Katas.Fleet;
using Katas.Specs;

namespace Katas.DriftChecker.Specs;

/// <summary>
/// Step 7: collect the configuration of real servers over HTTP on 127.0.0.1. A server that is down,
/// slow, or serves something unreadable is NOT_CHECKED with the reason, never a crash.
/// </summary>
[Step(7)]
public sealed class Step7_RealServers
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_server_that_serves_its_app_conf_is_read()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Content("# app.conf\nversion = 1.2\n[db]\nhost = db.internal\n"));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server1", server), s_timeout);

        Assert.Null(config.NotCheckedReason);
        Assert.Equal(Settings.Of("version=1.2", "db.host=db.internal"), config.Settings);
    }

    [Fact]
    public async Task A_server_that_serves_JSON_is_read_as_JSON()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Content("""{ "version": "1.2", "db": { "host": "db.internal" } }""", "application/json"));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server1", server), s_timeout);

        Assert.Equal(Settings.Of("version=1.2", "db.host=db.internal"), config.Settings);
    }

    [Fact]
    public async Task A_server_that_is_down_is_NOT_CHECKED_not_a_crash()
    {
        var config = await ConfigCollector.CreateDefault().ReadAsync(new ConfigSource("server4", Backend.ClosedPortAddress()), s_timeout);

        Assert.Equal("server4", config.Server);
        Assert.Null(config.Settings);
        Assert.Equal("connection refused", config.NotCheckedReason);
    }

    [Fact]
    public async Task A_server_that_stopped_is_NOT_CHECKED_too()
    {
        var server = await Backend.StartAsync(BackendBehavior.Content("version = 1.2\n"));
        var source = Source("server2", server);
        await server.DisposeAsync();

        var config = await ConfigCollector.CreateDefault().ReadAsync(source, s_timeout);

        Assert.Equal("connection refused", config.NotCheckedReason);
    }

    [Fact]
    public async Task A_server_that_answers_404_has_no_config_and_is_DELETED()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Status(404));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server5", server), s_timeout);

        Assert.Equal(ServerConfig.Deleted("server5"), config);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_server_that_answers_an_error_is_NOT_CHECKED_with_the_status(int status)
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Status(status));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server2", server), s_timeout);

        Assert.Equal($"HTTP {status}", config.NotCheckedReason);
    }

    [Fact]
    public async Task A_malformed_config_is_NOT_CHECKED_with_the_server_and_the_line()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Content("version = 1.2\ndb.password hunter2\n"));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server3", server), s_timeout);

        Assert.Null(config.Settings);
        Assert.NotNull(config.NotCheckedReason);
        Assert.Contains("server3", config.NotCheckedReason, StringComparison.Ordinal);
        Assert.Contains("line 2", config.NotCheckedReason, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", config.NotCheckedReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_type_that_is_not_a_config_is_NOT_CHECKED()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Content("<html><body>Welcome</body></html>", "text/html"));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server3", server), s_timeout);

        Assert.Null(config.Settings);
        Assert.Contains("text/html", config.NotCheckedReason ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_to_another_servers_config()
    {
        await using var other = await Backend.StartAsync(BackendBehavior.Content("version = 1.2\n"));
        await using var server = await Backend.StartAsync(BackendBehavior.Redirect(new Uri(other.BaseAddress, "app.conf")));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server2", server), s_timeout);

        Assert.True(other.RequestCount == 0, "The collector followed the redirect and read another server's config as this one's.");
        Assert.Equal("HTTP 302", config.NotCheckedReason);
    }

    [Fact]
    public async Task A_server_that_hangs_is_NOT_CHECKED_after_the_timeout()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Hang);

        var config = await ConfigCollector.CreateDefault()
            .ReadAsync(Source("server2", server), TimeSpan.FromMilliseconds(300))
            .CompletesAsync("Reading a hanging server did not come back, long after its 0.3s timeout.");

        Assert.Equal("timed out after 0.3s", config.NotCheckedReason);
    }

    [Fact]
    public async Task The_lessons_fleet_from_real_servers_with_one_server_down()
    {
        await using var server1 = await Backend.StartAsync(BackendBehavior.Content(AppConf("1.2")));
        await using var server2 = await Backend.StartAsync(BackendBehavior.Content(AppConf("1.1")));
        await using var server3 = await Backend.StartAsync(BackendBehavior.Content(AppConf("1.3")));
        var sources = new[]
        {
            Source("server1", server1),
            Source("server2", server2),
            Source("server3", server3),
            new ConfigSource("server4", new Uri(Backend.ClosedPortAddress(), "app.conf")),
        };

        var configs = await ConfigCollector.CreateDefault().CollectAsync(sources, s_timeout)
            .CompletesAsync("Collecting four servers did not finish.");
        var report = new DriftDetector().CheckFleet(Settings.AppConf("1.2"), configs);
        var plan = DriftPlan.For(report);

        Assert.Equal(
            [DriftStatus.InSync, DriftStatus.Modified, DriftStatus.Modified, DriftStatus.NotChecked],
            report.Servers.Select(server => server.Status));
        Assert.Equal([new PropertyDifference("version", "1.2", "1.1", DifferenceType.NotEqual)], report["server2"].Differences);
        Assert.Equal("connection refused", report["server4"].Reason);
        Assert.Equal(DriftPlan.ErrorExitCode, plan.ExitCode);
    }

    [Fact]
    public async Task A_fleet_with_hanging_servers_is_collected_in_about_one_timeout()
    {
        var timeout = TimeSpan.FromMilliseconds(400);
        await using var healthy = await Backend.StartAsync(BackendBehavior.Content(AppConf("1.2")));
        await using var hanging = await Backend.StartAsync(BackendBehavior.Hang);
        var sources = new List<ConfigSource> { Source("server1", healthy) };
        sources.AddRange(Enumerable.Range(2, 4).Select(i => Source($"server{i}", hanging)));

        var clock = Stopwatch.StartNew();
        var configs = await ConfigCollector.CreateDefault().CollectAsync(sources, timeout)
            .CompletesAsync("Collecting a fleet with hanging servers did not finish.");
        clock.Stop();

        // Four hanging servers one after another would take at least 1.6s.
        Assert.True(clock.Elapsed < 3 * timeout, $"Collecting 5 servers took {clock.Elapsed.TotalSeconds:0.00}s; at once it takes about one timeout ({timeout.TotalSeconds}s).");
        Assert.Equal(["server1", "server2", "server3", "server4", "server5"], configs.Select(config => config.Server));
        Assert.NotNull(configs[0].Settings);
        Assert.All(configs.Skip(1), config => Assert.Equal("timed out after 0.4s", config.NotCheckedReason));
    }

    private static ConfigSource Source(string server, Backend backend) => new(server, new Uri(backend.BaseAddress, "app.conf"));

    private static string AppConf(string version) =>
        string.Concat(Settings.AppConf(version).Select(setting => $"{setting.Key} = {setting.Value}\n"));
}
