using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Katas.Fleet.Tests;

public sealed class BackendTests : IDisposable
{
    // A backend's delays are Task.Delay timers, which tick on whole milliseconds (15.6 ms on Windows) and
    // may fire up to a tick before a Stopwatch says the time is up: 299 ms measured for a 300 ms delay.
    private static readonly TimeSpan s_timerTick = TimeSpan.FromMilliseconds(16);

    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(10) };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Normal_service_answers_health_config_and_work()
    {
        await using var backend = await Backend.StartAsync(new BackendOptions { Name = "web-1", Config = "version = 1.2\n" }, Token);

        Assert.Equal("ok\n", await GetStringAsync(backend.HealthUri));
        Assert.Equal("version = 1.2\n", await GetStringAsync(backend.ConfigUri));
        Assert.Equal("served by web-1\n", await GetStringAsync(backend.WorkUri));
        Assert.Equal(1, backend.Served);
        Assert.Equal(3, backend.RequestCount);
    }

    [Fact]
    public async Task Work_beyond_the_capacity_is_refused_with_503_at_once()
    {
        await using var backend = await Backend.StartAsync(new BackendOptions { Latency = TimeSpan.FromMilliseconds(500), Capacity = 2 }, Token);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _client.GetAsync(backend.WorkUri, TestContext.Current.CancellationToken)));

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.ServiceUnavailable));
        Assert.Equal((2, 3), (backend.Served, backend.Rejected));
    }

    [Fact]
    public async Task Work_beyond_the_capacity_waits_in_the_queue_for_a_free_slot()
    {
        await using var backend = await Backend.StartAsync(
            new BackendOptions { Latency = TimeSpan.FromMilliseconds(300), Capacity = 2, QueueTimeout = TimeSpan.FromSeconds(5) }, Token);

        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _client.GetAsync(backend.WorkUri, Token)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.True(clock.Elapsed >= 2 * (TimeSpan.FromMilliseconds(300) - s_timerTick), $"Four units of 300ms on two slots took {clock.Elapsed.TotalMilliseconds:0}ms: two of them should have waited.");
        Assert.Equal((4, 0), (backend.Served, backend.Rejected));
    }

    [Fact]
    public async Task A_crash_refuses_connections_and_a_restart_answers_on_the_same_port()
    {
        await using var backend = await Backend.StartAsync(BackendBehavior.Healthy, Token);
        var address = backend.HealthUri;

        await backend.CrashAsync();
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => _client.GetAsync(address, TestContext.Current.CancellationToken));
        Assert.Equal(SocketError.ConnectionRefused, (refused.InnerException as SocketException)?.SocketErrorCode);
        Assert.False(backend.IsRunning);

        await backend.RestartAsync(TestContext.Current.CancellationToken);
        Assert.True(backend.IsRunning);
        Assert.Equal("ok\n", await GetStringAsync(address));
    }

    [Fact]
    public async Task A_crash_cuts_the_requests_in_flight()
    {
        await using var backend = await Backend.StartAsync(BackendBehavior.Hang, Token);
        var waiting = _client.GetAsync(backend.WorkUri, TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => backend.RequestCount == 1);

        await backend.CrashAsync();

        // The client sees the connection end, not a hang.
        var finished = await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        Assert.Same(waiting, finished);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task An_error_fault_answers_every_path_with_its_status(int status)
    {
        await using var backend = await Backend.StartAsync(BackendBehavior.Healthy, Token);
        backend.Behavior = BackendBehavior.Status(status);

        Assert.Equal((HttpStatusCode)status, (await _client.GetAsync(backend.HealthUri, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal((HttpStatusCode)status, (await _client.GetAsync(backend.WorkUri, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_slow_backend_answers_every_path_200_after_its_delay()
    {
        await using var backend = await Backend.StartAsync(BackendBehavior.Healthy, Token);
        backend.Behavior = BackendBehavior.Slow(TimeSpan.FromMilliseconds(300));

        var clock = Stopwatch.StartNew();
        var health = await _client.GetAsync(backend.HealthUri, Token);
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(300) - s_timerTick, $"The slow backend answered after {clock.Elapsed.TotalMilliseconds:0}ms, before its 300ms delay.");
    }

    [Fact]
    public async Task A_flapping_backend_alternates_between_service_and_500()
    {
        await using var backend = await Backend.StartAsync(BackendBehavior.Flapping(TimeSpan.FromMilliseconds(100)), Token);

        var seen = new HashSet<HttpStatusCode>();
        var clock = Stopwatch.StartNew();
        while (seen.Count < 2 && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            seen.Add((await _client.GetAsync(backend.HealthUri, TestContext.Current.CancellationToken)).StatusCode);
            await Task.Delay(30, TestContext.Current.CancellationToken);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.InternalServerError], seen.Order());
    }

    [Fact]
    public async Task A_cpu_bound_backend_takes_its_time_on_each_unit_of_work_but_answers_health_at_once()
    {
        await using var backend = await Backend.StartAsync(BackendBehavior.CpuBound(TimeSpan.FromMilliseconds(200)), Token);

        var work = Stopwatch.StartNew();
        await GetStringAsync(backend.WorkUri);
        work.Stop();
        var health = Stopwatch.StartNew();
        await GetStringAsync(backend.HealthUri);
        health.Stop();

        Assert.True(work.Elapsed >= TimeSpan.FromMilliseconds(200), $"The unit of work took {work.Elapsed.TotalMilliseconds:0}ms, less than its 200ms of CPU.");
        Assert.True(health.Elapsed < work.Elapsed, "The health check took as long as the work: it should not burn CPU.");
    }

    [Fact]
    public async Task Changing_the_config_is_drift_the_next_read_sees()
    {
        await using var backend = await Backend.StartAsync(new BackendOptions { Config = "version = 1.2\n" }, Token);

        backend.Config = "version = 1.1\n";

        Assert.Equal("version = 1.1\n", await GetStringAsync(backend.ConfigUri));
    }

    [Fact]
    public async Task Disposing_a_backend_frees_its_port()
    {
        var backend = await Backend.StartAsync(BackendBehavior.Healthy, Token);
        var port = backend.Port;

        await backend.DisposeAsync();

        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var refused = await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken).AsTask());
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => backend.RestartAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_closed_port_refuses_connections_and_is_never_handed_out_again()
    {
        // Ports released at once come back: 400 of them, drawn from some 14,000, repeat with near certainty.
        var addresses = Enumerable.Range(0, 400).Select(_ => Backend.ClosedPortAddress()).ToArray();

        Assert.Equal(addresses.Length, addresses.Select(a => a.Port).Distinct().Count());
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var refused = await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync(IPAddress.Loopback, addresses[0].Port, Token).AsTask());
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        await Assert.ThrowsAnyAsync<IOException>(() => Backend.StartAsync(new BackendOptions { Port = addresses[0].Port }, Token));
    }

    [Fact]
    public async Task A_crash_after_the_backend_was_disposed_changes_nothing()
    {
        // The scaler stopped the replica a moment before the chaos test crashes it: nothing is left to crash.
        var backend = await Backend.StartAsync(BackendBehavior.Healthy, Token);
        await backend.DisposeAsync();

        await backend.CrashAsync();

        Assert.False(backend.IsRunning);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => backend.RestartAsync(Token));
    }

    [Fact]
    public async Task Bad_options_are_rejected_with_the_value_named()
    {
        var capacity = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Backend.StartAsync(new BackendOptions { Capacity = 0 }, Token));
        Assert.Contains("Capacity", capacity.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Backend.StartAsync(new BackendOptions { Latency = TimeSpan.FromSeconds(-1) }, Token));
        Assert.Throws<ArgumentOutOfRangeException>(() => BackendBehavior.Flapping(TimeSpan.Zero));
    }

    private Task<string> GetStringAsync(Uri uri) => _client.GetStringAsync(uri, TestContext.Current.CancellationToken);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "The condition did not come true within 5s.");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
