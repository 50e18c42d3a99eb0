using Katas.Fleet;
using Katas.Specs;

namespace Katas.Scaler.Specs;

/// <summary>
/// Step 7: the controller starts and stops real HTTP servers on 127.0.0.1, and a real round-robin
/// balancer follows its membership: no request is dropped while the fleet shrinks, stopped servers
/// refuse connections, and a shutdown leaves nothing running.
/// </summary>
[Step(7)]
public sealed class Step7_RealBackends
{
    private static readonly ScaleBounds s_bounds = new(1, 5);

    [Fact]
    [Ko("스케일 업은 실제 서버를 시작하고 밸런서는 각 서버에 요청을 보냅니다")]
    public async Task Scaling_up_starts_real_servers_and_the_balancer_sends_requests_to_each()
    {
        await using var servers = new FleetReplicaSet(BackendBehavior.Healthy);
        using var balancer = new RoundRobinMembership();
        var controller = new ReplicaController(servers, balancer, s_bounds);

        await controller.ScaleToAsync(3).FinishesAsync("Starting 3 servers on 127.0.0.1 took more than 5 s.");
        await balancer.SendManyAsync(count: 30, concurrency: 3);

        Assert.Equal(3, servers.Running.Count);
        Assert.Equal(controller.Replicas.Select(r => r.Name).Order(), balancer.Members.Select(r => r.Name).Order());
        Assert.Equal(30, balancer.Answered);
        Assert.All(controller.Replicas, replica => Assert.True(
            servers.BackendOf(replica).RequestCount == 10,
            $"Round robin over 3 servers gives each 10 of 30 requests; {replica.Name} got {servers.BackendOf(replica).RequestCount}."));
    }

    [Fact]
    [Ko("부하 중에 스케일 다운해도 요청을 잃지 않고, 멈춘 서버는 연결을 거부합니다")]
    public async Task Scaling_down_under_load_drops_no_request_and_the_stopped_servers_refuse_connections()
    {
        await using var servers = new FleetReplicaSet(BackendBehavior.Slow(TimeSpan.FromMilliseconds(150)));
        using var balancer = new RoundRobinMembership();
        var controller = new ReplicaController(servers, balancer, s_bounds);
        await controller.ScaleToAsync(3);

        var load = balancer.SendManyAsync(count: 60, concurrency: 6);
        await WhenAsync(() => controller.Replicas.All(r => servers.BackendOf(r).RequestCount > 0), "The load did not reach every server within 5 s.");
        await controller.ScaleToAsync(1).FinishesAsync("The scale-down did not finish within 5 s: the servers answer in 0.15 s, so draining takes well under a second.");
        await load.FinishesAsync("The load of 60 requests did not finish within 5 s.", TimeSpan.FromSeconds(10));

        Assert.True(balancer.Dropped == 0, $"{balancer.Dropped} of 60 requests got no complete answer: a server was stopped with requests in flight.");
        Assert.Equal(60, balancer.Answered);
        Assert.Equal(["web-1"], balancer.Members.Select(r => r.Name));
        Assert.Equal(2, servers.Stopped.Count);
        foreach (var stopped in servers.Stopped)
        {
            Assert.False(await FleetReplicaSet.IsListeningAsync(stopped), $"{stopped.Name} ({stopped.Address}) still accepts connections after it was stopped.");
        }
    }

    [Fact]
    [Ko("동시에 온 스케일 명령 두 개는 하나씩 차례로 실행됩니다")]
    public async Task Two_scale_commands_at_once_run_one_after_the_other()
    {
        await using var servers = new FleetReplicaSet(BackendBehavior.Healthy);
        using var balancer = new RoundRobinMembership();
        var controller = new ReplicaController(servers, balancer, s_bounds);

        await Task.WhenAll(controller.ScaleToAsync(3), controller.ScaleToAsync(3)).FinishesAsync("Two scale commands did not finish within 5 s.");
        var startedByTwoCommandsToThree = servers.Started;
        await Task.WhenAll(controller.ScaleToAsync(1), controller.ScaleToAsync(2)).FinishesAsync("Two scale commands did not finish within 5 s.");

        Assert.True(startedByTwoCommandsToThree == 3, $"Two commands to scale to 3 should start 3 servers, but {startedByTwoCommandsToThree} were started: both saw 0 running and started servers at the same time.");
        Assert.True(servers.Running.Count == 2, $"Scaling to 1 and then to 2 should leave 2 servers, the last command's count, but {servers.Running.Count} run.");
        Assert.Equal(["web-1", "web-4"], controller.Replicas.Select(r => r.Name)); // 3 and 2 stopped, then 4 started
        Assert.Equal(["web-1", "web-4"], balancer.Members.Select(r => r.Name).Order());
    }

    [Fact]
    [Ko("스케일 명령은 앞의 명령이 끝날 때까지 기다립니다")]
    public async Task A_scale_command_waits_until_the_one_before_it_has_finished()
    {
        // A real server often starts without the command ever yielding, so the spec above can pass even
        // when commands overlap. Here the first command's start is held: the second must wait for it.
        var fleet = new FakeFleet();
        var controller = fleet.Controller(min: 0, max: 5);
        fleet.Replicas.HoldStarts();

        var first = controller.ScaleToAsync(1);
        var second = controller.ScaleToAsync(1);
        await first.StaysPendingAsync(TimeSpan.FromMilliseconds(100), "The first command finished while its replica was still starting.");
        var startingAtOnce = fleet.Replicas.Starting;
        fleet.Replicas.ReleaseStarts();
        await Task.WhenAll(first, second).FinishesAsync("Two commands to scale to 1 did not finish once the replica had started.");

        Assert.True(
            startingAtOnce == 1,
            $"Two commands to scale to 1 came at once, and {startingAtOnce} replicas were starting at the same time: the second " +
            "command counted 0 running while the first was still starting its replica. Run the commands one at a time, in the order they came.");
        Assert.Equal(["replica-1"], controller.Replicas.Select(r => r.Name));
    }

    [Fact]
    [Ko("종료는 모든 서버를 드레인하고 멈추며, 그 뒤의 명령은 거부합니다")]
    public async Task Shutting_down_drains_and_stops_every_server_and_rejects_later_commands()
    {
        await using var servers = new FleetReplicaSet(BackendBehavior.Slow(TimeSpan.FromMilliseconds(150)));
        using var balancer = new RoundRobinMembership();
        var controller = new ReplicaController(servers, balancer, s_bounds);
        await controller.ScaleToAsync(2);
        var started = controller.Replicas.ToArray();
        var load = balancer.SendManyAsync(count: 4, concurrency: 4);
        await WhenAsync(() => started.Sum(r => servers.BackendOf(r).RequestCount) == 4, "The 4 requests did not reach the servers within 5 s.");

        await controller.ShutdownAsync().FinishesAsync("The shutdown did not finish within 5 s.");
        await controller.ShutdownAsync().FinishesAsync("A second shutdown should do nothing, but it did not finish.");
        await load.FinishesAsync("The requests in flight did not finish.");

        Assert.True(balancer.Dropped == 0, $"{balancer.Dropped} requests in flight were cut off by the shutdown: drain first, even when the whole service goes away.");
        Assert.Empty(servers.Running);
        Assert.Empty(balancer.Members);
        Assert.Empty(controller.Replicas);
        foreach (var replica in started)
        {
            Assert.False(await FleetReplicaSet.IsListeningAsync(replica), $"{replica.Name} still accepts connections after the shutdown.");
        }

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => controller.ScaleToAsync(2));
        Assert.Empty(servers.Running);
    }

    [Fact]
    [Ko("오토스케일러가 실제 서버를 움직입니다")]
    public async Task The_autoscaler_drives_real_servers()
    {
        await using var servers = new FleetReplicaSet(BackendBehavior.Healthy);
        using var balancer = new RoundRobinMembership();
        var controller = new ReplicaController(servers, balancer, s_bounds);
        var autoscaler = new HorizontalAutoscaler(new AutoscalerSettings(s_bounds, TargetUtilization: 50));
        await controller.ScaleToAsync(1);

        await controller.ScaleToAsync(autoscaler.Recommend(controller.Replicas.Count, currentUtilization: 140));
        await balancer.SendManyAsync(count: 6, concurrency: 2);

        Assert.Equal(3, controller.Replicas.Count); // 1 × 140/50 = 2.8 -> 3
        Assert.Equal(3, balancer.Members.Count);
        Assert.Equal(6, balancer.Answered);
        Assert.All(servers.Running, replica => Assert.Equal(2, servers.BackendOf(replica).RequestCount));
    }

    /// <summary>Waits, in real time and at most 5 s, until <paramref name="condition"/> holds.</summary>
    private static async Task WhenAsync(Func<bool> condition, string failureMessage)
    {
        var deadline = DateTime.UtcNow + TaskAssertions.RealTimeLimit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failureMessage);
            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }
    }
}
