using Katas.Specs;

namespace Katas.Scaler.Specs;

/// <summary>
/// Step 1: scale commands. <c>ScaleToAsync(n)</c> starts or stops replicas until n run, within the
/// bounds; a negative or out-of-range count is rejected with a clear error and changes nothing.
/// </summary>
[Step(1)]
public sealed class Step1_ScaleCommands
{
    [Fact]
    [Ko("스케일 업은 개수에 닿을 때까지 레플리카를 시작합니다")]
    public async Task Scaling_up_starts_replicas_until_the_count_is_reached()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);

        await controller.ScaleToAsync(3);

        Assert.Equal(3, fleet.Replicas.Running.Count);
        Assert.Equal(["replica-1", "replica-2", "replica-3"], controller.Replicas.Select(r => r.Name));
    }

    [Fact]
    [Ko("새 컨트롤러는 레플리카를 하나도 실행하지 않습니다")]
    public void A_new_controller_runs_no_replica()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 1, max: 5);

        Assert.Empty(controller.Replicas);
        Assert.Empty(fleet.Replicas.Running);
    }

    [Fact]
    [Ko("다시 스케일 업하면 모자란 레플리카만 시작합니다")]
    public async Task Scaling_up_again_starts_only_the_missing_replicas()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);

        await controller.ScaleToAsync(2);
        await controller.ScaleToAsync(5);

        Assert.Equal(5, fleet.Replicas.Running.Count);
        Assert.Equal(5, controller.Replicas.Count);
        Assert.Empty(fleet.Replicas.Stopped);
    }

    [Fact]
    [Ko("레플리카는 시작하자마자 목록에 오르고, 스케일 업이 끝날 때까지 기다리지 않습니다")]
    public async Task A_replica_is_listed_as_soon_as_it_has_started_not_when_the_whole_scale_up_is_done()
    {
        var fleet = new FakeFleet();
        var watching = new ListingAtEachStart(fleet.Replicas);
        var controller = new ReplicaController(watching, fleet.Balancer, new ScaleBounds(0, 5));
        watching.Controller = controller;

        await controller.ScaleToAsync(3);

        Assert.True(
            watching.Listed.SequenceEqual([0, 1, 2]),
            $"When each of the 3 replicas began to start, Replicas listed {string.Join(", ", watching.Listed)} replicas; expected 0, 1, 2: a replica that has started serves, so it is listed at once, as `kubectl get pods` shows each pod when it is ready.");
    }

    [Fact]
    [Ko("스케일 다운은 가장 새 레플리카부터 멈춥니다")]
    public async Task Scaling_down_stops_the_newest_replicas_first()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);
        await controller.ScaleToAsync(4);

        await controller.ScaleToAsync(2);

        Assert.Equal(["replica-4", "replica-3"], fleet.Replicas.Stopped.Select(r => r.Name));
        Assert.Equal(["replica-1", "replica-2"], controller.Replicas.Select(r => r.Name));
        Assert.Equal(["replica-1", "replica-2"], fleet.Replicas.Running.Select(r => r.Name));
    }

    [Fact]
    [Ko("레플리카 목록은 읽는 도중에 바뀌지 않습니다")]
    public async Task A_list_of_the_replicas_does_not_change_under_its_reader()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);
        await controller.ScaleToAsync(2);

        var listed = controller.Replicas;
        await controller.ScaleToAsync(4);

        Assert.True(
            listed.Count == 2,
            $"Replicas was read while 2 ran, and after scaling to 4 that same list holds {listed.Count}: it is the controller's own list. " +
            "Hand out a copy (an array): a caller going through it while a command runs would otherwise see it change, or crash.");
        Assert.Equal(4, controller.Replicas.Count);
    }

    [Fact]
    [Ko("현재 개수로 스케일하면 아무것도 바뀌지 않습니다")]
    public async Task Scaling_to_the_current_count_changes_nothing()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);
        await controller.ScaleToAsync(3);
        var before = fleet.Log;

        await controller.ScaleToAsync(3);

        Assert.Equal(before, fleet.Log);
        Assert.Equal(3, controller.Replicas.Count);
    }

    [Fact]
    [Ko("최솟값이 0이면 0으로 스케일할 수 있습니다")]
    public async Task Scaling_to_zero_is_allowed_when_the_minimum_is_zero()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);
        await controller.ScaleToAsync(2);

        await controller.ScaleToAsync(0);

        Assert.Empty(controller.Replicas);
        Assert.Empty(fleet.Replicas.Running);
    }

    [Fact]
    [Ko("음수 개수는 거부되고 아무것도 바뀌지 않습니다")]
    public async Task A_negative_count_is_rejected_and_nothing_changes()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);
        await controller.ScaleToAsync(2);
        var before = fleet.Log;

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => controller.ScaleToAsync(-1));

        Assert.Equal("replicas", error.ParamName);
        Assert.Contains("-1", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, fleet.Log);
        Assert.Equal(2, controller.Replicas.Count);
    }

    [Fact]
    [Ko("최댓값을 넘는 개수는 거부되고 아무것도 바뀌지 않습니다")]
    public async Task A_count_above_the_maximum_is_rejected_and_nothing_changes()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 1, max: 5);
        await controller.ScaleToAsync(2);
        var before = fleet.Log;

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => controller.ScaleToAsync(6));

        Assert.Equal("replicas", error.ParamName);
        Assert.True(error.Message.Contains('6') && error.Message.Contains('5'), $"The message should name the count (6) and the maximum (5), but was: {error.Message}");
        Assert.True(before.SequenceEqual(fleet.Log), "A rejected command started or stopped replicas: " + string.Join(", ", fleet.Log.Skip(before.Count)));
        Assert.Equal(2, controller.Replicas.Count);
    }

    [Fact]
    [Ko("최솟값보다 작은 개수는 거부되고 아무것도 바뀌지 않습니다")]
    public async Task A_count_below_the_minimum_is_rejected_and_nothing_changes()
    {
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 2, max: 5);
        await controller.ScaleToAsync(3);
        var before = fleet.Log;

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => controller.ScaleToAsync(1));

        Assert.Equal("replicas", error.ParamName);
        Assert.True(error.Message.Contains('1') && error.Message.Contains('2'), $"The message should name the count (1) and the minimum (2), but was: {error.Message}");
        Assert.True(before.SequenceEqual(fleet.Log), "A rejected command started or stopped replicas: " + string.Join(", ", fleet.Log.Skip(before.Count)));
        Assert.Equal(3, controller.Replicas.Count);
    }

    [Theory]
    [InlineData(5, 2)]
    [InlineData(-1, 3)]
    [Ko("최솟값이 음수이거나 최댓값보다 큰 범위는 거부됩니다")]
    public void Bounds_with_a_negative_minimum_or_a_minimum_above_the_maximum_are_rejected(int min, int max)
    {
        var fleet = new FakeFleet();

        var error = Assert.ThrowsAny<ArgumentException>(() => fleet.Controller(min, max));

        Assert.Equal("bounds", error.ParamName);
        Assert.True(
            error.Message.Contains(min.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && error.Message.Contains(max.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            $"The message should name both bounds ({min} and {max}), but was: {error.Message}");
    }

    [Fact]
    [Ko("최솟값과 최댓값이 같은 범위는 크기가 고정된 플릿입니다")]
    public async Task Bounds_with_the_minimum_equal_to_the_maximum_are_a_fleet_of_fixed_size()
    {
        var fleet = new FakeFleet();

        var controller = fleet.Controller(min: 3, max: 3);
        await controller.ScaleToAsync(3);

        Assert.True(controller.Replicas.Count == 3, $"Bounds [3, 3] allow exactly 3 replicas: the constructor must accept them and scaling to 3 must run 3, but {controller.Replicas.Count} run.");
    }

    [Fact]
    [Ko("레플리카 세트, 밸런서, 범위가 없으면 생성자가 그 이름과 함께 거부합니다")]
    public void A_missing_replica_set_balancer_or_bounds_is_rejected_by_name()
    {
        var fleet = new FakeFleet();
        var bounds = new ScaleBounds(1, 5);

        Assert.Equal("replicaSet", Assert.Throws<ArgumentNullException>(() => new ReplicaController(null!, fleet.Balancer, bounds)).ParamName);
        Assert.Equal("balancer", Assert.Throws<ArgumentNullException>(() => new ReplicaController(fleet.Replicas, null!, bounds)).ParamName);
        Assert.Equal("bounds", Assert.Throws<ArgumentNullException>(() => new ReplicaController(fleet.Replicas, fleet.Balancer, null!)).ParamName);
    }

    /// <summary>Starts replicas through the fleet, and notes how many the controller lists as each start begins.</summary>
    private sealed class ListingAtEachStart(IReplicaSet inner) : IReplicaSet
    {
        public ReplicaController? Controller { get; set; }

        public List<int> Listed { get; } = [];

        public Task<Replica> StartAsync(CancellationToken cancellationToken = default)
        {
            Listed.Add(Controller!.Replicas.Count);
            return inner.StartAsync(cancellationToken);
        }

        public Task StopAsync(Replica replica, CancellationToken cancellationToken = default) => inner.StopAsync(replica, cancellationToken);
    }
}
