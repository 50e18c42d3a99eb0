using Katas.Specs;

namespace Katas.RoundRobin.Specs;

/// <summary>Replicas for specs that never send a request: names a, b, c... on addresses that are never dialled.</summary>
internal static class Pool
{
    /// <summary>One replica per name, each on its own made-up address.</summary>
    public static Replica[] Of(params string[] names) =>
        names.Select(name => new Replica(name, new Uri($"http://{name}.replicas.test/"))).ToArray();

    /// <summary>Replicas a, b, c... with the given weights.</summary>
    public static Replica[] Weighted(params int[] weights) =>
        weights.Select((weight, i) => new Replica(((char)('a' + i)).ToString(), new Uri($"http://{(char)('a' + i)}.replicas.test/"), weight)).ToArray();

    /// <summary>
    /// The names of <paramref name="count"/> picks in a row; "none" where no replica was available. A
    /// pick that never returns fails the spec within its bound instead of hanging it.
    /// </summary>
    public static string[] Picks(this ILoadBalancer balancer, int count) =>
        Bounded.Call(() => PicksInOneGo(balancer, count), $"{count} calls of TryPick");

    private static string[] PicksInOneGo(ILoadBalancer balancer, int count)
    {
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = balancer.TryPick(out var replica) ? replica.Name : "none";
        }

        return names;
    }

    /// <summary>How many of <paramref name="picks"/> picks went to each name, in name order.</summary>
    public static SortedDictionary<string, int> Shares(this ILoadBalancer balancer, int picks) =>
        new(balancer.Picks(picks).GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    /// <summary>"a=100, b=100" for messages.</summary>
    public static string Describe(this IDictionary<string, int> shares) =>
        string.Join(", ", shares.Select(s => $"{s.Key}={s.Value}"));
}
