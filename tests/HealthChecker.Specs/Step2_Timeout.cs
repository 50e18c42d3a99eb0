using System.Net;
using Katas.Specs;
using Microsoft.Extensions.Time.Testing;

namespace Katas.HealthChecker.Specs;

/// <summary>
/// Step 2: a target that does not answer within the timeout is unhealthy. Time is a
/// <see cref="FakeTimeProvider"/>: the specs move it forward instead of waiting.
/// </summary>
[Step(2)]
public sealed class Step2_Timeout
{
    private static readonly Uri s_target = new("http://web-1.test/health");

    private const string NeverSent = "The probe never sent its request.";
    private const string StillWaiting = "The probe was still waiting after its timeout had passed. Does the timeout run on the TimeProvider given to the probe?";

    // Real time a spec gives a wrong implementation to finish too early.
    private static readonly TimeSpan s_grace = TimeSpan.FromMilliseconds(200);

    [Fact]
    [Ko("타임아웃 안에 응답이 없으면 비정상이고 그렇다고 말합니다")]
    public async Task No_answer_within_the_timeout_is_unhealthy_and_says_so()
    {
        var time = new FakeTimeProvider();
        using var handler = StubHttpHandler.Hanging();
        var probe = new HttpProbe(handler.CreateClient(), time);

        var probing = probe.ProbeAsync(s_target, TimeSpan.FromSeconds(1));
        Assert.True(await handler.WaitForStartedAsync(1, TaskAssertions.RealTimeLimit), NeverSent);
        time.Advance(TimeSpan.FromSeconds(1));
        var result = await probing.CompletesAsync(StillWaiting);

        Assert.False(result.IsHealthy);
        Assert.Equal("timed out after 1s", result.Reason);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    [Ko("프로브는 타임아웃만큼 기다리고 그보다 오래 기다리지 않습니다")]
    public async Task The_probe_waits_the_whole_timeout_and_not_longer()
    {
        var time = new FakeTimeProvider();
        using var handler = StubHttpHandler.Hanging();
        var probe = new HttpProbe(handler.CreateClient(), time);

        var probing = probe.ProbeAsync(s_target, TimeSpan.FromSeconds(2));
        Assert.True(await handler.WaitForStartedAsync(1, TaskAssertions.RealTimeLimit), NeverSent);
        time.Advance(TimeSpan.FromMilliseconds(1999));
        await probing.StaysPendingAsync(s_grace, "The probe gave up before its 2s timeout had passed.");

        time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await probing.CompletesAsync(StillWaiting);
        Assert.Equal(TimeSpan.FromSeconds(2), result.Duration);
    }

    [Fact]
    [Ko("프로브의 타임아웃보다 짧은 클라이언트 타임아웃도 결과입니다")]
    public async Task A_client_timeout_shorter_than_the_probes_is_a_result_too()
    {
        // The HttpClient's own Timeout ends the request with an OperationCanceledException that neither the
        // caller nor the probe's timeout asked for. It is still "no answer in time", not a crash.
        using var handler = StubHttpHandler.Hanging();
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromMilliseconds(200) };
        var probe = new HttpProbe(client, new FakeTimeProvider());

        var result = await probe.ProbeAsync(s_target, TimeSpan.FromSeconds(5))
            .CompletesAsync("The probe did not come back after its HttpClient's own 0.2s timeout.");

        Assert.False(result.IsHealthy);
        Assert.Equal("timed out after 0.2s", result.Reason);
    }

    [Theory]
    [InlineData(250, "timed out after 0.25s")]
    [InlineData(1500, "timed out after 1.5s")]
    [InlineData(3000, "timed out after 3s")]
    [Ko("이유에 타임아웃이 초 단위로 나옵니다")]
    public async Task The_reason_names_the_timeout_in_seconds(int timeoutMilliseconds, string reason)
    {
        var time = new FakeTimeProvider();
        using var handler = StubHttpHandler.Hanging();
        var probe = new HttpProbe(handler.CreateClient(), time);

        var probing = probe.ProbeAsync(s_target, TimeSpan.FromMilliseconds(timeoutMilliseconds));
        Assert.True(await handler.WaitForStartedAsync(1, TaskAssertions.RealTimeLimit), NeverSent);
        time.Advance(TimeSpan.FromMilliseconds(timeoutMilliseconds));
        var result = await probing.CompletesAsync(StillWaiting);

        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    [Ko("타임아웃은 기계의 시계가 아니라 프로브의 시계로 잽니다")]
    public async Task The_timeout_runs_on_the_probes_clock_not_the_machines()
    {
        var time = new FakeTimeProvider();
        using var handler = StubHttpHandler.Hanging();
        var probe = new HttpProbe(handler.CreateClient(), time);

        var probing = probe.ProbeAsync(s_target, HttpProbe.MaxTimeout);
        Assert.True(await handler.WaitForStartedAsync(1, TaskAssertions.RealTimeLimit), NeverSent);
        time.Advance(HttpProbe.MaxTimeout);
        var result = await probing.CompletesAsync(
            "The probe's 30s timeout had passed on the TimeProvider given to the probe, but the probe went on waiting. A timeout on the " +
            "machine's clock (new CancellationTokenSource(timeout), Task.Delay(timeout)) waits real seconds: give it the probe's clock, " +
            "new CancellationTokenSource(timeout, timeProvider).");

        Assert.Equal("timed out after 30s", result.Reason);
    }

    [Fact]
    [Ko("이유는 기계의 문화권 설정과 상관없이 똑같이 읽힙니다")]
    public async Task The_reason_reads_the_same_whatever_the_culture_of_the_machine()
    {
        var time = new FakeTimeProvider();
        using var handler = StubHttpHandler.Hanging();
        var probe = new HttpProbe(handler.CreateClient(), time);

        var result = await Cultures.RunAsync(Cultures.DecimalComma, async () =>
        {
            var probing = probe.ProbeAsync(s_target, TimeSpan.FromMilliseconds(250));
            Assert.True(await handler.WaitForStartedAsync(1, TaskAssertions.RealTimeLimit), NeverSent);
            time.Advance(TimeSpan.FromMilliseconds(250));
            return await probing.CompletesAsync(StillWaiting);
        });

        Assert.True(
            result.Reason == "timed out after 0.25s",
            $"On a machine set to German (decimal comma) the reason was \"{result.Reason}\", not \"timed out after 0.25s\". Dashboards and " +
            "alerts read this text: format the seconds with CultureInfo.InvariantCulture, not with the machine's culture.");
    }

    [Fact]
    [Ko("타임아웃된 요청은 계속 돌게 두지 않고 취소합니다")]
    public async Task A_request_that_timed_out_is_cancelled_not_left_running()
    {
        var time = new FakeTimeProvider();
        using var handler = StubHttpHandler.Hanging();
        var probe = new HttpProbe(handler.CreateClient(), time);

        var probing = probe.ProbeAsync(s_target, TimeSpan.FromSeconds(1));
        Assert.True(await handler.WaitForStartedAsync(1, TaskAssertions.RealTimeLimit), NeverSent);
        time.Advance(TimeSpan.FromSeconds(1));
        await probing.CompletesAsync(StillWaiting);

        Assert.Equal(1, handler.Cancelled);
        Assert.Equal(0, handler.InFlight);
    }

    [Fact]
    [Ko("타임아웃 안의 응답은 정상이고 걸린 시간을 잽니다")]
    public async Task An_answer_inside_the_timeout_is_healthy_and_its_duration_is_measured()
    {
        var time = new FakeTimeProvider();
        using var handler = StubHttpHandler.AnsweringAfter(TimeSpan.FromMilliseconds(900), time, HttpStatusCode.OK);
        var probe = new HttpProbe(handler.CreateClient(), time);

        var probing = probe.ProbeAsync(s_target, TimeSpan.FromSeconds(1));
        Assert.True(await handler.WaitForStartedAsync(1, TaskAssertions.RealTimeLimit), NeverSent);
        time.Advance(TimeSpan.FromMilliseconds(900));
        var result = await probing.CompletesAsync("The target answered, but the probe did not finish.");

        Assert.True(result.IsHealthy, $"The answer came 100ms before the timeout, but the result was: {result}");
        Assert.Equal(TimeSpan.FromMilliseconds(900), result.Duration);
    }

    [Fact]
    [Ko("호출자 자신의 취소는 타임아웃으로 보고하지 않고 던집니다")]
    public async Task The_callers_own_cancellation_is_thrown_not_reported_as_a_timeout()
    {
        var time = new FakeTimeProvider();
        using var handler = StubHttpHandler.Hanging();
        var probe = new HttpProbe(handler.CreateClient(), time);
        using var caller = new CancellationTokenSource();

        var probing = probe.ProbeAsync(s_target, TimeSpan.FromSeconds(1), caller.Token);
        Assert.True(await handler.WaitForStartedAsync(1, TaskAssertions.RealTimeLimit), NeverSent);
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => probing.WaitAsync(TaskAssertions.RealTimeLimit));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(31_000)]
    [Ko("양수가 아니거나 최댓값을 넘는 타임아웃은 거부됩니다")]
    public async Task A_timeout_that_is_not_positive_or_above_the_maximum_is_rejected(int timeoutMilliseconds)
    {
        using var handler = StubHttpHandler.Answering(HttpStatusCode.OK);
        var probe = new HttpProbe(handler.CreateClient(), new FakeTimeProvider());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => probe.ProbeAsync(s_target, TimeSpan.FromMilliseconds(timeoutMilliseconds)));
        Assert.Empty(handler.Requests);
    }
}
