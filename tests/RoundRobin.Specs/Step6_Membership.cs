using Katas.Specs;

namespace Katas.RoundRobin.Specs;

/// <summary>
/// Step 6: dynamic membership. Replicas are added and removed while picks go on, with no exception, and
/// the share stays even over the new set.
/// </summary>
[Step(6)]
public sealed class Step6_Membership
{
    [Fact]
    [Ko("풀은 레플리카를 순환 순서대로 나열합니다")]
    public void The_pool_lists_its_replicas_in_the_order_of_the_rotation()
    {
        var replicas = Pool.Of("a", "b", "c");

        Assert.Equal(replicas, new RoundRobinBalancer(replicas).Replicas);
    }

    [Fact]
    [Ko("추가한 레플리카는 순환에 들어가 같은 몫을 받습니다")]
    public void An_added_replica_joins_the_rotation_and_gets_an_equal_share()
    {
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c"));
        balancer.Picks(2);

        balancer.Add(Pool.Of("d")[0]);
        var shares = balancer.Shares(400);

        Assert.Equal(["a", "b", "c", "d"], balancer.Replicas.Select(r => r.Name));
        Assert.True(
            shares.Describe() == "a=100, b=100, c=100, d=100",
            $"After adding d, 400 picks should give each of the four replicas 100, but gave {shares.Describe()}.");
    }

    [Fact]
    [Ko("제거한 레플리카는 다시 선택되지 않고 나머지가 고르게 나눕니다")]
    public void A_removed_replica_is_never_picked_again_and_the_others_share_evenly()
    {
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c", "d"));
        balancer.Picks(3);

        Assert.True(balancer.Remove("b"), "b is in the pool, but Remove(\"b\") returned false.");
        var shares = balancer.Shares(300);

        Assert.Equal(["a", "c", "d"], balancer.Replicas.Select(r => r.Name));
        Assert.True(
            shares.Describe() == "a=100, c=100, d=100",
            $"After removing b, 300 picks should give a, c and d 100 each, but gave {shares.Describe()}.");
    }

    [Fact]
    [Ko("풀에 없는 이름을 제거하면 false를 돌려줍니다")]
    public void Removing_a_name_that_is_not_in_the_pool_returns_false()
    {
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b"));

        Assert.False(balancer.Remove("z"), "There is no replica z, but Remove(\"z\") returned true.");
        Assert.Equal(["a", "b"], balancer.Replicas.Select(r => r.Name));
    }

    [Fact]
    [Ko("마지막 레플리카를 제거하면 쓸 수 있는 레플리카가 없고, 하나를 추가하면 돌아옵니다")]
    public void Removing_the_last_replica_leaves_no_replica_available_and_adding_one_brings_it_back()
    {
        var balancer = new RoundRobinBalancer(Pool.Of("a"));

        balancer.Remove("a");
        Assert.False(balancer.TryPick(out var replica), $"The pool is empty after removing a, but TryPick returned {replica?.Name}.");

        balancer.Add(Pool.Of("b")[0]);
        Assert.Equal(["b", "b"], balancer.Picks(2));
    }

    [Fact]
    [Ko("풀 안의 이름은 유일합니다")]
    public void Names_are_unique_in_a_pool()
    {
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b"));

        var added = Assert.Throws<ArgumentException>(() => balancer.Add(new Replica("a", new Uri("http://other.replicas.test/"))));
        Assert.Equal("replica", added.ParamName);
        var constructed = Assert.Throws<ArgumentException>(() => new RoundRobinBalancer([.. Pool.Of("a", "b"), new Replica("b", new Uri("http://other.replicas.test/"))]));
        Assert.Equal("replicas", constructed.ParamName);
        Assert.Equal(["a", "b"], balancer.Replicas.Select(r => r.Name));
    }

    [Fact]
    [Ko("중복 이름 오류는 어떤 이름인지 말합니다")]
    public void The_error_for_a_duplicate_name_says_which_name()
    {
        var twin = new Replica("web-2", new Uri("http://other.replicas.test/"));
        var balancer = new RoundRobinBalancer(Pool.Of("web-1", "web-2"));

        var messages = new[]
        {
            Assert.Throws<ArgumentException>(() => balancer.Add(twin)).Message,
            Assert.Throws<ArgumentException>(() => new RoundRobinBalancer([.. Pool.Of("web-1", "web-2"), twin])).Message,
            Assert.Throws<ArgumentException>(() => new SmoothWeightedBalancer([.. Pool.Of("web-1", "web-2"), twin])).Message,
        };

        Assert.All(messages, message => Assert.True(
            message.Contains("web-2", StringComparison.Ordinal),
            $"The error \"{message}\" does not say which name is taken twice (web-2). Put the name in the message: an operator with 50 replicas needs it."));
    }

    [Fact]
    [Ko("null을 추가하거나 제거하면 ArgumentNullException으로 거부됩니다")]
    public void Adding_or_removing_null_is_rejected_with_ArgumentNullException()
    {
        var balancer = new RoundRobinBalancer(Pool.Of("a"));

        Assert.Equal("replica", Assert.Throws<ArgumentNullException>(() => balancer.Add(null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => balancer.Remove(null!)).ParamName);
        Assert.Equal(["a"], balancer.Replicas.Select(r => r.Name));
    }

    [Fact]
    [Ko("밸런서는 레플리카 목록의 자기 사본을 가집니다")]
    public void The_balancer_keeps_its_own_copy_of_the_replicas()
    {
        var list = Pool.Of("a", "b").ToList();
        var balancer = new RoundRobinBalancer(list);

        list.Add(Pool.Of("c")[0]);
        list.RemoveAt(0);

        Assert.Equal(["a", "b"], balancer.Replicas.Select(r => r.Name));
        Assert.Equal(["a", "b", "a", "b"], balancer.Picks(4));
    }

    [Fact]
    [Ko("여러 스레드에서 동시에 추가하고 제거해도 절대 사라지지 않습니다")]
    public void Adds_and_removes_on_many_threads_at_once_are_never_lost()
    {
        // Every thread adds its own replicas and removes them again: two writers that copy the same old
        // array at once publish two new ones, and the change in the first is lost.
        Race.Rounds(round =>
        {
            var balancer = new RoundRobinBalancer(Pool.Of("a", "b"));
            var processors = Race.Run(Race.RoundLength, (thread, keepGoing) =>
            {
                var mine = Pool.Of($"t{thread}-1", $"t{thread}-2");
                do
                {
                    foreach (var replica in mine)
                    {
                        try
                        {
                            balancer.Add(replica);
                        }
                        catch (ArgumentException)
                        {
                            throw new InvalidOperationException(
                                $"Round {round}: {replica.Name} was removed by the only thread that uses it, and yet Add found it still in the pool: " +
                                "another thread's change brought it back. Let writers take turns (a lock) while they copy and publish the array.");
                        }
                    }

                    foreach (var replica in mine)
                    {
                        if (!balancer.Remove(replica.Name))
                        {
                            throw new InvalidOperationException(
                                $"Round {round}: {replica.Name} was added by the only thread that uses it, and yet Remove did not find it: " +
                                "another thread's change overwrote the Add. Let writers take turns (a lock) while they copy and publish the array.");
                        }
                    }
                }
                while (keepGoing());
            });

            var left = balancer.Replicas.Select(r => r.Name).ToArray();
            Assert.True(
                left.SequenceEqual(["a", "b"]),
                $"Round {round}: every thread removed what it had added, so a and b should be left, but the pool is {string.Join(", ", left)}.");
            return processors;
        });
    }

    [Fact]
    [Ko("레플리카가 오가는 동안 여러 스레드에서 골라도 절대 실패하지 않습니다")]
    public void Picks_on_many_threads_while_replicas_come_and_go_never_fail()
    {
        // a and b stay; c, d and e are added and removed again and again while the other threads pick.
        var stable = Pool.Of("a", "b");
        var transient = Pool.Of("c", "d", "e");

        Race.Rounds(_ =>
        {
            var balancer = new RoundRobinBalancer(stable);
            var processors = Race.Run(Race.RoundLength, (thread, keepGoing) =>
            {
                if (thread == 0)
                {
                    var i = 0;
                    do
                    {
                        var replica = transient[i++ % transient.Length];
                        balancer.Add(replica);
                        balancer.Remove(replica.Name);
                    }
                    while (keepGoing());

                    return;
                }

                do
                {
                    for (var i = 0; i < 1_000; i++)
                    {
                        if (!balancer.TryPick(out var replica))
                        {
                            throw new InvalidOperationException("TryPick found no replica while a and b were in the pool the whole time.");
                        }

                        if (replica.Name is not ("a" or "b" or "c" or "d" or "e"))
                        {
                            throw new InvalidOperationException($"TryPick returned {replica.Name}, which was never in the pool.");
                        }
                    }
                }
                while (keepGoing());
            });

            Assert.Equal(["a", "b"], balancer.Replicas.Select(r => r.Name));
            Assert.True(
                balancer.Shares(200).Describe() == "a=100, b=100",
                "After the others left, a and b should share the picks evenly again.");
            return processors;
        });
    }
}
