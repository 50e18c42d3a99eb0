using Katas.Specs;

namespace Katas.RoundRobin.Specs;

/// <summary>
/// Step 4: thread-safe. Many threads picking at once still share exactly evenly, the counter survives
/// wrapping past int.MaxValue, and a pick allocates nothing.
/// </summary>
[Step(4)]
public sealed class Step4_ThreadSafe
{
    // Picks are made in batches of 3 (the healthy replicas), so whatever each thread manages in a round
    // splits evenly. A non-atomic counter loses updates as soon as two cores pick at the same time.
    private const int Batch = 3 * 1_000;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    [Ko("여러 스레드가 동시에 골라도 모든 레플리카가 정확히 같은 몫을 받습니다")]
    public void Many_threads_picking_at_once_give_every_replica_exactly_the_same_share(bool healthAware)
    {
        Race.Rounds(round =>
        {
            // Health-aware: four replicas, d down, so the three healthy ones share.
            var balancer = healthAware
                ? new RoundRobinBalancer(Pool.Of("a", "b", "c", "d"), new HealthBoard().MarkDown("d"))
                : new RoundRobinBalancer(Pool.Of("a", "b", "c"));
            var counts = new long[Race.Threads][];

            var processors = Race.Run(Race.RoundLength, (thread, keepGoing) =>
            {
                var mine = new long[4];
                do
                {
                    for (var i = 0; i < Batch; i++)
                    {
                        if (!balancer.TryPick(out var replica))
                        {
                            throw new InvalidOperationException("TryPick found no replica while three were healthy.");
                        }

                        mine[replica.Name[0] - 'a']++;
                    }
                }
                while (keepGoing());

                counts[thread] = mine;
            });

            var total = counts.Sum(c => c.Sum());
            var shares = new[] { "a", "b", "c", "d" }
                .Select((name, i) => (name, count: (int)counts.Sum(c => c[i])))
                .ToDictionary(s => s.name, s => s.count);
            Assert.True(
                shares["a"] == total / 3 && shares["b"] == total / 3 && shares["c"] == total / 3 && shares["d"] == 0,
                $"Round {round}: {Race.Threads} threads made {total:N0} picks at once, which should give a, b and c {total / 3:N0} each, " +
                $"but gave {shares.Describe()}. Two threads got the same ticket: `_next++` is a read, an add and a write, and " +
                "another thread can come in between. Take tickets with Interlocked.Increment.");
            return processors;
        });
    }

    [Fact]
    [Ko("카운터가 int.MaxValue를 넘어 돌아도 순환은 계속됩니다")]
    public void The_counter_wraps_past_int_MaxValue_and_the_rotation_goes_on()
    {
        // The ticket of the first pick is int.MaxValue - 1: the third pick's ticket wraps to int.MinValue.
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c", "d"), firstTicket: int.MaxValue - 1);

        var picks = PicksAcrossTheWrap(balancer, 10);

        // (int.MaxValue - 1) % 4 == 2: the rotation starts at c and goes on through the wrap without a jump.
        Assert.Equal(["c", "d", "a", "b", "c", "d", "a", "b", "c", "d"], picks);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    [Ko("카운터가 넘어가는 근처에서도 풀의 크기와 상관없이 모든 선택이 풀의 레플리카입니다")]
    public void Near_the_wrap_every_pick_is_a_replica_of_the_pool_whatever_its_size(bool healthAware)
    {
        var health = healthAware ? new HealthBoard().MarkDown("d") : null;
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c", "d", "e"), health, firstTicket: int.MaxValue - 3);

        var picks = PicksAcrossTheWrap(balancer, 20);

        var allowed = healthAware ? new[] { "a", "b", "c", "e" } : ["a", "b", "c", "d", "e"];
        Assert.All(picks, name => Assert.Contains(name, allowed));
    }

    [Fact]
    [Ko("첫 티켓이 순환이 시작하는 곳을 정합니다")]
    public void The_first_ticket_decides_where_the_rotation_starts()
    {
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c"), firstTicket: 4);

        Assert.Equal(["b", "c", "a", "b"], balancer.Picks(4));
    }

    [Fact]
    [Ko("선택은 메모리를 할당하지 않습니다")]
    public void A_pick_allocates_nothing()
    {
        var balancer = new RoundRobinBalancer(Pool.Of("a", "b", "c", "d", "e"), new HealthBoard().MarkDown("b"));
        for (var i = 0; i < 1_000; i++)
        {
            balancer.TryPick(out _);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            balancer.TryPick(out _);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(
            allocated == 0,
            $"1,000 health-aware picks allocated {allocated:N0} bytes. A balancer runs on every request: a list of the " +
            "healthy replicas per pick is garbage on every request. Count the healthy ones, then walk to the one you want.");
    }

    private static string[] PicksAcrossTheWrap(RoundRobinBalancer balancer, int count)
    {
        var picks = new List<string>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                Assert.True(balancer.TryPick(out var replica), "The pool has healthy replicas, but TryPick found none.");
                picks.Add(replica.Name);
            }
        }
        catch (Exception exception) when (exception is IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            Assert.Fail(
                $"Pick {picks.Count + 1} threw {exception.GetType().Name} after {picks.Count} good picks ({string.Join(", ", picks)}). " +
                "The counter wrapped from int.MaxValue to int.MinValue: a negative number % count is negative, and " +
                "Math.Abs(int.MinValue) overflows. Drop the sign bit first: (ticket & 0x7FFFFFFF) % count.");
        }

        return [.. picks];
    }
}
