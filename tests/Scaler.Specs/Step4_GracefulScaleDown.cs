using Katas.Specs;
using Microsoft.Extensions.Time.Testing;

namespace Katas.Scaler.Specs;

/// <summary>
/// Step 4: the balancer follows the replicas. A new replica joins the balancer once it has started; a
/// leaving one leaves the balancer first, finishes its requests in flight, and only then stops.
/// </summary>
[Step(4)]
public sealed class Step4_GracefulScaleDown
{
    private static readonly TimeSpan s_short = TimeSpan.FromMilliseconds(100);

    [Fact]
    [Ko("새 레플리카는 시작을 마친 뒤에 밸런서에 들어갑니다")]
    public async Task A_new_replica_joins_the_balancer_once_it_has_started()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);

        await controller.ScaleToAsync(2);

        Assert.Equal(["replica-1", "replica-2"], fleet.Balancer.Members.Select(r => r.Name));
        foreach (var name in new[] { "replica-1", "replica-2" })
        {
            var started = fleet.Log.ToList().IndexOf($"start {name}");
            var added = fleet.Log.ToList().IndexOf($"add {name}");
            Assert.True(started >= 0 && added > started, $"{name} should be started, then added to the balancer. What happened: {string.Join(", ", fleet.Log)}");
        }
    }

    [Fact]
    [Ko("아직 시작 중인 레플리카는 요청을 받지 않습니다")]
    public async Task A_replica_that_is_still_starting_gets_no_requests()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);
        fleet.Replicas.HoldStarts();

        var scaling = controller.ScaleToAsync(1);
        await scaling.StaysPendingAsync(s_short, "The scale command finished while its replica was still starting.");
        var membersWhileStarting = fleet.Balancer.Members;
        fleet.Replicas.ReleaseStarts();
        await scaling.FinishesAsync("The scale command did not finish after its replica had started.");

        Assert.True(membersWhileStarting.Count == 0, $"The balancer had {string.Join(", ", membersWhileStarting)} as a member before it had started: its first requests would fail.");
        Assert.Equal(["replica-1"], fleet.Balancer.Members.Select(r => r.Name));
    }

    [Fact]
    [Ko("떠나는 레플리카는 멈추기 전에 밸런서에서 빠집니다")]
    public async Task A_leaving_replica_leaves_the_balancer_before_it_stops()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);
        await controller.ScaleToAsync(2);

        await controller.ScaleToAsync(1);

        var log = fleet.Log.ToList();
        var removed = log.IndexOf("remove replica-2");
        var stopped = log.IndexOf("stop replica-2");
        Assert.True(removed >= 0 && stopped > removed, $"replica-2 should leave the balancer, then stop. What happened: {string.Join(", ", log)}");
        Assert.Equal(["replica-1"], fleet.Balancer.Members.Select(r => r.Name));
    }

    [Fact]
    [Ko("떠나는 레플리카는 처리 중인 요청이 끝난 뒤에야 멈춥니다")]
    public async Task A_leaving_replica_stops_only_after_its_requests_in_flight_have_finished()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);
        await controller.ScaleToAsync(2);
        var request = fleet.Balancer.Begin(controller.Replicas[1]);

        var scaling = controller.ScaleToAsync(1);
        await scaling.StaysPendingAsync(s_short, "The scale-down finished while replica-2 still had a request in flight.");
        var stoppedTooEarly = fleet.Replicas.Stopped.Count > 0;
        request.Finish();
        await scaling.FinishesAsync("The scale-down did not finish after replica-2's last request had finished.");

        Assert.False(stoppedTooEarly, "replica-2 was stopped with a request in flight: that request was dropped.");
        Assert.Equal(0, fleet.Dropped);
        Assert.Equal(["replica-2"], fleet.Replicas.Stopped.Select(r => r.Name));
    }

    [Fact]
    [Ko("떠나는 레플리카들은 어느 하나가 드레인하기 전에 모두 밸런서에서 빠집니다")]
    public async Task Leaving_replicas_all_leave_the_balancer_before_any_of_them_drains()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);
        await controller.ScaleToAsync(3);
        var onThird = fleet.Balancer.Begin(controller.Replicas[2]);
        var onSecond = fleet.Balancer.Begin(controller.Replicas[1]);

        var scaling = controller.ScaleToAsync(1);
        await scaling.StaysPendingAsync(s_short, "The scale-down finished while the leaving replicas had requests in flight.");
        var membersWhileDraining = fleet.Balancer.Members;
        onThird.Finish();
        onSecond.Finish();
        await scaling.FinishesAsync("The scale-down did not finish after the leaving replicas had drained.");

        Assert.True(
            membersWhileDraining.Select(r => r.Name).SequenceEqual(["replica-1"]),
            $"While replica-3 drained, the balancer still had {string.Join(", ", membersWhileDraining)}: a replica waiting its turn keeps receiving new requests.");
        Assert.Equal(0, fleet.Dropped);
        Assert.Equal(["replica-2", "replica-3"], fleet.Replicas.Stopped.Select(r => r.Name).Order());
    }

    [Theory]
    [InlineData(null)] // the default, 30 s
    [InlineData(10)]
    [Ko("드레인 타임아웃 안에 드레인하지 못한 레플리카도 결국 멈춥니다")]
    public async Task A_replica_that_does_not_drain_within_the_drain_timeout_is_stopped_anyway(int? drainSeconds)
    {
        var time = new FakeTimeProvider();
        var fleet = new FakeFleet();
        var given = drainSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var timeout = (int)(given ?? ReplicaController.DefaultDrainTimeout).TotalSeconds;
        var which = given is null ? "the default" : "the constructor's";
        var controller = fleet.Controller(min: 0, max: 5, time: time, drainTimeout: given);
        await controller.ScaleToAsync(2);
        fleet.Balancer.Begin(controller.Replicas[1]); // never finishes

        var scaling = controller.ScaleToAsync(1);
        await scaling.StaysPendingAsync(s_short, "The scale-down finished at once, although replica-2 had a request in flight.");
        time.Advance(TimeSpan.FromSeconds(timeout - 1));
        await scaling.StaysPendingAsync(s_short, $"replica-2 was stopped after {timeout - 1} s, before its {timeout} s drain timeout ({which}).");
        time.Advance(TimeSpan.FromSeconds(1));
        await scaling.FinishesAsync($"After the {timeout} s drain timeout ({which}) replica-2 should be stopped anyway, but the scale-down is still waiting.");

        Assert.Equal(["replica-2"], fleet.Replicas.Stopped.Select(r => r.Name));
        Assert.Equal(1, fleet.Dropped);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [Ko("0이거나 음수인 드레인 타임아웃은 생성자가 거부합니다")]
    public void A_drain_timeout_that_is_not_positive_is_rejected_by_the_constructor(int seconds)
    {
        var fleet = new FakeFleet();

        var error = Record.Exception(() => fleet.Controller(min: 0, max: 5, drainTimeout: TimeSpan.FromSeconds(seconds)));

        Assert.True(
            error is ArgumentOutOfRangeException { ParamName: "drainTimeout" },
            $"A drain timeout of {seconds} s gives a leaving replica no time to finish its requests: the constructor should throw ArgumentOutOfRangeException for drainTimeout, but it {(error is null ? "accepted it" : "threw " + error.GetType().Name)}.");
    }

    [Fact]
    [Ko("Replicas는 밸런서의 구성원만 나열합니다")]
    public async Task Replicas_list_only_the_members_of_the_balancer()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);
        await controller.ScaleToAsync(3);
        var request = fleet.Balancer.Begin(controller.Replicas[2]);

        var scaling = controller.ScaleToAsync(2);
        await scaling.StaysPendingAsync(s_short, "The scale-down finished while replica-3 had a request in flight.");
        var listed = controller.Replicas;
        request.Finish();
        await scaling.FinishesAsync("The scale-down did not finish after replica-3 had drained.");

        Assert.True(
            listed.Select(r => r.Name).SequenceEqual(["replica-1", "replica-2"]),
            $"While replica-3 drained, Replicas listed {string.Join(", ", listed)}: a leaving replica is no longer one of the service's replicas.");
    }
}
