using System.Net;
using Katas.Fleet;
using Katas.Specs;
using Microsoft.Extensions.Time.Testing;

namespace Katas.RoundRobin.Specs;

/// <summary>
/// Step 7: failover. Passive health as nginx keeps it (max_fails, fail_timeout), and requests through
/// the balancer to real servers on 127.0.0.1 that keep succeeding while one of the servers crashes.
/// </summary>
[Step(7)]
public sealed class Step7_Failover
{
    private static readonly Replica s_web1 = Pool.Of("web-1")[0];

    [Fact]
    [Ko("실패가 없는 레플리카는 정상입니다")]
    public void A_replica_with_no_failures_is_healthy()
    {
        var health = new PassiveHealth(new FakeTimeProvider());

        Assert.True(health.IsHealthy(s_web1), "Nothing was reported about web-1, so it should be healthy.");
    }

    [Fact]
    [Ko("기본값으로는 실패 한 번에 레플리카가 fail_timeout 동안 빠집니다")]
    public void One_failure_takes_a_replica_out_for_fail_timeout_by_default()
    {
        var time = new FakeTimeProvider();
        var health = new PassiveHealth(time);

        health.ReportFailure(s_web1);
        Assert.False(health.IsHealthy(s_web1), "nginx's max_fails is 1 by default: one failure takes the replica out.");

        time.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromMilliseconds(1));
        Assert.False(health.IsHealthy(s_web1), "nginx's fail_timeout is 10s by default, but web-1 was back before 10s had passed.");

        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(health.IsHealthy(s_web1), "10s after its failure web-1 should get requests again, to see whether it is back.");
    }

    [Fact]
    [Ko("max_fails 3이면 가까이 붙은 실패 세 번이 필요합니다")]
    public void With_max_fails_3_it_takes_three_failures_close_together()
    {
        var time = new FakeTimeProvider();
        var health = new PassiveHealth(time, maxFails: 3);

        health.ReportFailure(s_web1);
        time.Advance(TimeSpan.FromSeconds(1));
        health.ReportFailure(s_web1);
        Assert.True(health.IsHealthy(s_web1), "Two failures are fewer than max_fails (3).");

        time.Advance(TimeSpan.FromSeconds(1));
        health.ReportFailure(s_web1);
        Assert.False(health.IsHealthy(s_web1), "The third failure within fail_timeout reaches max_fails (3).");
    }

    [Fact]
    [Ko("fail_timeout보다 멀리 떨어진 실패는 합쳐지지 않습니다")]
    public void Failures_further_apart_than_fail_timeout_do_not_add_up()
    {
        var time = new FakeTimeProvider();
        var health = new PassiveHealth(time, maxFails: 2);

        health.ReportFailure(s_web1);
        time.Advance(TimeSpan.FromSeconds(11));
        health.ReportFailure(s_web1);

        Assert.True(health.IsHealthy(s_web1), "Two failures 11s apart are not max_fails within fail_timeout (10s): one bad request a while ago is not an outage.");
    }

    [Fact]
    [Ko("성공하면 실패를 잊습니다")]
    public void A_success_forgets_the_failures()
    {
        var health = new PassiveHealth(new FakeTimeProvider(), maxFails: 2);

        health.ReportFailure(s_web1);
        health.ReportSuccess(s_web1);
        health.ReportFailure(s_web1);

        Assert.True(health.IsHealthy(s_web1), "A success came between the two failures, so they are not two in a row.");
    }

    [Fact]
    [Ko("돌아와서 다시 실패한 레플리카는 곧바로 다시 빠집니다")]
    public void A_replica_that_fails_again_on_its_return_goes_straight_back_out()
    {
        var time = new FakeTimeProvider();
        var health = new PassiveHealth(time, maxFails: 3, failTimeout: TimeSpan.FromSeconds(5));
        for (var i = 0; i < 3; i++)
        {
            health.ReportFailure(s_web1);
        }

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.True(health.IsHealthy(s_web1), "fail_timeout (5s) has passed: web-1 should get requests again.");

        health.ReportFailure(s_web1);
        Assert.False(health.IsHealthy(s_web1), "web-1 failed again on its return: like nginx, it goes out again at once, without three new failures.");
    }

    [Fact]
    [Ko("앞의 실패에서 정확히 fail_timeout 뒤의 실패는 새로 세기 시작합니다")]
    public void A_failure_exactly_fail_timeout_after_the_previous_one_starts_a_new_count()
    {
        var time = new FakeTimeProvider();
        var health = new PassiveHealth(time, maxFails: 2, failTimeout: TimeSpan.FromSeconds(10));

        health.ReportFailure(s_web1);
        time.Advance(TimeSpan.FromSeconds(10));
        health.ReportFailure(s_web1);

        Assert.True(
            health.IsHealthy(s_web1),
            "The second failure came exactly fail_timeout (10s) after the first: that is the moment a replica taken out would be back, " +
            "so the first failure no longer counts and web-1 has 1 failure, not 2. Compare with >=, as IsHealthy does.");
    }

    [Fact]
    [Ko("수동 헬스 체크는 null 레플리카를 거부합니다")]
    public void Null_replicas_are_rejected_by_the_passive_health()
    {
        var health = new PassiveHealth(new FakeTimeProvider());

        Assert.Throws<ArgumentNullException>(() => health.IsHealthy(null!));
        Assert.Throws<ArgumentNullException>(() => health.ReportFailure(null!));
        Assert.Throws<ArgumentNullException>(() => health.ReportSuccess(null!));
    }

    [Fact]
    [Ko("잘못된 설정은 거부됩니다")]
    public void Bad_settings_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PassiveHealth(maxFails: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PassiveHealth(failTimeout: TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PassiveHealth(failTimeout: TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    [Ko("요청은 실제 서버들에 차례로 갑니다")]
    public async Task Requests_go_to_the_real_servers_in_turn()
    {
        await using var fleet = await RealFleet.StartAsync(3);

        for (var i = 0; i < 6; i++)
        {
            using var response = await fleet.Client.GetAsync("orders/42").CompletesAsync("A request to a healthy fleet did not come back.");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal([2, 2, 2], fleet.Backends.Select(b => b.RequestCount));
    }

    [Fact]
    [Ko("서버 하나가 죽어도 모든 요청은 성공하고, 죽은 서버는 한 번만 시도합니다")]
    public async Task When_a_server_crashes_every_request_still_succeeds_and_the_dead_one_is_tried_once()
    {
        await using var fleet = await RealFleet.StartAsync(3);
        await fleet.SendAsync(6);
        var dead = fleet.Replicas[1];

        await fleet.Backends[1].DisposeAsync();
        var statuses = await fleet.SendAsync(12);

        Assert.True(
            statuses.All(s => s == HttpStatusCode.OK),
            $"web-2 crashed, but not every request succeeded: {string.Join(", ", statuses.Select(s => (int)s))}. Send a request that could not reach its replica to the next one.");
        Assert.True(
            fleet.Attempts.FailedAt(dead.Address) == 1,
            $"The crashed web-2 was tried {fleet.Attempts.FailedAt(dead.Address)} times in 12 requests. After one failure (max_fails 1) it should be left alone for fail_timeout.");
        Assert.False(fleet.Health.IsHealthy(dead), "web-2 failed, but the passive health still calls it healthy: report the failure.");
    }

    [Fact]
    [Ko("fail_timeout이 지나면 죽은 서버를 한 번 더 시도합니다")]
    public async Task After_fail_timeout_the_crashed_server_is_tried_once_more()
    {
        await using var fleet = await RealFleet.StartAsync(3);
        var dead = fleet.Replicas[1];
        await fleet.Backends[1].DisposeAsync();
        await fleet.SendAsync(6);
        var failuresBefore = fleet.Attempts.FailedAt(dead.Address);

        fleet.Time.Advance(PassiveHealth.DefaultFailTimeout);
        var statuses = await fleet.SendAsync(6);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.True(
            fleet.Attempts.FailedAt(dead.Address) == failuresBefore + 1,
            $"After fail_timeout web-2 should be tried again once (it is still dead, so it fails and goes out again); it failed {fleet.Attempts.FailedAt(dead.Address) - failuresBefore} more times.");
    }

    [Fact]
    [Ko("동시 트래픽 도중에 서버가 죽어도 요청을 하나도 잃지 않습니다")]
    public async Task A_crash_in_the_middle_of_concurrent_traffic_loses_no_request()
    {
        const int workers = 4;
        await using var fleet = await RealFleet.StartAsync(3);
        var completed = 0;
        var completedAfterCrash = 0;
        var crashed = 0;
        var crashNow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // web-2 crashes once 20 requests are done, while the workers keep sending; they stop 40 requests
        // after the crash is over, so there is traffic before, during and after it.
        var crash = Task.Run(async () =>
        {
            await crashNow.Task;
            await fleet.Backends[1].DisposeAsync();
            Volatile.Write(ref crashed, 1);
        });
        var traffic = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var statuses = new List<HttpStatusCode>();
            while (Volatile.Read(ref completedAfterCrash) < 40 && statuses.Count < 500)
            {
                var crashedBefore = Volatile.Read(ref crashed) == 1;
                using var response = await fleet.Client.GetAsync("orders/42");
                statuses.Add(response.StatusCode);
                if (Interlocked.Increment(ref completed) == 20)
                {
                    crashNow.SetResult();
                }

                if (crashedBefore)
                {
                    Interlocked.Increment(ref completedAfterCrash);
                }
            }

            return statuses;
        })).ToArray();

        var statuses = (await Task.WhenAll(traffic).CompletesAsync("Requests did not finish while web-2 crashed: does a request wait on the dead server?", TimeSpan.FromSeconds(30))).SelectMany(s => s).ToArray();
        await crash.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(
            statuses.All(s => s == HttpStatusCode.OK),
            $"web-2 crashed in the middle of {statuses.Length} requests, and {statuses.Count(s => s != HttpStatusCode.OK)} of them did not succeed.");

        // Each request in flight at the crash may find web-2 dead once, and a request that web-2 answered
        // just before it died may report it alive once more. Without passive marking it is about one in three.
        var failed = fleet.Attempts.FailedAt(fleet.Replicas[1].Address);
        Assert.True(failed <= 2 * workers, $"The crashed web-2 was tried and failed {failed} times in {statuses.Length} requests; it should have been left alone after the first failures.");
    }

    [Fact]
    [Ko("모든 서버가 죽으면 각각 한 번씩 시도한 뒤 502로 답합니다")]
    public async Task When_every_server_is_down_the_answer_is_502_after_trying_each_once()
    {
        var replicas = Enumerable.Range(1, 3).Select(i => new Replica($"web-{i}", Backend.ClosedPortAddress())).ToArray();
        var health = new PassiveHealth(new FakeTimeProvider());
        using var attempts = new AttemptCounter();
        var client = new FailoverClient(attempts.CreateClient(), new RoundRobinBalancer(replicas, health), health);

        using var response = await client.GetAsync("orders/42").CompletesAsync("A request to three closed ports did not come back.");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.All(replicas, r => Assert.True(attempts.SentTo(r.Address) == 1, $"{r.Name} should be tried exactly once, but was tried {attempts.SentTo(r.Address)} times."));
    }

    [Fact]
    [Ko("밸런서가 같은 레플리카를 다시 골라도 요청 하나는 그 레플리카를 많아야 한 번 시도합니다")]
    public async Task A_request_tries_a_replica_at_most_once_even_when_the_balancer_picks_it_again()
    {
        // With max_fails above 1 a replica that failed is still healthy, and other requests move the
        // rotation on: the same request can be handed the replica it has just failed on. nginx remembers
        // the replicas a request has tried and skips them.
        await using var healthy = await Backend.StartAsync(BackendBehavior.Healthy);
        var dead = new Replica("web-1", Backend.ClosedPortAddress());
        var alive = new Replica("web-2", healthy.BaseAddress);
        var unused = Pool.Of("web-3")[0];
        var health = new PassiveHealth(new FakeTimeProvider(), maxFails: 3);
        using var attempts = new AttemptCounter();
        var balancer = new ScriptedBalancer([dead, alive, unused], dead, dead, alive);
        var client = new FailoverClient(attempts.CreateClient(), balancer, health);

        using var response = await client.GetAsync("orders/42").CompletesAsync("A request to one closed port and one healthy server did not come back.");

        Assert.True(
            attempts.SentTo(dead.Address) == 1,
            $"web-1 refused this request, and the balancer then picked it again: it should be tried once, but it was tried {attempts.SentTo(dead.Address)} times. " +
            "Remember the replicas this request has tried, and skip them.");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    [Ko("쓸 수 있는 레플리카가 없으면 아무것도 보내지 않고 503으로 답합니다")]
    public async Task When_no_replica_is_available_the_answer_is_503_and_nothing_is_sent()
    {
        var health = new PassiveHealth(new FakeTimeProvider());
        using var handler = StubHttpHandler.Answering(HttpStatusCode.OK);
        var client = new FailoverClient(handler.CreateClient(), new RoundRobinBalancer([], health), health);

        using var response = await client.GetAsync("orders/42");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    [Ko("500 응답은 다시 시도하지 않고 실패로 세지도 않고 그대로 전달합니다")]
    public async Task A_500_answer_is_passed_on_not_retried_and_not_counted_as_a_failure()
    {
        await using var failing = await Backend.StartAsync(BackendBehavior.Status(500));
        await using var healthy = await Backend.StartAsync(BackendBehavior.Healthy);
        var replicas = new[] { new Replica("web-1", failing.BaseAddress), new Replica("web-2", healthy.BaseAddress) };
        var health = new PassiveHealth(new FakeTimeProvider());
        using var attempts = new AttemptCounter();
        var client = new FailoverClient(attempts.CreateClient(), new RoundRobinBalancer(replicas, health), health);

        using var response = await client.GetAsync("orders/42");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(healthy.RequestCount == 0, "web-1 answered 500, and the request went on to web-2. An answer is an answer: nginx passes a 500 on unless told otherwise.");
        Assert.True(health.IsHealthy(replicas[0]), "web-1 answered (with a 500): it is alive, and its answer is not a failure of the passive health.");
    }

    [Fact]
    [Ko("호출자의 취소는 던지고, 레플리카의 실패로 세지 않습니다")]
    public async Task The_callers_cancellation_is_thrown_and_does_not_count_against_the_replica()
    {
        var health = new PassiveHealth(new FakeTimeProvider());
        using var handler = StubHttpHandler.Hanging();
        var client = new FailoverClient(handler.CreateClient(), new RoundRobinBalancer([s_web1], health), health);
        using var caller = new CancellationTokenSource();

        var request = client.GetAsync("orders/42", caller.Token);
        Assert.True(await handler.WaitForStartedAsync(1, TaskAssertions.RealTimeLimit), "The request was never sent.");
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request.WaitAsync(TaskAssertions.RealTimeLimit));
        Assert.True(health.IsHealthy(s_web1), "The caller gave up; web-1 did nothing wrong and should still be healthy.");
        Assert.Single(handler.Requests);
    }

    [Fact]
    [Ko("구성 요소나 경로가 빠진 클라이언트는 거부됩니다")]
    public async Task A_client_without_its_parts_or_a_path_is_rejected()
    {
        var health = new PassiveHealth(new FakeTimeProvider());
        using var handler = StubHttpHandler.Answering(HttpStatusCode.OK);
        using var http = handler.CreateClient();
        var balancer = new RoundRobinBalancer([], health);

        Assert.Throws<ArgumentNullException>(() => new FailoverClient(null!, balancer, health));
        Assert.Throws<ArgumentNullException>(() => new FailoverClient(http, null!, health));
        Assert.Throws<ArgumentNullException>(() => new FailoverClient(http, balancer, null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => new FailoverClient(http, balancer, health).GetAsync(null!));
    }

    [Fact]
    [Ko("요청 하나는 밸런서에게 풀의 레플리카 수만큼만 묻습니다")]
    public async Task A_request_asks_the_balancer_at_most_once_per_replica_in_the_pool()
    {
        // A balancer that keeps handing out the replica this request has already tried (three replicas,
        // the other two busy elsewhere). The pool's size bounds the attempts: without that bound the
        // request loops for ever.
        var dead = new Replica("web-1", new Uri("http://web-1.replicas.test/"));
        var health = new PassiveHealth(new FakeTimeProvider(), maxFails: 3);
        using var handler = StubHttpHandler.Refusing();
        var balancer = new ScriptedBalancer([dead, .. Pool.Of("web-2", "web-3")], dead);
        var client = new FailoverClient(handler.CreateClient(), balancer, health);

        using var response = await Task.Run(() => client.GetAsync("orders/42"))
            .CompletesAsync("Step 7: a request whose balancer keeps picking the replica it has tried did not finish within 5 s: does the loop of attempts have a bound?");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.True(
            balancer.PickCount <= 3,
            $"The pool has 3 replicas, but one request asked the balancer {balancer.PickCount} times. Try at most as many picks as there are replicas.");
    }

    [Fact]
    [Ko("응답이 오면 그 레플리카의 앞선 실패를 잊습니다")]
    public async Task An_answer_forgets_the_replicas_earlier_failures()
    {
        var health = new PassiveHealth(new FakeTimeProvider(), maxFails: 2);
        var calls = 0;
        using var handler = new StubHttpHandler((request, _) => Interlocked.Increment(ref calls) % 2 == 1
            ? Task.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"))
            : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        var client = new FailoverClient(handler.CreateClient(), new RoundRobinBalancer([s_web1], health), health);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("orders/42").CompletesAsync("A request to one stub replica did not come back.");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadGateway, HttpStatusCode.OK, HttpStatusCode.BadGateway], statuses);
        Assert.True(
            health.IsHealthy(s_web1),
            "web-1 failed, then answered, then failed: with max_fails 2 it should still be healthy, because its answer forgets the failure before it. " +
            "Report every answered request to the passive health (ReportSuccess).");
    }

    [Fact]
    [Ko("클라이언트 타임아웃 안에 응답하지 않는 레플리카는 실패로 셉니다")]
    public async Task A_replica_that_does_not_answer_within_the_clients_timeout_counts_as_failed()
    {
        var slow = new Replica("web-1", new Uri("http://web-1.replicas.test/"));
        var fast = new Replica("web-2", new Uri("http://web-2.replicas.test/"));
        var health = new PassiveHealth(new FakeTimeProvider());
        using var handler = new StubHttpHandler(async (request, token) =>
        {
            if (request.RequestUri!.Host == slow.Address.Host)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, token);
            }

            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var http = new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromMilliseconds(200) };
        var client = new FailoverClient(http, new RoundRobinBalancer([slow, fast], health), health);

        using var response = await client.GetAsync("orders/42").CompletesAsync("A request to one silent and one healthy replica did not come back.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(
            health.IsHealthy(slow),
            "web-1 did not answer within the HttpClient's timeout, which ends the attempt with an OperationCanceledException that the caller did not ask for. " +
            "That is a failure of web-1 (nginx's proxy_next_upstream timeout): report it.");
    }

    /// <summary>Real backends on 127.0.0.1 behind a round-robin balancer with passive health on a fake clock.</summary>
    private sealed class RealFleet : IAsyncDisposable
    {
        private RealFleet(Backend[] backends)
        {
            Backends = backends;
            Replicas = backends.Select((b, i) => new Replica($"web-{i + 1}", b.BaseAddress)).ToArray();
            Health = new PassiveHealth(Time);
            Client = new FailoverClient(Attempts.CreateClient(), new RoundRobinBalancer(Replicas, Health), Health);
        }

        public Backend[] Backends { get; }

        public Replica[] Replicas { get; }

        public FakeTimeProvider Time { get; } = new();

        public PassiveHealth Health { get; }

        public AttemptCounter Attempts { get; } = new();

        public FailoverClient Client { get; }

        public static async Task<RealFleet> StartAsync(int count) =>
            new(await Task.WhenAll(Enumerable.Range(0, count).Select(_ => Backend.StartAsync(BackendBehavior.Healthy))));

        /// <summary>Sends <paramref name="count"/> requests one after another and returns their status codes.</summary>
        public async Task<HttpStatusCode[]> SendAsync(int count)
        {
            var statuses = new HttpStatusCode[count];
            for (var i = 0; i < count; i++)
            {
                using var response = await Client.GetAsync("orders/42").CompletesAsync($"Request {i + 1} of {count} did not come back.");
                statuses[i] = response.StatusCode;
            }

            return statuses;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var backend in Backends)
            {
                await backend.DisposeAsync();
            }

            Attempts.Dispose();
        }
    }
}
