namespace Katas.HealthChecker;

// Kata 1: the health checker. This is the file you edit.
// Run `./kata` (or `dotnet run --project tools/Kata`) to see which step is next and why it fails.
// The guide, README.md (한국어: README.ko.md), explains each step; Model/ holds the types you use.

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
    public static HttpProbe CreateDefault(TimeProvider? timeProvider = null) =>
        throw new NotImplementedException("Step 7: write HttpProbe.CreateDefault. / 7단계: HttpProbe.CreateDefault를 구현하세요.");

    /// <summary>Probes <paramref name="target"/> once.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is zero, negative or above <see cref="MaxTimeout"/>.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled (a timeout is a result, not an exception).</exception>
    public Task<ProbeResult> ProbeAsync(Uri target, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Step 1: write HttpProbe.ProbeAsync. / 1단계: HttpProbe.ProbeAsync를 구현하세요.");
}

/// <summary>
/// Turns a stream of probe results into a state, the way Kubernetes' prober does: the state changes
/// only when a run of equal results reaches its threshold, and a different result starts a new run.
/// </summary>
/// <remarks>Not thread-safe: one tracker belongs to one probe loop.</remarks>
public sealed class ProbeTracker
{
    public ProbeTracker(ProbeKind kind, ProbeThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        Kind = kind;
        Thresholds = thresholds;
    }

    public ProbeKind Kind { get; }

    public ProbeThresholds Thresholds { get; }

    /// <summary>The state after the results recorded so far.</summary>
    public ProbeState State =>
        throw new NotImplementedException("Step 3: write ProbeTracker.State. / 3단계: ProbeTracker.State를 구현하세요.");

    /// <summary>Records one probe result and returns the state after it.</summary>
    public ProbeState Record(bool success) =>
        throw new NotImplementedException("Step 3: write ProbeTracker.Record. / 3단계: ProbeTracker.Record를 구현하세요.");
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
        _probe = probe;
        _maxConcurrency = maxConcurrency;
    }

    /// <summary>Probes every target once; the results come in the order of <paramref name="targets"/>.</summary>
    public Task<IReadOnlyList<TargetResult>> CheckAllAsync(
        IReadOnlyList<Target> targets, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Step 4: write FleetChecker.CheckAllAsync. / 4단계: FleetChecker.CheckAllAsync를 구현하세요.");
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
        throw new NotImplementedException("Step 5: write HealthReport.Status. / 5단계: HealthReport.Status를 구현하세요.");

    /// <summary>The status code a health endpoint answers with: 503 when unhealthy, else 200.</summary>
    public int HttpStatusCode =>
        throw new NotImplementedException("Step 5: write HealthReport.HttpStatusCode. / 5단계: HealthReport.HttpStatusCode를 구현하세요.");

    /// <summary>
    /// Builds a report from probe results. A healthy probe is a Healthy entry; a failed one takes its
    /// target's <see cref="Target.FailureStatus"/>. The probes ran concurrently, so the total duration
    /// is the longest probe.
    /// </summary>
    /// <exception cref="ArgumentException">Two results have the same target name.</exception>
    public static HealthReport FromResults(IReadOnlyList<TargetResult> results) =>
        throw new NotImplementedException("Step 5: write HealthReport.FromResults. / 5단계: HealthReport.FromResults를 구현하세요.");
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
        _startedAt = startedAt;
        _startPeriod = startPeriod;
        _retries = retries;
    }

    public ContainerHealthStatus Status =>
        throw new NotImplementedException("Step 6: write ContainerHealth.Status. / 6단계: ContainerHealth.Status를 구현하세요.");

    /// <summary>Failures in a row since the last success.</summary>
    public int FailingStreak =>
        throw new NotImplementedException("Step 6: write ContainerHealth.FailingStreak. / 6단계: ContainerHealth.FailingStreak를 구현하세요.");

    /// <summary>Records the result of a probe that began at <paramref name="probeStartedAt"/>.</summary>
    public ContainerHealthStatus Record(bool success, DateTimeOffset probeStartedAt) =>
        throw new NotImplementedException("Step 6: write ContainerHealth.Record. / 6단계: ContainerHealth.Record를 구현하세요.");
}
