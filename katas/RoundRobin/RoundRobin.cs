using System.Diagnostics.CodeAnalysis;

namespace Katas.RoundRobin;

// Kata 2: the round-robin balancer. This is the file you edit.
// Run `./kata` (or `dotnet run --project tools/Kata`) to see which step is next and why it fails.
// The guide, README.md (한국어: README.ko.md), explains each step; Model/ holds the types you use.

/// <summary>
/// Sends each request to the next replica in turn, as YARP's RoundRobin policy does: one shared counter,
/// and the replica at <c>counter % count</c>. Unhealthy replicas are skipped and their share is spread
/// evenly over the others. Replicas can be added and removed while picks go on.
/// </summary>
/// <remarks>Safe to use from many threads at once (step 4), even while replicas come and go (step 6).</remarks>
public sealed class RoundRobinBalancer : ILoadBalancer
{
    private readonly IEnumerable<Replica> _replicas;
    private readonly IReplicaHealth? _health;
    private readonly int _firstTicket;

    /// <param name="replicas">The replicas, in the order of the rotation. The balancer keeps its own copy.</param>
    /// <param name="health">Says which replicas may receive requests (step 3); every replica is healthy when null.</param>
    /// <param name="firstTicket">
    /// Where the rotation's counter starts (step 4). 0 makes the first pick the first replica. A fleet of
    /// balancers that restart together can start at random tickets so that they do not all hit the same
    /// replica first.
    /// </param>
    /// <exception cref="ArgumentException">A replica is null (step 2), or two replicas have the same name (step 6).</exception>
    public RoundRobinBalancer(IEnumerable<Replica> replicas, IReplicaHealth? health = null, int firstTicket = 0)
    {
        _replicas = replicas;
        _health = health;
        _firstTicket = firstTicket;
    }

    /// <summary>Step 6: the replicas in the pool now, healthy or not, in the order of the rotation.</summary>
    public IReadOnlyList<Replica> Replicas =>
        throw new NotImplementedException("Step 6: write RoundRobinBalancer.Replicas. / 6단계: RoundRobinBalancer.Replicas를 구현하세요.");

    /// <summary>
    /// Chooses the replica for the next request: the first replica first, then the next one each time,
    /// and round again. Returns false, with <paramref name="replica"/> null, when no replica is available.
    /// </summary>
    public bool TryPick([NotNullWhen(true)] out Replica? replica) =>
        throw new NotImplementedException("Step 1: write RoundRobinBalancer.TryPick. / 1단계: RoundRobinBalancer.TryPick을 구현하세요.");

    /// <summary>Step 6: adds <paramref name="replica"/> at the end of the rotation.</summary>
    /// <exception cref="ArgumentException">A replica with the same name is already in the pool.</exception>
    public void Add(Replica replica) =>
        throw new NotImplementedException("Step 6: write RoundRobinBalancer.Add. / 6단계: RoundRobinBalancer.Add를 구현하세요.");

    /// <summary>Step 6: removes the replica named <paramref name="name"/>; false when there is none.</summary>
    public bool Remove(string name) =>
        throw new NotImplementedException("Step 6: write RoundRobinBalancer.Remove. / 6단계: RoundRobinBalancer.Remove를 구현하세요.");
}

/// <summary>
/// Smooth weighted round-robin exactly as nginx does it: a replica of weight 5 among two of weight 1
/// gets 5 of every 7 requests, spread out (a, a, b, a, c, a, a) instead of in a burst (a, a, a, a, a, b, c).
/// </summary>
/// <remarks>Safe to use from many threads at once.</remarks>
public sealed class SmoothWeightedBalancer : ILoadBalancer
{
    private readonly IEnumerable<Replica> _replicas;
    private readonly IReplicaHealth? _health;

    /// <param name="replicas">The replicas with their weights, in order: ties go to the earlier one.</param>
    /// <param name="health">Says which replicas may receive requests; every replica is healthy when null.</param>
    /// <exception cref="ArgumentException">A replica is null, or two replicas have the same name.</exception>
    public SmoothWeightedBalancer(IEnumerable<Replica> replicas, IReplicaHealth? health = null)
    {
        _replicas = replicas;
        _health = health;
    }

    /// <summary>The replicas, healthy or not, in their order.</summary>
    public IReadOnlyList<Replica> Replicas =>
        throw new NotImplementedException("Step 5: write SmoothWeightedBalancer.Replicas. / 5단계: SmoothWeightedBalancer.Replicas를 구현하세요.");

    /// <summary>
    /// Chooses the replica for the next request by nginx's smooth weighted rule. Returns false, with
    /// <paramref name="replica"/> null, when no replica is available.
    /// </summary>
    public bool TryPick([NotNullWhen(true)] out Replica? replica) =>
        throw new NotImplementedException("Step 5: write SmoothWeightedBalancer.TryPick. / 5단계: SmoothWeightedBalancer.TryPick을 구현하세요.");
}

/// <summary>
/// Passive health as nginx keeps it with <c>max_fails</c> and <c>fail_timeout</c>: no probes, only the
/// outcome of real requests. <c>maxFails</c> failures, each within <c>failTimeout</c> of the one before,
/// take a replica out for <c>failTimeout</c>; after that it gets requests again, and one more failure
/// takes it out again. A success forgets the failures.
/// </summary>
/// <remarks>Safe to use from many threads at once: the balancer reads it on every pick.</remarks>
public sealed class PassiveHealth : IReplicaHealth
{
    /// <summary>nginx's default <c>max_fails</c>.</summary>
    public const int DefaultMaxFails = 1;

    /// <summary>nginx's default <c>fail_timeout</c>.</summary>
    public static readonly TimeSpan DefaultFailTimeout = TimeSpan.FromSeconds(10);

    private readonly TimeProvider _time;
    private readonly int _maxFails;
    private readonly TimeSpan _failTimeout;

    /// <param name="timeProvider">The clock of failures and timeouts; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="maxFails">Failures that take a replica out (nginx <c>max_fails</c>, default 1).</param>
    /// <param name="failTimeout">How long it stays out, and how close failures must be to add up (nginx <c>fail_timeout</c>, default 10s).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxFails"/> is less than 1, or <paramref name="failTimeout"/> is not positive.</exception>
    public PassiveHealth(TimeProvider? timeProvider = null, int maxFails = DefaultMaxFails, TimeSpan? failTimeout = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _maxFails = maxFails;
        _failTimeout = failTimeout ?? DefaultFailTimeout;
    }

    /// <summary>Step 7: true unless <paramref name="replica"/> has been taken out and its time out has not passed.</summary>
    public bool IsHealthy(Replica replica) =>
        throw new NotImplementedException("Step 7: write PassiveHealth.IsHealthy. / 7단계: PassiveHealth.IsHealthy를 구현하세요.");

    /// <summary>Step 7: records a failed request to <paramref name="replica"/>: refused, reset, timed out.</summary>
    public void ReportFailure(Replica replica) =>
        throw new NotImplementedException("Step 7: write PassiveHealth.ReportFailure. / 7단계: PassiveHealth.ReportFailure를 구현하세요.");

    /// <summary>Step 7: records a request that <paramref name="replica"/> answered: its failures are forgotten.</summary>
    public void ReportSuccess(Replica replica) =>
        throw new NotImplementedException("Step 7: write PassiveHealth.ReportSuccess. / 7단계: PassiveHealth.ReportSuccess를 구현하세요.");
}

/// <summary>
/// Sends GET requests through a balancer, the way nginx's <c>proxy_pass</c> to an upstream does: a
/// replica that cannot be reached is reported to <see cref="PassiveHealth"/> and the request goes to the
/// next one, each replica at most once per request.
/// </summary>
/// <remarks>
/// The answer is always a response, never an exception for a dead replica: 503 when no replica is
/// available, 502 when every replica tried has failed. Only the caller's cancellation is thrown.
/// </remarks>
public sealed class FailoverClient
{
    private readonly HttpClient _client;
    private readonly ILoadBalancer _balancer;
    private readonly PassiveHealth _health;

    /// <param name="client">Sends the requests. Its timeout bounds every attempt.</param>
    /// <param name="balancer">Chooses the replica of every attempt; it should read <paramref name="health"/>.</param>
    /// <param name="health">Learns from every attempt which replicas fail.</param>
    public FailoverClient(HttpClient client, ILoadBalancer balancer, PassiveHealth health)
    {
        _client = client;
        _balancer = balancer;
        _health = health;
    }

    /// <summary>
    /// Step 7: GETs <paramref name="pathAndQuery"/> from a replica. A transport error moves the request on
    /// to the next replica; an HTTP answer, whatever its status, is the response.
    /// </summary>
    /// <param name="pathAndQuery">Relative to the replica's address, for example <c>orders/42</c>.</param>
    /// <returns>The replica's response; 503 when no replica is available; 502 when every replica tried failed.</returns>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Step 7: write FailoverClient.GetAsync. / 7단계: FailoverClient.GetAsync를 구현하세요.");
}
