using Katas.Specs;

namespace Katas.RoundRobin.Specs;

/// <summary>
/// Step 2: an empty pool is an answer, not a crash. TryPick returns false and no replica, the way YARP
/// finds no destination and answers 503.
/// </summary>
[Step(2)]
public sealed class Step2_EmptyPool
{
    [Fact]
    [Ko("빈 풀은 예외 대신 레플리카 없음으로 답합니다")]
    public void An_empty_pool_gives_no_replica_instead_of_an_exception()
    {
        var balancer = new RoundRobinBalancer([]);

        var found = balancer.TryPick(out var replica);

        Assert.False(found, "The pool is empty, but TryPick said it found a replica.");
        Assert.Null(replica);
    }

    [Fact]
    [Ko("빈 풀은 계속 같은 방식으로 답합니다")]
    public void An_empty_pool_keeps_answering_the_same_way()
    {
        var balancer = new RoundRobinBalancer([]);

        Assert.Equal(["none", "none", "none"], balancer.Picks(3));
    }

    [Fact]
    [Ko("레플리카 목록이 없으면 곧바로 거부됩니다")]
    public void A_missing_replica_list_is_rejected_at_once()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new RoundRobinBalancer(null!));

        Assert.Equal("replicas", exception.ParamName);
    }

    [Fact]
    [Ko("목록 안의 null 레플리카는 곧바로 거부됩니다")]
    public void A_null_replica_in_the_list_is_rejected_at_once()
    {
        var exception = Assert.Throws<ArgumentException>(() => new RoundRobinBalancer([.. Pool.Of("a"), null!]));

        Assert.Equal("replicas", exception.ParamName);
    }
}
