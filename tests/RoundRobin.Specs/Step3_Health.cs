using Katas.Specs;

namespace Katas.RoundRobin.Specs;

/// <summary>
/// Step 3: health-aware. Unhealthy replicas are skipped, their share is spread evenly over the healthy
/// ones, and when none is healthy the answer is the same as for an empty pool.
/// </summary>
[Step(3)]
public sealed class Step3_Health
{
    [Fact]
    [Ko("비정상 레플리카는 건너뜁니다")]
    public void An_unhealthy_replica_is_skipped()
    {
        var health = new HealthBoard().MarkDown("b");
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c"), health);

        var picks = balancer.Picks(6);

        Assert.True(!picks.Contains("b"), $"b is unhealthy and must not be picked, but the picks were {string.Join(", ", picks)}.");
        Assert.Equal(["a", "c", "a", "c", "a", "c"], picks);
    }

    [Fact]
    [Ko("비정상 레플리카의 몫은 이웃에게 몰리지 않고 고르게 나뉩니다")]
    public void The_share_of_an_unhealthy_replica_is_spread_evenly_not_dumped_on_its_neighbour()
    {
        var health = new HealthBoard().MarkDown("b");
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c", "d"), health);

        var shares = balancer.Shares(300);

        Assert.True(
            shares.Describe() == "a=100, c=100, d=100",
            $"With b down, 300 picks should give a, c and d 100 each, but gave {shares.Describe()}. " +
            "Stepping from b to the next healthy replica gives c b's share too: rotate over the healthy replicas instead.");
    }

    [Fact]
    [Ko("모든 레플리카가 비정상이면 빈 풀처럼 레플리카가 없습니다")]
    public void When_every_replica_is_unhealthy_there_is_no_replica_as_for_an_empty_pool()
    {
        var health = new HealthBoard().MarkDown("a", "b", "c");
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c"), health);

        var found = balancer.TryPick(out var replica);

        Assert.False(found, $"Every replica is unhealthy, but TryPick returned {replica?.Name ?? "null"}.");
        Assert.Null(replica);
    }

    [Fact]
    [Ko("모두 내려간 동안의 선택은 차례를 쓰지 않으므로 로테이션은 멈춘 곳에서 이어집니다")]
    public void An_outage_uses_up_no_turn_so_the_rotation_goes_on_where_it_stopped()
    {
        var health = new HealthBoard();
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c"), health);
        Assert.Equal(["a"], balancer.Picks(1));

        health.MarkDown("a", "b", "c");
        Assert.Equal(["none", "none", "none", "none"], balancer.Picks(4));
        health.MarkUp("a", "b", "c");
        var after = balancer.Picks(3);

        Assert.True(
            after.SequenceEqual(["b", "c", "a"]),
            $"a was picked, then 4 picks found every replica down. Once they are back the rotation should go on after a: b, c, a, but went {string.Join(", ", after)}. " +
            "A pick that finds no healthy replica must not take a turn from the counter: look for one first, as YARP does before it increments.");
    }

    [Fact]
    [Ko("회복한 레플리카는 다시 자기 몫을 받습니다")]
    public void A_replica_that_recovers_gets_its_share_again()
    {
        var health = new HealthBoard().MarkDown("b");
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c"), health);
        balancer.Picks(5);

        health.MarkUp("b");
        var shares = balancer.Shares(300);

        Assert.True(
            shares.Describe() == "a=100, b=100, c=100",
            $"b is healthy again, so 300 picks should give each replica 100, but gave {shares.Describe()}. Ask the health source at every pick.");
    }

    [Fact]
    [Ko("선택 사이에 내려간 레플리카는 다음 선택부터 건너뜁니다")]
    public void A_replica_that_goes_down_between_picks_is_skipped_from_the_next_pick_on()
    {
        var health = new HealthBoard();
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c"), health);
        Assert.Equal("a", balancer.Picks(1)[0]);

        health.MarkDown("b");

        Assert.DoesNotContain("b", balancer.Picks(10));
    }
}
