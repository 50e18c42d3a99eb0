using Katas.Specs;

namespace Katas.RoundRobin.Specs;

/// <summary>Step 1: rotation. The first pick is the first replica, then each next one in turn, and round again.</summary>
[Step(1)]
public sealed class Step1_Rotation
{
    [Fact]
    [Ko("첫 선택은 첫 번째 레플리카입니다")]
    public void The_first_pick_is_the_first_replica()
    {
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c"));

        Replica? replica = null;
        Assert.True(Bounded.Call(() => balancer.TryPick(out replica)), "Three replicas are in the pool, but TryPick returned false.");
        Assert.True(replica?.Name == "a", $"The first pick should be the first replica, a, but it was {replica?.Name ?? "null"}.");
    }

    [Fact]
    [Ko("선택은 레플리카를 차례로 돌고, 마지막 다음에는 처음부터 다시 돕니다")]
    public void The_picks_go_through_the_replicas_in_order_and_start_again_after_the_last()
    {
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c"));

        var picks = balancer.Picks(7);

        Assert.True(
            picks.SequenceEqual(["a", "b", "c", "a", "b", "c", "a"]),
            $"Seven picks over a, b, c should be a, b, c, a, b, c, a, but were {string.Join(", ", picks)}.");
    }

    [Fact]
    [Ko("레플리카가 하나면 매번 그것을 고릅니다")]
    public void A_single_replica_is_picked_every_time()
    {
        var balancer = new RoundRobinBalancer(Pool.Of("only"));

        Assert.Equal(["only", "only", "only", "only"], balancer.Picks(4));
    }

    [Fact]
    [Ko("한 바퀴씩 돌면 모든 레플리카가 같은 몫을 받습니다")]
    public void Over_whole_rounds_every_replica_gets_the_same_share()
    {
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c", "d", "e"));

        var shares = balancer.Shares(500);

        Assert.True(
            shares.Count == 5 && shares.Values.All(n => n == 100),
            $"500 picks over 5 replicas should give each 100, but gave {shares.Describe()}.");
    }
}
