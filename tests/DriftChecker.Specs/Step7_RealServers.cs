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
    [Ko("app.conf를 내주는 서버를 읽습니다")]
    public async Task A_server_that_serves_its_app_conf_is_read()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Content("# app.conf\nversion = 1.2\n[db]\nhost = db.internal\n"));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server1", server), s_timeout);

        Assert.Null(config.NotCheckedReason);
        Assert.Equal(Settings.Of("version=1.2", "db.host=db.internal"), config.Settings);
    }

    [Fact]
    [Ko("JSON을 내주는 서버는 JSON으로 읽습니다")]
    public async Task A_server_that_serves_JSON_is_read_as_JSON()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Content("""{ "version": "1.2", "db": { "host": "db.internal" } }""", "application/json"));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server1", server), s_timeout);

        Assert.Equal(Settings.Of("version=1.2", "db.host=db.internal"), config.Settings);
    }

    [Fact]
    [Ko("꺼진 서버는 충돌이 아니라 NOT_CHECKED입니다")]
    public async Task A_server_that_is_down_is_NOT_CHECKED_not_a_crash()
    {
        var config = await ConfigCollector.CreateDefault().ReadAsync(new ConfigSource("server4", Backend.ClosedPortAddress()), s_timeout);

        Assert.Equal("server4", config.Server);
        Assert.Null(config.Settings);
        Assert.Equal("connection refused", config.NotCheckedReason);
    }

    [Fact]
    [Ko("멈춘 서버도 NOT_CHECKED입니다")]
    public async Task A_server_that_stopped_is_NOT_CHECKED_too()
    {
        var server = await Backend.StartAsync(BackendBehavior.Content("version = 1.2\n"));
        var source = Source("server2", server);
        await server.DisposeAsync();

        var config = await ConfigCollector.CreateDefault().ReadAsync(source, s_timeout);

        Assert.Equal("connection refused", config.NotCheckedReason);
    }

    [Fact]
    [Ko("404로 응답하는 서버는 설정이 없으므로 DELETED입니다")]
    public async Task A_server_that_answers_404_has_no_config_and_is_DELETED()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Status(404));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server5", server), s_timeout);

        Assert.Equal(ServerConfig.Deleted("server5"), config);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [Ko("오류로 응답하는 서버는 상태 코드와 함께 NOT_CHECKED입니다")]
    public async Task A_server_that_answers_an_error_is_NOT_CHECKED_with_the_status(int status)
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Status(status));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server2", server), s_timeout);

        Assert.Equal($"HTTP {status}", config.NotCheckedReason);
    }

    [Fact]
    [Ko("잘못된 설정은 서버와 줄 번호와 함께 NOT_CHECKED입니다")]
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
    [Ko("설정이 아닌 콘텐츠 형식은 NOT_CHECKED입니다")]
    public async Task A_content_type_that_is_not_a_config_is_NOT_CHECKED()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Content("<html><body>Welcome</body></html>", "text/html"));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server3", server), s_timeout);

        Assert.Null(config.Settings);
        Assert.Contains("text/html", config.NotCheckedReason ?? "", StringComparison.Ordinal);
    }

    [Fact]
    [Ko("리디렉션을 따라가 다른 서버의 설정을 읽지 않습니다")]
    public async Task A_redirect_is_not_followed_to_another_servers_config()
    {
        await using var other = await Backend.StartAsync(BackendBehavior.Content("version = 1.2\n"));
        await using var server = await Backend.StartAsync(BackendBehavior.Redirect(new Uri(other.BaseAddress, "app.conf")));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server2", server), s_timeout);

        Assert.True(other.RequestCount == 0, "The collector followed the redirect and read another server's config as this one's.");
        Assert.Equal("HTTP 302", config.NotCheckedReason);
    }

    [Fact]
    [Ko("멈춰 버린 서버는 타임아웃 뒤에 NOT_CHECKED입니다")]
    public async Task A_server_that_hangs_is_NOT_CHECKED_after_the_timeout()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Hang);

        var config = await ConfigCollector.CreateDefault()
            .ReadAsync(Source("server2", server), TimeSpan.FromMilliseconds(300))
            .CompletesAsync("Reading a hanging server did not come back, long after its 0.3s timeout.");

        Assert.Equal("timed out after 0.3s", config.NotCheckedReason);
    }

    [Fact]
    [Ko("읽기 타임아웃은 기계의 시계가 아니라 수집기의 시계로 잽니다")]
    public async Task A_read_times_out_on_the_collectors_clock_not_the_machines()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        using var handler = StubHttpHandler.Hanging();
        var collector = new ConfigCollector(handler.CreateClient(), time);

        var reading = collector.ReadAsync(new ConfigSource("server2", new Uri("http://server2.test/app.conf")), ConfigCollector.MaxTimeout);
        Assert.True(await handler.WaitForStartedAsync(1, TaskAssertions.RealTimeLimit), "The read never sent its request.");
        time.Advance(ConfigCollector.MaxTimeout);
        var config = await reading.CompletesAsync(
            "The read's 30s timeout had passed on the TimeProvider given to the collector, but the read went on waiting. A timeout on the " +
            "machine's clock (new CancellationTokenSource(timeout), TimeProvider.System) waits real seconds: use the collector's clock, " +
            "new CancellationTokenSource(timeout, timeProvider).");

        Assert.Equal("timed out after 30s", config.NotCheckedReason);
    }

    [Fact]
    [Ko("서버 한 대가 꺼진 실제 서버들로 수업의 플릿을 확인합니다")]
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
    [Ko("멈춘 서버가 있는 플릿도 타임아웃 한 번쯤 만에 모읍니다")]
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

    [Fact]
    [Ko("거부가 아닌 전송 오류는 그 메시지와 함께 NOT_CHECKED입니다")]
    public async Task A_transport_error_that_is_not_a_refusal_is_NOT_CHECKED_with_its_message()
    {
        using var handler = StubHttpHandler.Failing("Name or service not known (server9.test:80)");
        var collector = new ConfigCollector(handler.CreateClient());

        var config = await collector.ReadAsync(new ConfigSource("server9", new Uri("http://server9.test/app.conf")), s_timeout)
            .CompletesAsync("Reading a server whose name does not resolve did not come back.");

        Assert.Equal("Name or service not known (server9.test:80)", config.NotCheckedReason);
    }

    [Fact]
    [Ko("읽기 타임아웃보다 짧은 클라이언트 타임아웃도 NOT_CHECKED입니다")]
    public async Task A_client_timeout_shorter_than_the_reads_is_NOT_CHECKED_too()
    {
        // The HttpClient's own Timeout ends the request with an OperationCanceledException that neither the
        // caller nor the read's timeout asked for: still no answer in time, not a crash.
        using var handler = StubHttpHandler.Hanging();
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromMilliseconds(200) };
        var collector = new ConfigCollector(client);

        var config = await collector.ReadAsync(new ConfigSource("server2", new Uri("http://server2.test/app.conf")), s_timeout)
            .CompletesAsync("Reading through an HttpClient with a 0.2s timeout did not come back.");

        Assert.Equal("timed out after 0.2s", config.NotCheckedReason);
    }

    [Fact]
    [Ko("동시에 읽는 서버는 maxConcurrency대를 넘지 않습니다")]
    public async Task No_more_than_maxConcurrency_servers_are_read_at_once()
    {
        // One more than the machine's cores: Parallel.ForEachAsync without MaxDegreeOfParallelism runs as
        // many reads as there are cores, which is then one too few, on any machine.
        var limit = Environment.ProcessorCount + 1;
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        using var handler = StubHttpHandler.Hanging();
        var collector = new ConfigCollector(handler.CreateClient(), time, maxConcurrency: limit);
        var sources = Enumerable.Range(1, 2 * limit + 1).Select(i => new ConfigSource($"server{i}", new Uri($"http://server{i}.test/app.conf"))).ToArray();

        var collecting = collector.CollectAsync(sources, s_timeout);
        Assert.True(await handler.WaitForStartedAsync(1, TaskAssertions.RealTimeLimit), "No read started.");
        await handler.WaitForStartedAsync(limit, TimeSpan.FromSeconds(1));
        await Task.Delay(200);
        var inFlight = handler.InFlight;
        time.Advance(s_timeout);
        Assert.True(await handler.WaitForStartedAsync(2 * limit, TaskAssertions.RealTimeLimit), "After the first reads timed out, the next ones did not start.");
        time.Advance(s_timeout);
        Assert.True(await handler.WaitForStartedAsync(2 * limit + 1, TaskAssertions.RealTimeLimit), "The last read did not start.");
        time.Advance(s_timeout);
        await collecting.CompletesAsync($"Collecting {2 * limit + 1} hanging servers did not end after their timeouts.");

        Assert.True(
            inFlight == limit && handler.MaxInFlight == limit,
            $"maxConcurrency is {limit}, so {limit} of {sources.Length} hanging servers should be read at once, but {inFlight} were at first and at most " +
            $"{handler.MaxInFlight} at any time. Give the limit to the reads (ParallelOptions.MaxDegreeOfParallelism, or a SemaphoreSlim): " +
            $"without it Parallel.ForEachAsync runs one read per core ({Environment.ProcessorCount} here), and Task.WhenAll all of them.");
    }

    [Fact]
    [Ko("잘못된 인자는 거부됩니다")]
    public async Task Bad_arguments_are_rejected()
    {
        using var handler = StubHttpHandler.Answering(System.Net.HttpStatusCode.OK);
        var collector = new ConfigCollector(handler.CreateClient());
        var source = new ConfigSource("server1", new Uri("http://server1.test/app.conf"));

        Assert.Equal("client", Assert.Throws<ArgumentNullException>(() => new ConfigCollector(null!)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfigCollector(handler.CreateClient(), maxConcurrency: 0));
        Assert.Equal("source", (await Assert.ThrowsAsync<ArgumentNullException>(() => collector.ReadAsync(null!, s_timeout))).ParamName);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => collector.ReadAsync(source, TimeSpan.Zero));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => collector.ReadAsync(source, ConfigCollector.MaxTimeout + TimeSpan.FromSeconds(1)));
        Assert.Equal("sources", (await Assert.ThrowsAsync<ArgumentNullException>(() => collector.CollectAsync(null!, s_timeout))).ParamName);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    [Ko("TimeProvider가 없으면 수집기는 시스템 시계로 돕니다")]
    public async Task Without_a_TimeProvider_the_collector_runs_on_the_system_clock()
    {
        using var handler = new StubHttpHandler((_, _) => Task.FromResult(new System.Net.Http.HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new System.Net.Http.StringContent("version = 1.2\n") }));

        var config = await new ConfigCollector(handler.CreateClient()).ReadAsync(new ConfigSource("server1", new Uri("http://server1.test/app.conf")), s_timeout)
            .CompletesAsync("Reading one server with the default clock did not come back.");

        Assert.Equal(Settings.Of("version=1.2"), config.Settings);
    }

    [Fact]
    [Ko("MaxConfigBytes보다 큰 응답은 메모리로 읽지 않고 NOT_CHECKED입니다")]
    public async Task A_response_larger_than_MaxConfigBytes_is_NOT_CHECKED_not_read_into_memory()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Content("# padding\n" + new string('#', ConfigCollector.MaxConfigBytes) + "\nversion = 1.2\n"));

        var config = await ConfigCollector.CreateDefault().ReadAsync(Source("server1", server), s_timeout)
            .CompletesAsync("Reading a server that serves more than 1 MB did not come back.");

        Assert.True(
            config.Settings is null && config.NotCheckedReason is not null,
            "server1 served more than ConfigCollector.MaxConfigBytes (1 MB): that is not a config file, and the default client should refuse to buffer it " +
            "(HttpClient.MaxResponseContentBufferSize), so the server is NOT_CHECKED with the reason.");
    }

    private static ConfigSource Source(string server, Backend backend) => new(server, new Uri(backend.BaseAddress, "app.conf"));

    private static string AppConf(string version) =>
        string.Concat(Settings.AppConf(version).Select(setting => $"{setting.Key} = {setting.Value}\n"));
}
