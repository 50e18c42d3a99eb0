using System.Globalization;
using System.Net.Sockets;

namespace Katas.HealthChecker;

/// <summary>
/// Probes one HTTP target: GET the URL, and call it healthy when it answers 200-399 within the timeout
/// (Kubernetes' httpGet probe). Every failure becomes an unhealthy <see cref="ProbeResult"/>, never an
/// exception; only the caller's own cancellation is thrown.
/// </summary>
public sealed class HttpProbe
{
    /// <summary>The longest a probe's HTTP client may wait, whatever timeout a probe asks for.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _client;
    private readonly TimeProvider _time;

    /// <param name="client">Sends the probe requests. Its own <see cref="HttpClient.Timeout"/> is not the probe's timeout.</param>
    /// <param name="timeProvider">Measures durations and timeouts; <see cref="TimeProvider.System"/> when null.</param>
    public HttpProbe(HttpClient client, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Step 7: a probe with an HTTP client set up for real servers.</summary>
    public static HttpProbe CreateDefault(TimeProvider? timeProvider = null)
    {
        var handler = new SocketsHttpHandler
        {
            // A redirect is an answer: Kubernetes counts 3xx as success. Following it could take the
            // probe to another server and report that server's health instead.
            AllowAutoRedirect = false,
            // The probe's own timeout cancels a slow connect; this cap holds even for a caller that never cancels.
            ConnectTimeout = MaxTimeout,
            // Probes go straight to the target, never through a proxy that could answer for it.
            // Stryker disable once Boolean : no proxy is set where the specs run, so a proxy that is allowed is never used.
            UseProxy = false,
        };

        // Stryker disable once Initializer : the cap only shows on a probe that outlives 30s, which its own timeout never allows.
        return new HttpProbe(new HttpClient(handler) { Timeout = MaxTimeout }, timeProvider);
    }

    /// <summary>Probes <paramref name="target"/> once.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is zero, negative or above <see cref="MaxTimeout"/>.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled (a timeout is a result, not an exception).</exception>
    public async Task<ProbeResult> ProbeAsync(Uri target, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.IsAbsoluteUri)
        {
            throw new ArgumentException($"The target must be an absolute URL, not '{target}'.", nameof(target));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(timeout, MaxTimeout);

        var started = _time.GetTimestamp();

        // The timeout runs on the probe's clock, so a test can move time forward instead of waiting.
        using var timeoutSource = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);

        // A new connection for every probe, as the kubelet's prober does (pkg/probe/http sets
        // DisableKeepAlives): a pooled connection can still answer for a server that no longer accepts
        // new ones, and a probe that reuses it calls that server healthy.
        using var request = new HttpRequestMessage(HttpMethod.Get, target);
        request.Headers.ConnectionClose = true;

        try
        {
            // Headers are enough to know the status; the body is never read.
            using var response = await _client
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token)
                .ConfigureAwait(false);
            return ProbeResult.Answered((int)response.StatusCode, _time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The probe's timeout, or the client's own (HttpClient.Timeout) when that is the shorter one:
            // either way no answer came in time, which is a result, not an exception.
            var waited = timeoutSource.IsCancellationRequested ? timeout : _client.Timeout;
            return ProbeResult.Failed("timed out after " + FormatSeconds(waited), _time.GetElapsedTime(started));
        }
        catch (HttpRequestException exception)
        {
            return ProbeResult.Failed(Describe(exception), _time.GetElapsedTime(started));
        }
    }

    private static string Describe(HttpRequestException exception) =>
        exception.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused }
            ? "connection refused"
            : exception.Message;

    // Stryker disable once String : "0.###" and the default format differ only below a millisecond.
    private static string FormatSeconds(TimeSpan timeout) =>
        timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
}

/// <summary>
/// Turns a stream of probe results into a state, the way Kubernetes' prober does: the state changes
/// only when a run of equal results reaches its threshold, and a different result starts a new run.
/// </summary>
/// <remarks>Not thread-safe: one tracker belongs to one probe loop.</remarks>
public sealed class ProbeTracker
{
    private ProbeState _lastResult = ProbeState.Unknown;
    private int _run;

    public ProbeTracker(ProbeKind kind, ProbeThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (kind != ProbeKind.Readiness && thresholds.SuccessThreshold != 1)
        {
            // Kubernetes rejects such a probe: one success is enough to know a container is alive or started.
            throw new ArgumentException($"A {kind} probe must have a success threshold of 1, not {thresholds.SuccessThreshold}.", nameof(thresholds));
        }

        Kind = kind;
        Thresholds = thresholds;
        State = kind switch
        {
            ProbeKind.Readiness => ProbeState.Failure,
            ProbeKind.Liveness => ProbeState.Success,
            ProbeKind.Startup => ProbeState.Unknown,
            // Stryker disable once String : the words of the message for a value outside the enum are not checked.
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown probe kind."),
        };
    }

    public ProbeKind Kind { get; }

    public ProbeThresholds Thresholds { get; }

    /// <summary>The state after the results recorded so far.</summary>
    public ProbeState State { get; private set; }

    /// <summary>Records one probe result and returns the state after it.</summary>
    public ProbeState Record(bool success)
    {
        var result = success ? ProbeState.Success : ProbeState.Failure;
        if (result == _lastResult)
        {
            _run++;
        }
        else
        {
            _lastResult = result;
            _run = 1;
        }

        var threshold = success ? Thresholds.SuccessThreshold : Thresholds.FailureThreshold;
        if (_run >= threshold)
        {
            State = result;
        }

        return State;
    }
}

/// <summary>
/// Probes many targets at once: checking N targets takes about one timeout, not N, and never more than
/// <c>maxConcurrency</c> probes are in flight.
/// </summary>
public sealed class FleetChecker
{
    /// <summary>The default bound on probes in flight.</summary>
    public const int DefaultMaxConcurrency = 8;

    private readonly HttpProbe _probe;
    private readonly int _maxConcurrency;

    public FleetChecker(HttpProbe probe, int maxConcurrency = DefaultMaxConcurrency)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        _probe = probe;
        _maxConcurrency = maxConcurrency;
    }

    /// <summary>Probes every target once; the results come in the order of <paramref name="targets"/>.</summary>
    public async Task<IReadOnlyList<TargetResult>> CheckAllAsync(
        IReadOnlyList<Target> targets, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targets);

        var results = new TargetResult[targets.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxConcurrency, CancellationToken = cancellationToken };

        // Each worker writes only its own slot, so the array needs no lock and keeps the input order.
        await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), options, async (index, token) =>
        {
            var target = targets[index];
            results[index] = new TargetResult(target, await _probe.ProbeAsync(target.Uri, timeout, token).ConfigureAwait(false));
        }).ConfigureAwait(false);

        return results;
    }
}

/// <summary>
/// The result of checking a set of targets, with the semantics of ASP.NET Core's HealthReport: the
/// overall status is the worst entry, an empty report is healthy, and only Unhealthy maps to HTTP 503.
/// </summary>
public sealed class HealthReport
{
    public HealthReport(IReadOnlyDictionary<string, HealthReportEntry> entries, TimeSpan totalDuration)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        TotalDuration = totalDuration;
    }

    /// <summary>One entry per target, by name.</summary>
    public IReadOnlyDictionary<string, HealthReportEntry> Entries { get; }

    /// <summary>How long the whole check took.</summary>
    public TimeSpan TotalDuration { get; }

    /// <summary>The worst status of all entries; <see cref="HealthStatus.Healthy"/> when there are none.</summary>
    public HealthStatus Status =>
        Entries.Count == 0 ? HealthStatus.Healthy : Entries.Values.Min(entry => entry.Status);

    /// <summary>The status code a health endpoint answers with: 503 when unhealthy, else 200.</summary>
    public int HttpStatusCode => Status == HealthStatus.Unhealthy ? 503 : 200;

    /// <summary>
    /// Builds a report from probe results. A healthy probe is a Healthy entry; a failed one takes its
    /// target's <see cref="Target.FailureStatus"/>. The probes ran concurrently, so the total duration
    /// is the longest probe.
    /// </summary>
    /// <exception cref="ArgumentException">Two results have the same target name.</exception>
    public static HealthReport FromResults(IReadOnlyList<TargetResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);

        var entries = new Dictionary<string, HealthReportEntry>(results.Count, StringComparer.Ordinal);
        var total = TimeSpan.Zero;
        foreach (var (target, result) in results)
        {
            var status = result.IsHealthy ? HealthStatus.Healthy : target.FailureStatus;
            if (!entries.TryAdd(target.Name, new HealthReportEntry(status, result.Reason, result.Duration)))
            {
                throw new ArgumentException($"Two targets are named '{target.Name}'; names in a report must be unique.", nameof(results));
            }

            // Stryker disable once Equality : > and >= give the same longest duration.
            total = result.Duration > total ? result.Duration : total;
        }

        return new HealthReport(entries, total);
    }
}

/// <summary>
/// The health of one container as Docker's HEALTHCHECK keeps it: Starting until the first success;
/// a success makes it Healthy and resets the failing streak; a failure adds to the streak, and a streak
/// of <c>retries</c> makes it Unhealthy. While the container is still Starting, failures of probes that
/// began inside the start period do not count.
/// </summary>
public sealed class ContainerHealth
{
    private readonly DateTimeOffset _startedAt;
    private readonly TimeSpan _startPeriod;
    private readonly int _retries;

    /// <param name="startedAt">When the container started.</param>
    /// <param name="startPeriod">How long after the start failures do not count (Docker's --start-period).</param>
    /// <param name="retries">Failures in a row that make the container unhealthy (Docker's --retries).</param>
    public ContainerHealth(DateTimeOffset startedAt, TimeSpan startPeriod, int retries = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startPeriod, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(retries, 1);
        _startedAt = startedAt;
        _startPeriod = startPeriod;
        _retries = retries;
    }

    public ContainerHealthStatus Status { get; private set; } = ContainerHealthStatus.Starting;

    /// <summary>Failures in a row since the last success.</summary>
    public int FailingStreak { get; private set; }

    /// <summary>Records the result of a probe that began at <paramref name="probeStartedAt"/>.</summary>
    public ContainerHealthStatus Record(bool success, DateTimeOffset probeStartedAt)
    {
        if (success)
        {
            FailingStreak = 0;
            Status = ContainerHealthStatus.Healthy;
            return Status;
        }

        var insideStartPeriod = probeStartedAt - _startedAt < _startPeriod;
        if (Status == ContainerHealthStatus.Starting && insideStartPeriod)
        {
            // Still booting: a failure now says nothing about the application yet.
            return Status;
        }

        FailingStreak++;
        if (FailingStreak >= _retries)
        {
            Status = ContainerHealthStatus.Unhealthy;
        }

        return Status;
    }
}
