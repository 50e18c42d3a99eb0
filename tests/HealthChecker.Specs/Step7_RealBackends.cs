using System.Diagnostics;
using Katas.Fleet;
using Katas.Specs;

namespace Katas.HealthChecker.Specs;

/// <summary>
/// Step 7: the same checker against real HTTP servers on 127.0.0.1 that answer, fail, redirect, refuse,
/// hang, or answer slowly. <see cref="HttpProbe.CreateDefault"/> builds the probe for real servers.
/// </summary>
[Step(7)]
public sealed class Step7_RealBackends
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    [Fact]
    [Ko("200으로 응답하는 서버는 정상입니다")]
    public async Task A_server_that_answers_200_is_healthy()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Healthy);

        var result = await HttpProbe.CreateDefault().ProbeAsync(server.HealthUri, s_timeout);

        Assert.True(result.IsHealthy, $"The server answered 200, but the result was: {result}");
        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    [Ko("500으로 응답하는 서버는 비정상입니다")]
    public async Task A_server_that_answers_500_is_unhealthy()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Status(500));

        var result = await HttpProbe.CreateDefault().ProbeAsync(server.HealthUri, s_timeout);

        Assert.False(result.IsHealthy);
        Assert.Equal("HTTP 500", result.Reason);
    }

    [Fact]
    [Ko("리디렉션이 곧 응답이며 따라가지 않습니다")]
    public async Task A_redirect_is_the_answer_and_is_not_followed()
    {
        await using var broken = await Backend.StartAsync(BackendBehavior.Status(500));
        await using var server = await Backend.StartAsync(BackendBehavior.Redirect(broken.HealthUri));

        var result = await HttpProbe.CreateDefault().ProbeAsync(server.HealthUri, s_timeout);

        Assert.Equal(302, result.StatusCode);
        Assert.True(result.IsHealthy, $"A 302 is in 200-399, but the result was: {result}");
        Assert.True(broken.RequestCount == 0, "The probe followed the redirect to another server and reported that server's health.");
    }

    [Fact]
    [Ko("아무것도 듣지 않는 포트는 연결이 거부됩니다")]
    public async Task A_port_where_nothing_listens_is_refused()
    {
        var result = await HttpProbe.CreateDefault().ProbeAsync(Backend.ClosedPortAddress(), s_timeout);

        Assert.False(result.IsHealthy);
        Assert.Equal("connection refused", result.Reason);
    }

    [Fact]
    [Ko("멈춰 버린 서버는 타임아웃됩니다")]
    public async Task A_server_that_hangs_times_out()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Hang);

        var result = await HttpProbe.CreateDefault()
            .ProbeAsync(server.HealthUri, TimeSpan.FromMilliseconds(300))
            .CompletesAsync("The probe of a hanging server did not come back, long after its 0.3s timeout.");

        Assert.False(result.IsHealthy);
        Assert.Equal("timed out after 0.3s", result.Reason);
    }

    [Fact]
    [Ko("타임아웃 안의 느린 응답은 정상입니다")]
    public async Task A_slow_answer_inside_the_timeout_is_healthy()
    {
        await using var server = await Backend.StartAsync(BackendBehavior.Slow(TimeSpan.FromMilliseconds(200)));

        var result = await HttpProbe.CreateDefault().ProbeAsync(server.HealthUri, s_timeout);

        Assert.True(result.IsHealthy, $"The server answered after 0.2s with a 2s timeout, but the result was: {result}");
        // The server's delay and the probe's clock are different timers: allow them to disagree a little.
        Assert.True(result.Duration >= TimeSpan.FromMilliseconds(150), $"The answer took about 0.2s, but the duration says {result.Duration.TotalSeconds:0.000}s.");
    }

    [Fact]
    [Ko("섞인 플릿은 타임아웃 한 번쯤 만에 확인되고 비정상으로 보고됩니다")]
    public async Task A_mixed_fleet_is_checked_in_about_one_timeout_and_reported_unhealthy()
    {
        var timeout = TimeSpan.FromMilliseconds(400);
        await using var healthy = await Backend.StartAsync(BackendBehavior.Healthy);
        await using var failing = await Backend.StartAsync(BackendBehavior.Status(503));
        await using var hanging = await Backend.StartAsync(BackendBehavior.Hang);
        var targets = new List<Target>
        {
            new("web-1", healthy.HealthUri),
            new("web-2", failing.HealthUri),
            new("web-3", Backend.ClosedPortAddress()),
        };
        targets.AddRange(Enumerable.Range(4, 4).Select(i => new Target($"web-{i}", hanging.HealthUri)));
        var checker = new FleetChecker(HttpProbe.CreateDefault());

        var clock = Stopwatch.StartNew();
        var results = await checker.CheckAllAsync(targets, timeout);
        clock.Stop();
        var report = HealthReport.FromResults(results);

        // Four hanging targets one after another would take at least 1.6s.
        Assert.True(clock.Elapsed < 3 * timeout, $"Checking 7 targets took {clock.Elapsed.TotalSeconds:0.00}s; at once it takes about one timeout ({timeout.TotalSeconds}s).");
        Assert.Equal(["HTTP 200", "HTTP 503", "connection refused", "timed out after 0.4s", "timed out after 0.4s", "timed out after 0.4s", "timed out after 0.4s"], results.Select(r => r.Result.Reason));
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Equal(503, report.HttpStatusCode);
    }
}
