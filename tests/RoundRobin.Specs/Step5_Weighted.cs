using Katas.Specs;

namespace Katas.RoundRobin.Specs;

/// <summary>
/// Step 5: smooth weighted round-robin exactly as nginx does it. Weights 5, 1, 1 give a, a, b, a, c, a, a;
/// ties go to the earliest replica.
/// </summary>
[Step(5)]
public sealed class Step5_Weighted
{
    [Fact]
    [Ko("가중치 5, 1, 1은 a a b a c a a를 내고 다시 같은 순서를 반복합니다")]
    public void Weights_5_1_1_give_a_a_b_a_c_a_a_and_then_the_same_again()
    {
        var balancer = new SmoothWeightedBalancer(Pool.Weighted(5, 1, 1));

        var picks = balancer.Picks(14);

        Assert.True(
            picks.SequenceEqual(["a", "a", "b", "a", "c", "a", "a", "a", "a", "b", "a", "c", "a", "a"]),
            $"nginx picks a, a, b, a, c, a, a twice for weights 5, 1, 1, but the picks were {string.Join(", ", picks)}. " +
            "Five a's in a burst is weighted but not smooth: every pick, add each weight to its replica's current weight, " +
            "take the largest, and subtract the total from it.");
    }

    [Fact]
    [Ko("동점이면 가장 앞의 레플리카가 이깁니다")]
    public void A_tie_goes_to_the_earliest_replica()
    {
        var balancer = new SmoothWeightedBalancer(Pool.Weighted(1, 1, 1));

        var picks = balancer.Picks(6);

        Assert.True(
            picks.SequenceEqual(["a", "b", "c", "a", "b", "c"]),
            $"Equal weights tie at every pick, and nginx gives a tie to the earliest replica (a strict >): a, b, c, a, b, c. The picks were {string.Join(", ", picks)}.");
    }

    [Fact]
    [Ko("한 바퀴마다 각 레플리카가 정확히 자기 가중치만큼 받습니다")]
    public void Over_every_round_each_replica_gets_exactly_its_weight()
    {
        var balancer = new SmoothWeightedBalancer(Pool.Weighted(3, 2, 1));

        for (var round = 1; round <= 50; round++)
        {
            var shares = balancer.Shares(6);
            Assert.True(
                shares.Describe() == "a=3, b=2, c=1",
                $"Round {round} of 6 picks with weights 3, 2, 1 gave {shares.Describe()}; every round should give a=3, b=2, c=1.");
        }
    }

    [Fact]
    [Ko("비정상 레플리카는 건너뛰고 나머지는 가중치를 유지합니다")]
    public void An_unhealthy_replica_is_skipped_and_the_others_keep_their_weights()
    {
        var health = new HealthBoard().MarkDown("c");
        var balancer = new SmoothWeightedBalancer(Pool.Weighted(5, 1, 1), health);

        var picks = balancer.Picks(12);

        // Weights 5 and 1: nginx leaves c out of both the running weights and the total.
        Assert.Equal(["a", "a", "a", "b", "a", "a", "a", "a", "a", "b", "a", "a"], picks);
    }

    [Fact]
    [Ko("가중 밸런서에서도 쓸 수 있는 레플리카 없음은 하나의 답입니다")]
    public void No_replica_available_is_an_answer_for_the_weighted_balancer_too()
    {
        var empty = new SmoothWeightedBalancer([]);
        var allDown = new SmoothWeightedBalancer(Pool.Weighted(2, 1), new HealthBoard().MarkDown("a", "b"));

        Assert.False(empty.TryPick(out var fromEmpty), "The pool is empty, but TryPick found a replica.");
        Assert.Null(fromEmpty);
        Assert.False(allDown.TryPick(out var fromAllDown), $"Every replica is unhealthy, but TryPick returned {fromAllDown?.Name}.");
        Assert.Null(fromAllDown);
    }

    [Fact]
    [Ko("여러 스레드가 동시에 골라도 정확히 가중치만큼 나뉩니다")]
    public void Many_threads_picking_at_once_get_exactly_the_weighted_shares()
    {
        Race.Rounds(round =>
        {
            var balancer = new SmoothWeightedBalancer(Pool.Weighted(5, 1, 1));
            var counts = new long[Race.Threads][];

            var processors = Race.Run(Race.RoundLength, (thread, keepGoing) =>
            {
                var mine = new long[3];
                do
                {
                    // 7 is the sum of the weights: every thread makes whole rounds of picks.
                    for (var i = 0; i < 7 * 100; i++)
                    {
                        if (!balancer.TryPick(out var replica))
                        {
                            throw new InvalidOperationException("TryPick found no replica while all three were healthy.");
                        }

                        mine[replica.Name[0] - 'a']++;
                    }
                }
                while (keepGoing());

                counts[thread] = mine;
            });

            var picks = counts.Sum(c => c.Sum());
            var cycles = picks / 7;
            var shares = Enumerable.Range(0, 3).ToDictionary(i => ((char)('a' + i)).ToString(), i => (int)counts.Sum(c => c[i]));
            Assert.True(
                shares["a"] == 5 * cycles && shares["b"] == cycles && shares["c"] == cycles,
                $"Round {round}: {Race.Threads} threads made {picks:N0} picks at once, which should give a={5 * cycles}, b={cycles}, c={cycles}, " +
                $"but gave {shares.Describe()}. A pick reads and writes every current weight: two picks at once must not interleave.");
            return processors;
        });
    }

    [Fact]
    [Ko("레플리카는 순서대로 나열되고 잘못된 목록은 거부됩니다")]
    public void The_replicas_are_listed_in_their_order_and_bad_lists_are_rejected()
    {
        var replicas = Pool.Weighted(5, 1, 1);

        Assert.Equal(replicas, new SmoothWeightedBalancer(replicas).Replicas);
        Assert.Equal("replicas", Assert.Throws<ArgumentNullException>(() => new SmoothWeightedBalancer(null!)).ParamName);
        Assert.Throws<ArgumentException>(() => new SmoothWeightedBalancer([.. replicas, null!]));
        Assert.Throws<ArgumentException>(() => new SmoothWeightedBalancer([.. replicas, new Replica("a", new Uri("http://other.replicas.test/"))]));
    }
}
