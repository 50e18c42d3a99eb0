using Katas.Specs;

namespace Katas.Scaler.Specs;

/// <summary>
/// Step 5: the sale-day simulation. Traffic is replayed second by second; ready replicas serve the line
/// first come, first served; a request that waits the timeout is dropped; new replicas need the startup
/// time before they serve but cost money from their first second.
/// </summary>
[Step(5)]
public sealed class Step5_Simulation
{
    /// <summary>20 requests a second per replica, ready at once, a 30 s timeout, $1 per replica-hour.</summary>
    private static readonly SimulationSettings s_settings = new()
    {
        RequestsPerReplicaPerSecond = 20,
        StartupTime = TimeSpan.Zero,
        RequestTimeout = TimeSpan.FromSeconds(30),
        CostPerReplicaHour = 1m,
    };

    [Fact]
    [Ko("용량 아래에서는 모든 요청을 곧바로 처리합니다")]
    public void Below_capacity_every_request_is_served_at_once()
    {
        var traffic = Constant(requestsPerSecond: 15, seconds: 60);

        var result = SaleDaySimulator.Run(traffic, ScriptedStrategy.Fixed(1), s_settings);

        Assert.Equal(900, result.Requests);
        Assert.True(result.Dropped == 0, $"15 requests a second against one replica serving 20: nothing should be dropped, but {result.Dropped} were.");
        Assert.True(result.P95Wait == TimeSpan.Zero, $"Nothing has to wait below capacity, but the p95 wait was {result.P95Wait.TotalSeconds} s.");
        Assert.Equal("Fixed (1)", result.Strategy);
    }

    [Fact]
    [Ko("용량을 넘는 요청은 먼저 온 순서대로 줄을 서서 기다립니다")]
    public void Requests_above_capacity_wait_in_line_first_come_first_served()
    {
        // 60 requests in the first second, one replica serving 20 a second: 20 wait 0 s, 20 wait 1 s, 20 wait 2 s.
        var traffic = new TrafficCurve("burst", [60, 0, 0, 0, 0]);

        var result = SaleDaySimulator.Run(traffic, ScriptedStrategy.Fixed(1), s_settings);

        Assert.Equal(0, result.Dropped);
        Assert.True(result.P95Wait == TimeSpan.FromSeconds(2), $"The last third of the burst waited 2 s; at least 95% waited 2 s or less, so the p95 is 2 s. It was {result.P95Wait.TotalSeconds} s.");
    }

    [Fact]
    [Ko("p95는 요청의 95 %가 넘지 않은 대기 시간입니다")]
    public void The_p95_is_the_wait_that_95_percent_of_the_requests_did_not_exceed()
    {
        // One replica serving 20 a second. 21 requests: 20 wait 0 s and 1 waits 1 s, so 95.2% waited 0 s.
        // 22 requests: 20 wait 0 s and 2 wait 1 s, so only 90.9% waited 0 s.
        var twentyOfTwentyOne = SaleDaySimulator.Run(new TrafficCurve("21", [21, 0, 0]), ScriptedStrategy.Fixed(1), s_settings);
        var twentyOfTwentyTwo = SaleDaySimulator.Run(new TrafficCurve("22", [22, 0, 0]), ScriptedStrategy.Fixed(1), s_settings);

        Assert.True(twentyOfTwentyOne.P95Wait == TimeSpan.Zero, $"20 of 21 requests (95.2%) waited 0 s, so the p95 is 0 s; it was {twentyOfTwentyOne.P95Wait.TotalSeconds} s.");
        Assert.True(twentyOfTwentyTwo.P95Wait == TimeSpan.FromSeconds(1), $"Only 20 of 22 requests (90.9%) waited 0 s, so the p95 is 1 s; it was {twentyOfTwentyTwo.P95Wait.TotalSeconds} s.");
    }

    [Fact]
    [Ko("타임아웃만큼 기다린 요청은 버려집니다")]
    public void A_request_that_waits_the_timeout_is_dropped()
    {
        // 40 requests a second against 20 for 100 s: the line grows by 20 a second until its oldest
        // requests have waited 30 s; from then on, what arrived 30 s earlier and was not served is dropped.
        var traffic = Constant(requestsPerSecond: 40, seconds: 100);

        var result = SaleDaySimulator.Run(traffic, ScriptedStrategy.Fixed(1), s_settings);

        Assert.Equal(4_000, result.Requests);
        Assert.Equal(2_000, result.Served);
        Assert.True(result.Dropped == 2_000, $"One replica serves 2,000 of 4,000 requests in 100 s; the other 2,000 are dropped (timed out or still waiting at the end), but Dropped was {result.Dropped}.");
        Assert.True(result.P95Wait == TimeSpan.FromSeconds(30), $"Half the requests were dropped, and a dropped request counts as a wait of the whole 30 s timeout: the p95 is 30 s, but it was {result.P95Wait.TotalSeconds} s.");
    }

    [Fact]
    [Ko("끝날 때까지 기다리던 요청은 버려진 것으로 셉니다")]
    public void Requests_still_waiting_at_the_end_count_as_dropped()
    {
        var traffic = new TrafficCurve("late burst", [0, 0, 50]);

        var result = SaleDaySimulator.Run(traffic, ScriptedStrategy.Fixed(1), s_settings);

        Assert.Equal(20, result.Served);
        Assert.True(result.Dropped == 30, $"50 requests arrived in the last second and one replica served 20: 30 never got an answer, but Dropped was {result.Dropped}.");
    }

    [Fact]
    [Ko("준비된 레플리카가 없으면 아무것도 처리하지 못합니다")]
    public void With_no_ready_replica_nothing_is_served()
    {
        var traffic = Constant(requestsPerSecond: 10, seconds: 40);

        var result = SaleDaySimulator.Run(traffic, ScriptedStrategy.Fixed(0), s_settings);

        Assert.Equal(400, result.Dropped);
        Assert.Equal(0, result.ReplicaSeconds);
    }

    [Fact]
    [Ko("새 레플리카는 시작 시간이 지나야 처리하지만 비용은 시작부터 듭니다")]
    public void A_new_replica_serves_only_after_the_startup_time_but_costs_from_its_start()
    {
        // From 10 s on, two replicas are wanted; the second needs 30 s to start.
        var strategy = new ScriptedStrategy(1, o => o.Elapsed >= TimeSpan.FromSeconds(10) ? 2 : 1);
        var traffic = Constant(requestsPerSecond: 30, seconds: 60);
        var settings = s_settings with { StartupTime = TimeSpan.FromSeconds(30) };

        var result = SaleDaySimulator.Run(traffic, strategy, settings);

        // Seconds 0-39: one replica serves 20 a second and the line grows; from 40 s on both serve, 40 a second.
        var atFortySeconds = strategy.Observations[40];
        Assert.True(atFortySeconds.ReadyReplicas == 2, $"The replica started at 10 s should be ready at 40 s, but at 40 s {atFortySeconds.ReadyReplicas} were ready.");
        Assert.Equal(1, strategy.Observations[39].ReadyReplicas);
        Assert.Equal(2, strategy.Observations[39].Replicas);
        Assert.True(result.ReplicaSeconds == 10 + 2 * 50, $"One replica for 60 s and one more from 10 s: 110 replica-seconds, starting time included. It was {result.ReplicaSeconds}.");
        Assert.Equal(2, result.PeakReplicas);
    }

    [Fact]
    [Ko("전략은 매초 바로 앞 1초 동안 일어난 일을 봅니다")]
    public void The_strategy_sees_each_second_what_happened_in_the_second_before()
    {
        var strategy = new ScriptedStrategy(2, _ => 2);
        var traffic = new TrafficCurve("steps", [10, 30, 50, 0]);

        SaleDaySimulator.Run(traffic, strategy, s_settings);

        Assert.Equal(4, strategy.Observations.Count);
        Assert.Equal([0, 1, 2, 3], strategy.Observations.Select(o => (int)o.Elapsed.TotalSeconds));
        Assert.Equal([0, 10, 30, 50], strategy.Observations.Select(o => o.Arrivals));
        // Two replicas serve 40 a second: 10 of 40 is 25%, 30 is 75%, then 40 of 40 (10 wait) is 100%.
        Assert.Equal([0.0, 25.0, 75.0, 100.0], strategy.Observations.Select(o => o.Utilization));
        Assert.All(strategy.Observations, o => Assert.Equal(2, o.Replicas));
    }

    [Fact]
    [Ko("레플리카가 없으면 요청이 왔을 때 사용률은 100, 오지 않았을 때 0입니다")]
    public void With_no_replicas_the_utilization_is_100_when_requests_arrived_and_0_when_none_did()
    {
        var strategy = ScriptedStrategy.Fixed(0);
        var traffic = new TrafficCurve("one burst", [5, 0, 0]);

        SaleDaySimulator.Run(traffic, strategy, s_settings);

        // With no capacity there is nothing to divide by: requests that find no replica mean a fleet that is
        // far too small (100%, so that a strategy scales up from zero); no requests mean nothing to do (0%).
        Assert.True(strategy.Observations[1].Utilization == 100.0, $"5 requests arrived at 0 s and no replica ran: the utilization seen at 1 s should be 100, but it was {strategy.Observations[1].Utilization}.");
        Assert.True(strategy.Observations[2].Utilization == 0.0, $"Nothing arrived at 1 s and no replica ran: the utilization seen at 2 s should be 0, but it was {strategy.Observations[2].Utilization}.");
    }

    [Fact]
    [Ko("시작 시간이 0이면 새 레플리카는 그 초부터 처리합니다")]
    public void With_no_startup_time_a_new_replica_serves_in_the_second_it_was_asked_for()
    {
        // No replica at first; at 0 s the strategy asks for one, which is ready at once.
        var strategy = new ScriptedStrategy(0, _ => 1);
        var traffic = new TrafficCurve("at once", [20, 0, 0]);

        var result = SaleDaySimulator.Run(traffic, strategy, s_settings);

        Assert.True(result.P95Wait == TimeSpan.Zero, $"With StartupTime 0 a replica asked for at 0 s serves at 0 s: the 20 requests of that second wait 0 s, but the p95 wait was {result.P95Wait.TotalSeconds} s.");
    }

    [Fact]
    [Ko("요청이 없는 날은 아무것도 버리지 않고 p95도 0입니다")]
    public void A_day_with_no_requests_drops_nothing_and_has_a_p95_of_0()
    {
        var result = SaleDaySimulator.Run(Constant(requestsPerSecond: 0, seconds: 50), ScriptedStrategy.Fixed(1), s_settings);

        Assert.Equal(0, result.Requests);
        Assert.Equal(0, result.Dropped);
        Assert.True(result.P95Wait == TimeSpan.Zero, $"No request waited at all, so the p95 wait is 0 s, but it was {result.P95Wait.TotalSeconds} s.");
    }

    [Fact]
    [Ko("시작 중인 레플리카는 놀고 있는 용량으로 셉니다")]
    public void Starting_replicas_count_as_idle_capacity()
    {
        var strategy = new ScriptedStrategy(1, o => 2);
        var traffic = Constant(requestsPerSecond: 20, seconds: 3);
        var settings = s_settings with { StartupTime = TimeSpan.FromSeconds(30) };

        SaleDaySimulator.Run(traffic, strategy, settings);

        var observation = strategy.Observations[1];
        Assert.True(observation.Utilization == 50.0, $"One ready replica was fully busy and one was starting: half the capacity paid for was used, 50%. The utilization was {observation.Utilization}.");
    }

    [Fact]
    [Ko("스케일 다운은 준비된 레플리카보다 시작 중인 레플리카를 먼저 멈춥니다")]
    public void Scaling_down_stops_starting_replicas_before_ready_ones()
    {
        // 1 ready replica; at 1 s two more start; at 2 s the strategy wants 2: one of the starting ones stops.
        var strategy = new ScriptedStrategy(1, o => o.Elapsed.TotalSeconds switch { 0 => 1, 1 => 3, _ => 2 });
        var traffic = Constant(requestsPerSecond: 5, seconds: 5);
        var settings = s_settings with { StartupTime = TimeSpan.FromSeconds(30) };

        SaleDaySimulator.Run(traffic, strategy, settings);

        var later = strategy.Observations[3];
        Assert.True(later.ReadyReplicas == 1 && later.Replicas == 2, $"A starting replica serves nobody yet, so it is the one to stop: expected 1 ready of 2, but saw {later.ReadyReplicas} ready of {later.Replicas}.");
    }

    [Fact]
    [Ko("시작 중인 레플리카 가운데서는 가장 늦게 시작한 것부터 멈춥니다")]
    public void Among_starting_replicas_the_latest_started_stops_first()
    {
        // 1 ready replica; one more starts at 0 s (ready at 30 s), another at 10 s (ready at 40 s); at 20 s
        // the strategy wants 2 again: the one started at 10 s, furthest from ready, is the one to stop.
        var strategy = new ScriptedStrategy(1, o => o.Elapsed.TotalSeconds switch { < 10 => 2, < 20 => 3, _ => 2 });
        var traffic = Constant(requestsPerSecond: 5, seconds: 45);
        var settings = s_settings with { StartupTime = TimeSpan.FromSeconds(30) };

        SaleDaySimulator.Run(traffic, strategy, settings);

        var atThirty = strategy.Observations[30];
        var atFortyOne = strategy.Observations[41];
        Assert.True(atThirty.ReadyReplicas == 2, $"The replica started at 0 s should be ready at 30 s (the later one was stopped), but at 30 s {atThirty.ReadyReplicas} were ready.");
        Assert.True(atFortyOne.ReadyReplicas == 2 && atFortyOne.Replicas == 2, $"After the scale-down 2 replicas run, both ready from 30 s on; at 41 s {atFortyOne.ReadyReplicas} of {atFortyOne.Replicas} were ready.");
    }

    [Fact]
    [Ko("레플리카 시간과 비용은 레플리카가 실행된 초에서 나옵니다")]
    public void Replica_hours_and_cost_come_from_the_seconds_replicas_ran()
    {
        var traffic = Constant(requestsPerSecond: 1, seconds: 3600);
        var settings = s_settings with { CostPerReplicaHour = SimulationSettings.LessonCostPerReplicaHour };

        var result = SaleDaySimulator.Run(traffic, ScriptedStrategy.Fixed(10), settings);

        Assert.Equal(36_000, result.ReplicaSeconds);
        Assert.Equal(10m, result.ReplicaHours);
        Assert.True(Math.Round(result.Cost, 2) == 1.39m, $"10 replica-hours at $100 a month (720 h) per replica cost $1.39, but the cost was ${result.Cost:0.00}.");
    }

    [Fact]
    [Ko("음수 개수를 요청하는 전략은 그 전략을 밝히는 오류입니다")]
    public void A_strategy_that_asks_for_a_negative_count_is_an_error_that_names_it()
    {
        var strategy = new ScriptedStrategy(1, o => o.Elapsed.TotalSeconds >= 2 ? -3 : 1, "Broken");

        var error = Assert.Throws<InvalidOperationException>(() => SaleDaySimulator.Run(Constant(1, 10), strategy, s_settings));

        Assert.Contains("Broken", error.Message, StringComparison.Ordinal);
        Assert.Contains("-3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Ko("범위를 벗어난 설정은 거부됩니다")]
    public void Settings_out_of_range_are_rejected()
    {
        var traffic = Constant(1, 10);
        var strategy = ScriptedStrategy.Fixed(1);

        Assert.ThrowsAny<ArgumentException>(() => SaleDaySimulator.Run(traffic, strategy, s_settings with { RequestsPerReplicaPerSecond = 0 }));
        Assert.ThrowsAny<ArgumentException>(() => SaleDaySimulator.Run(traffic, strategy, s_settings with { RequestTimeout = TimeSpan.Zero }));
        Assert.ThrowsAny<ArgumentException>(() => SaleDaySimulator.Run(traffic, strategy, s_settings with { StartupTime = TimeSpan.FromSeconds(-1) }));
        Assert.ThrowsAny<ArgumentException>(() => SaleDaySimulator.Run(traffic, strategy, s_settings with { CostPerReplicaHour = -1m }));
        Assert.Equal("traffic", Assert.ThrowsAny<ArgumentNullException>(() => SaleDaySimulator.Run(null!, strategy, s_settings)).ParamName);
        Assert.Equal("strategy", Assert.ThrowsAny<ArgumentNullException>(() => SaleDaySimulator.Run(traffic, null!, s_settings)).ParamName);
        Assert.Equal("settings", Assert.ThrowsAny<ArgumentNullException>(() => SaleDaySimulator.Run(traffic, strategy, null!)).ParamName);
    }

    [Fact]
    [Ko("음수 개수로 시작하는 전략은 그 전략을 밝히는 오류입니다")]
    public void A_strategy_that_starts_with_a_negative_count_is_an_error_that_names_it()
    {
        var strategy = new ScriptedStrategy(-2, _ => 1, "Broken");

        var error = Assert.Throws<InvalidOperationException>(() => SaleDaySimulator.Run(Constant(1, 10), strategy, s_settings));

        Assert.Contains("Broken", error.Message, StringComparison.Ordinal);
        Assert.Contains("-2", error.Message, StringComparison.Ordinal);
    }

    private static TrafficCurve Constant(int requestsPerSecond, int seconds) =>
        new($"{requestsPerSecond}/s for {seconds} s", Enumerable.Repeat(requestsPerSecond, seconds));
}
