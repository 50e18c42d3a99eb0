using System.Globalization;
using System.Net;
using Katas.Specs;
using Microsoft.Extensions.Time.Testing;

namespace Katas.HealthChecker.Specs;

/// <summary>
/// Step 4: checking many targets takes about one timeout, not one timeout per target, and never has
/// more than maxConcurrency probes in flight.
/// </summary>
[Step(4)]
public sealed class Step4_ManyTargets
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_grace = TimeSpan.FromMilliseconds(200);

    [Fact]
    [Ko("응답하지 않는 대상 열 개는 타임아웃 열 번이 아니라 한 번 걸립니다")]
    public async Task Ten_targets_that_never_answer_take_one_timeout_not_ten()
    {
        var time = new FakeTimeProvider();
        using var handler = StubHttpHandler.Hanging();
        var checker = new FleetChecker(new HttpProbe(handler.CreateClient(), time), maxConcurrency: 10);

        var checking = checker.CheckAllAsync(Targets(10), s_timeout);
        Assert.True(
            await handler.WaitForStartedAsync(10, TaskAssertions.RealTimeLimit),
            $"Only {handler.Requests.Count} of 10 probes started while the first one was still waiting: the targets are checked one after another.");
        time.Advance(s_timeout);
        var results = await checking.CompletesAsync("One timeout passed and every probe had started, but the check did not finish.");

        Assert.Equal(10, results.Count);
        Assert.All(results, r => Assert.Equal("timed out after 1s", r.Result.Reason));
    }

    [Fact]
    [Ko("동시에 진행 중인 프로브는 maxConcurrency개를 넘지 않습니다")]
    public async Task No_more_than_maxConcurrency_probes_are_in_flight()
    {
        var time = new FakeTimeProvider();
        using var handler = StubHttpHandler.Hanging();
        var checker = new FleetChecker(new HttpProbe(handler.CreateClient(), time), maxConcurrency: 3);

        var checking = checker.CheckAllAsync(Targets(7), s_timeout);

        // 7 targets, 3 at a time: three waves of one timeout each.
        foreach (var startedAfterWave in new[] { 3, 6, 7 })
        {
            Assert.True(
                await handler.WaitForStartedAsync(startedAfterWave, TaskAssertions.RealTimeLimit),
                $"Expected {startedAfterWave} probes to have started, but {handler.Requests.Count} did.");
            await Task.Delay(s_grace);
            Assert.True(handler.MaxInFlight <= 3, $"{handler.MaxInFlight} probes were in flight at once; the bound is 3.");
            time.Advance(s_timeout);
        }

        var results = await checking.CompletesAsync("Three timeouts passed, but the check of 7 targets did not finish.");
        Assert.Equal(7, results.Count);
        Assert.Equal(3, handler.MaxInFlight);
    }

    [Fact]
    [Ko("결과는 대상의 순서대로 나옵니다")]
    public async Task Results_come_in_the_order_of_the_targets()
    {
        var time = new FakeTimeProvider();

        // The first targets answer last: a result list in completion order would be reversed.
        using var handler = new StubHttpHandler(async (request, token) =>
        {
            var host = request.RequestUri!.Host; // web-<index>.test
            var index = int.Parse(host["web-".Length..host.IndexOf('.', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            await Task.Delay(TimeSpan.FromMilliseconds(100 * (6 - index)), time, token);
            return new HttpResponseMessage(index % 2 == 1 ? HttpStatusCode.OK : HttpStatusCode.InternalServerError);
        });
        var checker = new FleetChecker(new HttpProbe(handler.CreateClient(), time), maxConcurrency: 5);
        var targets = Targets(5);

        var checking = checker.CheckAllAsync(targets, s_timeout);
        Assert.True(await handler.WaitForStartedAsync(5, TaskAssertions.RealTimeLimit), "Not every probe started.");
        time.Advance(TimeSpan.FromMilliseconds(600));
        var results = await checking.CompletesAsync("Every target answered, but the check did not finish.");

        Assert.Equal(targets, results.Select(r => r.Target));
        Assert.Equal([true, false, true, false, true], results.Select(r => r.Result.IsHealthy));
    }

    [Fact]
    [Ko("대상이 없으면 결과도 없습니다")]
    public async Task No_targets_give_no_results()
    {
        using var handler = StubHttpHandler.Answering(HttpStatusCode.OK);
        var checker = new FleetChecker(new HttpProbe(handler.CreateClient(), new FakeTimeProvider()));

        var results = await checker.CheckAllAsync([], s_timeout);

        Assert.Empty(results);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [Ko("1보다 작은 한도는 거부됩니다")]
    public void A_bound_below_1_is_rejected(int maxConcurrency)
    {
        using var handler = StubHttpHandler.Answering(HttpStatusCode.OK);
        var probe = new HttpProbe(handler.CreateClient(), new FakeTimeProvider());

        Assert.Throws<ArgumentOutOfRangeException>(() => new FleetChecker(probe, maxConcurrency));
    }

    [Fact]
    [Ko("프로브나 대상 목록이 빠지면 거부됩니다")]
    public async Task A_missing_probe_or_target_list_is_rejected()
    {
        using var handler = StubHttpHandler.Answering(HttpStatusCode.OK);
        var checker = new FleetChecker(new HttpProbe(handler.CreateClient(), new FakeTimeProvider()));

        Assert.Equal("probe", Assert.Throws<ArgumentNullException>(() => new FleetChecker(null!)).ParamName);
        Assert.Equal("targets", (await Assert.ThrowsAsync<ArgumentNullException>(() => checker.CheckAllAsync(null!, s_timeout))).ParamName);
    }

    [Fact]
    [Ko("호출자가 취소하면 검사 전체가 멈춥니다")]
    public async Task The_callers_cancellation_stops_the_whole_check()
    {
        using var handler = StubHttpHandler.Hanging();
        var checker = new FleetChecker(new HttpProbe(handler.CreateClient(), new FakeTimeProvider()), maxConcurrency: 2);
        using var caller = new CancellationTokenSource();

        var checking = checker.CheckAllAsync(Targets(4), s_timeout, caller.Token);
        Assert.True(await handler.WaitForStartedAsync(2, TaskAssertions.RealTimeLimit), "No probe started.");
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => checking.WaitAsync(TaskAssertions.RealTimeLimit));
    }

    private static Target[] Targets(int count) =>
        Enumerable.Range(1, count).Select(i => new Target($"web-{i}", new Uri($"http://web-{i}.test/health"))).ToArray();
}
