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
    public void Before_the_first_probe_each_kind_has_its_own_state(ProbeKind kind, ProbeState initial)
    {
        var tracker = new ProbeTracker(kind, ProbeThresholds.Kubernetes);

        Assert.Equal(initial, tracker.State);
    }

    [Fact]
    public void A_readiness_probe_turns_ready_on_the_first_success()
    {
        var tracker = new ProbeTracker(ProbeKind.Readiness, ProbeThresholds.Kubernetes);

        Assert.Equal(ProbeState.Success, Bounded.Call(() => tracker.Record(Ok)));
        Assert.Equal(ProbeState.Success, tracker.State);
    }

    [Fact]
    public void Three_failures_in_a_row_are_needed_to_turn_unready()
    {
        var tracker = Ready();

        Assert.Equal(ProbeState.Success, Bounded.Call(() => tracker.Record(Fail)));
        Assert.Equal(ProbeState.Success, Bounded.Call(() => tracker.Record(Fail)));
        Assert.Equal(ProbeState.Failure, Bounded.Call(() => tracker.Record(Fail)));
    }

    [Fact]
    public void A_success_in_between_starts_the_failure_run_again()
    {
        var tracker = Ready();

        Assert.Equal(
            [ProbeState.Success, ProbeState.Success, ProbeState.Success, ProbeState.Success, ProbeState.Success, ProbeState.Failure],
            Bounded.Call(() => RecordAll(tracker, Fail, Fail, Ok, Fail, Fail, Fail)));
    }

    [Fact]
    public void More_failures_after_the_threshold_keep_the_state()
    {
        var tracker = Ready();

        Bounded.Call(() => RecordAll(tracker, Fail, Fail, Fail));

        Assert.Equal(ProbeState.Failure, Bounded.Call(() => tracker.Record(Fail)));
        Assert.Equal(ProbeState.Failure, Bounded.Call(() => tracker.Record(Fail)));
    }

    [Fact]
    public void HAProxy_rise_2_needs_two_successes_in_a_row_to_go_up()
    {
        var tracker = new ProbeTracker(ProbeKind.Readiness, ProbeThresholds.HAProxy);

        Assert.Equal(ProbeState.Failure, Bounded.Call(() => tracker.Record(Ok)));
        Assert.Equal(ProbeState.Success, Bounded.Call(() => tracker.Record(Ok)));
    }

    [Fact]
    public void Alternating_results_never_reach_a_threshold_of_two()
    {
        var tracker = new ProbeTracker(ProbeKind.Readiness, ProbeThresholds.HAProxy);

        var states = Bounded.Call(() => RecordAll(tracker, Ok, Fail, Ok, Fail, Ok, Fail, Ok));

        Assert.All(states, state => Assert.Equal(ProbeState.Failure, state));
    }

    [Fact]
    public void HAProxy_fall_3_brings_a_server_down_after_three_failures()
    {
        var tracker = new ProbeTracker(ProbeKind.Readiness, ProbeThresholds.HAProxy);
        Bounded.Call(() => RecordAll(tracker, Ok, Ok));

        Assert.Equal(
            [ProbeState.Success, ProbeState.Success, ProbeState.Failure],
            Bounded.Call(() => RecordAll(tracker, Fail, Fail, Fail)));
    }

    [Fact]
    public void A_liveness_probe_fails_after_its_failure_threshold()
    {
        var tracker = new ProbeTracker(ProbeKind.Liveness, new ProbeThresholds(successThreshold: 1, failureThreshold: 2));

        Assert.Equal([ProbeState.Success, ProbeState.Failure], Bounded.Call(() => RecordAll(tracker, Fail, Fail)));
    }

    [Fact]
    public void A_startup_probe_leaves_unknown_on_the_first_success()
    {
        var tracker = new ProbeTracker(ProbeKind.Startup, ProbeThresholds.Kubernetes);

        Assert.Equal([ProbeState.Unknown, ProbeState.Unknown, ProbeState.Success], Bounded.Call(() => RecordAll(tracker, Fail, Fail, Ok)));
    }

    [Fact]
    public void A_startup_probe_fails_after_its_failure_threshold()
    {
        var tracker = new ProbeTracker(ProbeKind.Startup, ProbeThresholds.Kubernetes);

        Assert.Equal([ProbeState.Unknown, ProbeState.Unknown, ProbeState.Failure], Bounded.Call(() => RecordAll(tracker, Fail, Fail, Fail)));
    }

    [Theory]
    [InlineData(ProbeKind.Liveness)]
    [InlineData(ProbeKind.Startup)]
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
