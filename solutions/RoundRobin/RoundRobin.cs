using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace Katas.RoundRobin;

/// <summary>
/// Sends each request to the next replica in turn, as YARP's RoundRobin policy does: one shared counter,
/// and the replica at <c>counter % count</c>. Unhealthy replicas are skipped and their share is spread
/// evenly over the others. Replicas can be added and removed while picks go on.
/// </summary>
/// <remarks>
/// A pick takes no lock and allocates nothing: it runs on every request of every thread. Only
/// <see cref="Add"/> and <see cref="Remove"/> take a lock, and only against each other.
/// </remarks>
public sealed class RoundRobinBalancer : ILoadBalancer
{
    // Above this many replicas the healthy indexes of a pick go to a pooled array instead of the stack.
    private const int MaxStackReplicas = 128;

    private readonly IReplicaHealth? _health;
    private readonly Lock _membershipLock = new();

    // Copy-on-write: a pick reads one array and never sees it change. Add and Remove publish a new one.
    private Replica[] _replicas;

    // The ticket of the next pick. Interlocked.Increment hands every pick its own ticket; it wraps from
    // int.MaxValue to int.MinValue after 2^31 picks, which the mask in TryPick makes harmless.
    private int _counter;

    /// <param name="replicas">The replicas, in the order of the rotation. The balancer keeps its own copy.</param>
    /// <param name="health">Says which replicas may receive requests; every replica is healthy when null.</param>
    /// <param name="firstTicket">
    /// Where the rotation's counter starts. 0 (YARP) makes the first pick the first replica. A fleet of
    /// balancers that restart together can start at random tickets so that they do not all hit the same
    /// replica first (Envoy does this).
    /// </param>
    /// <exception cref="ArgumentException">A replica is null, or two replicas have the same name.</exception>
    public RoundRobinBalancer(IEnumerable<Replica> replicas, IReplicaHealth? health = null, int firstTicket = 0)
    {
        ArgumentNullException.ThrowIfNull(replicas);
        var copy = replicas.ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var replica in copy)
        {
            if (replica is null)
            {
                // Stryker disable once String : the specs check the kind of exception and its ParamName; these words are not part of the contract.
                throw new ArgumentException("The replicas must not contain null.", nameof(replicas));
            }

            if (!names.Add(replica.Name))
            {
                throw new ArgumentException($"Two replicas are named '{replica.Name}'; names must be unique.", nameof(replicas));
            }
        }

        _replicas = copy;
        _health = health;
        _counter = firstTicket;
    }

    /// <inheritdoc />
    public IReadOnlyList<Replica> Replicas => Array.AsReadOnly(Volatile.Read(ref _replicas));

    /// <inheritdoc />
    public bool TryPick([NotNullWhen(true)] out Replica? replica)
    {
        // One snapshot for the whole pick: a concurrent Add or Remove cannot change its length under us.
        var replicas = Volatile.Read(ref _replicas);
        if (replicas.Length == 0)
        {
            // YARP answers 503 here and nginx 502 "no live upstreams": no replica is a result, not a crash.
            replica = null;
            return false;
        }

        if (_health is null)
        {
            replica = replicas[NextIndex(replicas.Length)];
            return true;
        }

        // Rotate over the healthy replicas only, so that a dead replica's share is spread evenly over the
        // others; stepping to the dead one's neighbour instead would give that neighbour twice the load.
        int[]? rented = null;
        // Stryker disable once all : the stack or a pooled array is a matter of allocation; the picks are the same.
        Span<int> healthy = replicas.Length <= MaxStackReplicas
            ? stackalloc int[replicas.Length]
            : (rented = ArrayPool<int>.Shared.Rent(replicas.Length));
        try
        {
            var count = 0;
            for (var i = 0; i < replicas.Length; i++)
            {
                if (_health.IsHealthy(replicas[i]))
                {
                    healthy[count++] = i;
                }
            }

            if (count == 0)
            {
                // Every replica is down: the same answer as an empty pool, and no ticket is used up.
                replica = null;
                return false;
            }

            replica = replicas[healthy[NextIndex(count)]];
            return true;
        }
        finally
        {
            if (rented is not null)
            {
                // Stryker disable once all : an array not returned to the pool is garbage, not a wrong pick.
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Step 6: adds <paramref name="replica"/> at the end of the rotation.</summary>
    /// <exception cref="ArgumentException">A replica with the same name is already in the pool.</exception>
    public void Add(Replica replica)
    {
        ArgumentNullException.ThrowIfNull(replica);

        // Writers take turns so that two Adds cannot both copy the same old array and lose one replica.
        // Picks never wait for this lock: they read whichever array was published last.
        lock (_membershipLock)
        {
            var current = _replicas;
            if (Array.Exists(current, r => r.Name == replica.Name))
            {
                throw new ArgumentException($"A replica named '{replica.Name}' is already in the pool.", nameof(replica));
            }

            Volatile.Write(ref _replicas, [.. current, replica]);
        }
    }

    /// <summary>Step 6: removes the replica named <paramref name="name"/>; false when there is none.</summary>
    public bool Remove(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_membershipLock)
        {
            var current = _replicas;
            var index = Array.FindIndex(current, r => r.Name == name);
            if (index < 0)
            {
                return false;
            }

            Volatile.Write(ref _replicas, [.. current.AsSpan(0, index), .. current.AsSpan(index + 1)]);
            return true;
        }
    }

    private int NextIndex(int count)
    {
        // Increment returns the new value: minus 1 makes the first ticket the counter's start (0 -> the
        // first replica). The mask drops the sign bit, so after the counter wraps to int.MinValue the
        // index is still 0..count-1; a plain % of a negative number is negative.
        var ticket = Interlocked.Increment(ref _counter) - 1;
        return (ticket & 0x7FFFFFFF) % count;
    }
}

/// <summary>
/// Smooth weighted round-robin exactly as nginx does it: a replica of weight 5 among two of weight 1
/// gets 5 of every 7 requests, spread out (a, a, b, a, c, a, a) instead of in a burst (a, a, a, a, a, b, c).
/// </summary>
/// <remarks>
/// Every pick updates the running weight of every replica, so picks take turns under a lock (nginx avoids
/// it by giving each worker process its own state). The weights never change: nginx also lowers the
/// effective weight of a failing server, which this balancer leaves to <see cref="IReplicaHealth"/>.
/// </remarks>
public sealed class SmoothWeightedBalancer : ILoadBalancer
{
    private readonly Replica[] _replicas;
    private readonly IReplicaHealth? _health;
    private readonly Lock _lock = new();

    // nginx's current_weight of each replica, by index.
    private readonly long[] _current;

    /// <param name="replicas">The replicas with their weights, in order: ties go to the earlier one.</param>
    /// <param name="health">Says which replicas may receive requests; every replica is healthy when null.</param>
    /// <exception cref="ArgumentException">A replica is null, or two replicas have the same name.</exception>
    public SmoothWeightedBalancer(IEnumerable<Replica> replicas, IReplicaHealth? health = null)
    {
        ArgumentNullException.ThrowIfNull(replicas);
        _replicas = replicas.ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var replica in _replicas)
        {
            if (replica is null)
            {
                // Stryker disable once String : the specs check the kind of exception and its ParamName; these words are not part of the contract.
                throw new ArgumentException("The replicas must not contain null.", nameof(replicas));
            }

            if (!names.Add(replica.Name))
            {
                throw new ArgumentException($"Two replicas are named '{replica.Name}'; names must be unique.", nameof(replicas));
            }
        }

        _health = health;
        _current = new long[_replicas.Length];
    }

    /// <inheritdoc />
    public IReadOnlyList<Replica> Replicas => new ReadOnlyCollection<Replica>(_replicas);

    /// <inheritdoc />
    public bool TryPick([NotNullWhen(true)] out Replica? replica)
    {
        lock (_lock)
        {
            // ngx_http_upstream_get_peer: every usable replica earns its weight, the richest is chosen
            // (strict >, so the earliest wins a tie) and pays back the total. Over one round of
            // sum(weights) picks every replica is chosen exactly weight times, interleaved.
            var best = -1;
            long total = 0;
            for (var i = 0; i < _replicas.Length; i++)
            {
                if (_health is not null && !_health.IsHealthy(_replicas[i]))
                {
                    // A down replica neither earns nor is counted in the total, as in nginx.
                    continue;
                }

                _current[i] += _replicas[i].Weight;
                total += _replicas[i].Weight;
                if (best < 0 || _current[i] > _current[best])
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                replica = null;
                return false;
            }

            _current[best] -= total;
            replica = _replicas[best];
            return true;
        }
    }
}

/// <summary>
/// Passive health as nginx keeps it with <c>max_fails</c> and <c>fail_timeout</c>: no probes, only the
/// outcome of real requests. <c>maxFails</c> failures, each within <c>failTimeout</c> of the one before,
/// take a replica out for <c>failTimeout</c>; after that it gets requests again, and one more failure
/// takes it out again. A success forgets the failures.
/// </summary>
public sealed class PassiveHealth : IReplicaHealth
{
    /// <summary>nginx's default <c>max_fails</c>.</summary>
    public const int DefaultMaxFails = 1;

    /// <summary>nginx's default <c>fail_timeout</c>.</summary>
    public static readonly TimeSpan DefaultFailTimeout = TimeSpan.FromSeconds(10);

    private readonly TimeProvider _time;
    private readonly int _maxFails;
    private readonly TimeSpan _failTimeout;

    // By replica name. A replica never seen is healthy; reads (every pick) take no lock.
    private readonly ConcurrentDictionary<string, FailureRecord> _failures = new(StringComparer.Ordinal);

    /// <param name="timeProvider">The clock of failures and timeouts; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="maxFails">Failures that take a replica out (nginx <c>max_fails</c>, default 1).</param>
    /// <param name="failTimeout">How long it stays out, and how close failures must be to add up (nginx <c>fail_timeout</c>, default 10s).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxFails"/> is less than 1, or <paramref name="failTimeout"/> is not positive.</exception>
    public PassiveHealth(TimeProvider? timeProvider = null, int maxFails = DefaultMaxFails, TimeSpan? failTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFails, 1);
        var timeout = failTimeout ?? DefaultFailTimeout;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(failTimeout));

        _time = timeProvider ?? TimeProvider.System;
        _maxFails = maxFails;
        _failTimeout = timeout;
    }

    /// <inheritdoc />
    public bool IsHealthy(Replica replica)
    {
        ArgumentNullException.ThrowIfNull(replica);
        if (!_failures.TryGetValue(replica.Name, out var record) || record.Fails < _maxFails)
        {
            return true;
        }

        // Out for fail_timeout after the failure that took it out; then it gets requests again.
        return _time.GetUtcNow() - record.LastFailure >= _failTimeout;
    }

    /// <summary>Records a failed request to <paramref name="replica"/>: refused, reset, timed out.</summary>
    public void ReportFailure(Replica replica)
    {
        ArgumentNullException.ThrowIfNull(replica);
        var now = _time.GetUtcNow();

        _failures.AddOrUpdate(
            replica.Name,
            static (_, now) => new FailureRecord(1, now),
            (_, record, now) => record.Fails < _maxFails && now - record.LastFailure >= _failTimeout
                // A failure long after the previous one starts a new count: only failures close
                // together mean the replica is down, not one bad request an hour.
                ? new FailureRecord(1, now)
                // A replica that was taken out and fails again on its return goes straight back out.
                : new FailureRecord(record.Fails + 1, now),
            now);
    }

    /// <summary>Records a request that <paramref name="replica"/> answered: its failures are forgotten.</summary>
    public void ReportSuccess(Replica replica)
    {
        ArgumentNullException.ThrowIfNull(replica);
        _failures.TryRemove(replica.Name, out _);
    }

    private sealed record FailureRecord(int Fails, DateTimeOffset LastFailure);
}

/// <summary>
/// Sends GET requests through a balancer, the way nginx's <c>proxy_pass</c> to an upstream does: a
/// replica that cannot be reached is reported to <see cref="PassiveHealth"/> and the request goes to the
/// next one (<c>proxy_next_upstream error</c>), each replica at most once per request.
/// </summary>
/// <remarks>
/// The answer is always a response, never an exception for a dead replica: 503 when no replica is
/// available (YARP), 502 when every replica tried has failed (nginx). Only the caller's cancellation is thrown.
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
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(balancer);
        ArgumentNullException.ThrowIfNull(health);
        _client = client;
        _balancer = balancer;
        _health = health;
    }

    /// <summary>
    /// GETs <paramref name="pathAndQuery"/> from a replica. A transport error moves the request on to the
    /// next replica; an HTTP answer, whatever its status, is the response.
    /// </summary>
    /// <param name="pathAndQuery">Relative to the replica's address, for example <c>orders/42</c>.</param>
    /// <returns>The replica's response; 503 when no replica is available; 502 when every replica tried failed.</returns>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public async Task<HttpResponseMessage> GetAsync(string pathAndQuery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);

        // Each replica at most once per request, as nginx does; the pool's size bounds the attempts.
        var attempts = _balancer.Replicas.Count;
        HashSet<string>? tried = null;
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            if (!_balancer.TryPick(out var replica))
            {
                // Stryker disable once Statement : asking a balancer that has no replica again changes nothing; the answer is the same 503.
                break;
            }

            tried ??= new HashSet<string>(StringComparer.Ordinal);
            if (!tried.Add(replica.Name))
            {
                // Still healthy after failing once (maxFails > 1): do not try it twice for one request.
                continue;
            }

            try
            {
                var response = await _client
                    .GetAsync(new Uri(replica.Address, pathAndQuery), HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                    .ConfigureAwait(false);

                // Any HTTP answer means the replica is alive. A 500 is the application's answer: nginx
                // passes it on unless told otherwise (proxy_next_upstream error timeout).
                _health.ReportSuccess(replica);
                return response;
            }
            catch (HttpRequestException)
            {
                // Refused, reset, closed mid-request: the replica could not answer. GET is idempotent,
                // so the next replica may safely get the same request.
                _health.ReportFailure(replica);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The client's own timeout: the replica did not answer in time (proxy_next_upstream timeout).
                _health.ReportFailure(replica);
            }
        }

        // Stryker disable once String : the status code is the contract; the words of an answer the client made up are not checked.
        return tried is null
            ? Synthesized(HttpStatusCode.ServiceUnavailable, "No backend available")
            : Synthesized(HttpStatusCode.BadGateway, "Every backend tried failed");
    }

    // Stryker disable once String : as above, the words are not checked.
    private static HttpResponseMessage Synthesized(HttpStatusCode status, string reason) =>
        new(status) { ReasonPhrase = reason, Content = new StringContent(reason + "\n") };
}
