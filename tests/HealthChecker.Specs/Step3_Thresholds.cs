using Katas.Specs;

namespace Katas.HealthChecker.Specs;

/// <summary>
/// Step 3: one bad answer does not make a target unhealthy. The state changes only when a run of equal
/// results reaches its threshold (Kubernetes' prober); a different result starts a new run.
/// </summary>
[Step(3)]
public sealed class Step3_Thresholds
{
    private const bool Ok = true;
    private const bool Fail = false;

    [Theory]
    [InlineData(ProbeKind.Readiness, ProbeState.Failure)]
    [InlineData(ProbeKind.Liveness, ProbeState.Success)]
    [InlineData(ProbeKind.Startup, ProbeState.Unknown)]
    [Ko("첫 프로브 전에는 종류마다 자기 상태가 있습니다")]
    public void Before_the_first_probe_each_kind_has_its_own_state(ProbeKind kind, ProbeState initial)
    {
        var tracker = new ProbeTracker(kind, ProbeThresholds.Kubernetes);

        Assert.Equal(initial, tracker.State);
    }

    [Fact]
    [Ko("readiness 프로브는 첫 성공에서 준비 상태가 됩니다")]
    public void A_readiness_probe_turns_ready_on_the_first_success()
    {
        var tracker = new ProbeTracker(ProbeKind.Readiness, ProbeThresholds.Kubernetes);

        Assert.Equal(ProbeState.Success, Bounded.Call(() => tracker.Record(Ok)));
        Assert.Equal(ProbeState.Success, tracker.State);
    }

    [Fact]
    [Ko("준비 안 됨이 되려면 연속 세 번 실패해야 합니다")]
    public void Three_failures_in_a_row_are_needed_to_turn_unready()
    {
        var tracker = Ready();

        Assert.Equal(ProbeState.Success, Bounded.Call(() => tracker.Record(Fail)));
        Assert.Equal(ProbeState.Success, Bounded.Call(() => tracker.Record(Fail)));
        Assert.Equal(ProbeState.Failure, Bounded.Call(() => tracker.Record(Fail)));
    }

    [Fact]
    [Ko("중간에 성공하면 연속 실패를 처음부터 다시 셉니다")]
    public void A_success_in_between_starts_the_failure_run_again()
    {
        var tracker = Ready();

        Assert.Equal(
            [ProbeState.Success, ProbeState.Success, ProbeState.Success, ProbeState.Success, ProbeState.Success, ProbeState.Failure],
            Bounded.Call(() => RecordAll(tracker, Fail, Fail, Ok, Fail, Fail, Fail)));
    }

    [Fact]
    [Ko("임곗값을 넘은 뒤의 실패는 상태를 그대로 둡니다")]
    public void More_failures_after_the_threshold_keep_the_state()
    {
        var tracker = Ready();

        Bounded.Call(() => RecordAll(tracker, Fail, Fail, Fail));

        Assert.Equal(ProbeState.Failure, Bounded.Call(() => tracker.Record(Fail)));
        Assert.Equal(ProbeState.Failure, Bounded.Call(() => tracker.Record(Fail)));
    }

    [Fact]
    [Ko("HAProxy rise 2는 올라오려면 연속 두 번 성공해야 합니다")]
    public void HAProxy_rise_2_needs_two_successes_in_a_row_to_go_up()
    {
        var tracker = new ProbeTracker(ProbeKind.Readiness, ProbeThresholds.HAProxy);

        Assert.Equal(ProbeState.Failure, Bounded.Call(() => tracker.Record(Ok)));
        Assert.Equal(ProbeState.Success, Bounded.Call(() => tracker.Record(Ok)));
    }

    [Fact]
    [Ko("번갈아 나오는 결과는 임곗값 2에 절대 닿지 않습니다")]
    public void Alternating_results_never_reach_a_threshold_of_two()
    {
        var tracker = new ProbeTracker(ProbeKind.Readiness, ProbeThresholds.HAProxy);

        var states = Bounded.Call(() => RecordAll(tracker, Ok, Fail, Ok, Fail, Ok, Fail, Ok));

        Assert.All(states, state => Assert.Equal(ProbeState.Failure, state));
    }

    [Fact]
    [Ko("HAProxy fall 3은 세 번 실패한 뒤 서버를 내립니다")]
    public void HAProxy_fall_3_brings_a_server_down_after_three_failures()
    {
        var tracker = new ProbeTracker(ProbeKind.Readiness, ProbeThresholds.HAProxy);
        Bounded.Call(() => RecordAll(tracker, Ok, Ok));

        Assert.Equal(
            [ProbeState.Success, ProbeState.Success, ProbeState.Failure],
            Bounded.Call(() => RecordAll(tracker, Fail, Fail, Fail)));
    }

    [Fact]
    [Ko("liveness 프로브는 실패 임곗값 뒤에 실패합니다")]
    public void A_liveness_probe_fails_after_its_failure_threshold()
    {
        var tracker = new ProbeTracker(ProbeKind.Liveness, new ProbeThresholds(successThreshold: 1, failureThreshold: 2));

        Assert.Equal([ProbeState.Success, ProbeState.Failure], Bounded.Call(() => RecordAll(tracker, Fail, Fail)));
    }

    [Fact]
    [Ko("startup 프로브는 첫 성공에서 unknown을 벗어납니다")]
    public void A_startup_probe_leaves_unknown_on_the_first_success()
    {
        var tracker = new ProbeTracker(ProbeKind.Startup, ProbeThresholds.Kubernetes);

        Assert.Equal([ProbeState.Unknown, ProbeState.Unknown, ProbeState.Success], Bounded.Call(() => RecordAll(tracker, Fail, Fail, Ok)));
    }

    [Fact]
    [Ko("startup 프로브는 실패 임곗값 뒤에 실패합니다")]
    public void A_startup_probe_fails_after_its_failure_threshold()
    {
        var tracker = new ProbeTracker(ProbeKind.Startup, ProbeThresholds.Kubernetes);

        Assert.Equal([ProbeState.Unknown, ProbeState.Unknown, ProbeState.Failure], Bounded.Call(() => RecordAll(tracker, Fail, Fail, Fail)));
    }

    [Theory]
    [InlineData(ProbeKind.Liveness)]
    [InlineData(ProbeKind.Startup)]
    [Ko("liveness와 startup 프로브의 성공 임곗값은 1이어야 합니다")]
    public void Liveness_and_startup_probes_must_have_a_success_threshold_of_1(ProbeKind kind)
    {
        var exception = Assert.Throws<ArgumentException>(() => new ProbeTracker(kind, ProbeThresholds.HAProxy));

        Assert.Equal("thresholds", exception.ParamName);
        Assert.True(
            exception.Message.Contains(kind.ToString(), StringComparison.Ordinal) && exception.Message.Contains('2', StringComparison.Ordinal),
            $"The error \"{exception.Message}\" should name the kind of probe ({kind}) and the success threshold it was given (2).");
        Assert.Equal("thresholds", Assert.Throws<ArgumentNullException>(() => new ProbeTracker(kind, null!)).ParamName);
    }

    private static ProbeTracker Ready()
    {
        var tracker = new ProbeTracker(ProbeKind.Readiness, ProbeThresholds.Kubernetes);
        Bounded.Call(() => tracker.Record(Ok));
        return tracker;
    }

    private static ProbeState[] RecordAll(ProbeTracker tracker, params bool[] results) =>
        results.Select(tracker.Record).ToArray();
}
