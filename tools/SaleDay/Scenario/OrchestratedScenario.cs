using System.Collections.Concurrent;
using System.Net;
using Katas.Fleet;
using Katas.RoundRobin;
using Katas.SaleDay.Orchestration;
using Katas.SaleDay.Reporting;
using Katas.Scaler;

namespace Katas.SaleDay.Scenario;

/// <summary>
/// The same day with the four katas in charge: the health checker probes the replicas and restarts a
/// crashed one, the round robin spreads the requests and steps around failures, the autoscaler follows
/// the load, and the drift checker brings a drifted server back. Every piece is the student's code (or
/// the reference solution's).
/// </summary>
internal static class OrchestratedScenario
{
    public const string Name = "Health checks + balancer + scaler + drift checks";

    /// <summary>How a backend of the fleet begins its answer to a unit of work: "served by web-3".</summary>
    private const string ServedByPrefix = "served by ";

    /// <param name="texts">The language of the line a failed control loop round prints.</param>
    public static async Task<ScenarioResult> RunAsync(SaleDayPlan plan, IProgress<LiveStatus>? progress, SaleDayTexts texts, CancellationToken cancellationToken)
    {
        await using var fleet = await Fleet.Fleet.StartAsync(0, cancellationToken: cancellationToken).ConfigureAwait(false);
        var replicaSet = new FleetReplicaSet(fleet, plan);
        var passive = new PassiveHealth(failTimeout: plan.PassiveFailTimeout);
        var readiness = new ReadinessHealth(passive);
        var balancer = new RoundRobinBalancer([], readiness);
        var bounds = new ScaleBounds(plan.MinReplicas, plan.MaxReplicas);
        var controller = new ReplicaController(replicaSet, new BalancerMembership(balancer, replicaSet), bounds, drainTimeout: plan.QueueTimeout * 2);
        var autoscaler = new HorizontalAutoscaler(new AutoscalerSettings(bounds, plan.TargetUtilization)
        {
            ScaleDownStabilizationWindow = plan.ScaleDownStabilization,
        });
        await controller.ScaleToAsync(plan.MinReplicas, cancellationToken).ConfigureAwait(false);

        IReadOnlyList<string> Running() => [.. controller.Replicas.Select(r => r.Name)];
        var health = new HealthLoop(replicaSet, Running, readiness, plan.ProbeTimeout);
        var meter = new UtilizationMeter(plan.ReplicaCapacity);
        // The replicas serving a drifted configuration right now: drifted by the scenario, until fixed.
        var drifted = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var servedWithDrift = 0;
        var drift = new DriftLoop(replicaSet, Running, plan.ProbeTimeout * 2, fixedReplica: name => drifted.TryRemove(name, out _));

        using var stopLoops = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var loops = new[]
        {
            Every(plan.ProbePeriod, health.CheckOnceAsync, texts, stopLoops.Token),
            Every(plan.DriftCheckPeriod, drift.CheckOnceAsync, texts, stopLoops.Token),
            Every(plan.AutoscalerPeriod, token => ScaleAsync(controller, autoscaler, replicaSet, meter, token), texts, stopLoops.Token),
        };

        var events = new ScenarioEvents();
        events.At(plan.DriftAt, () =>
        {
            // The second replica missed the last update.
            if (Running().Skip(1).FirstOrDefault() is { } name && replicaSet.BackendOf(name) is { } backend)
            {
                drifted[name] = true;
                backend.Config = SaleDayPlan.DriftedConfig;
            }

            return Task.CompletedTask;
        });
        events.At(plan.CrashAt, () => Running().FirstOrDefault() is { } name && replicaSet.BackendOf(name) is { } backend
            ? backend.CrashAsync()
            : Task.CompletedTask);

        using var client = Clients.Create(plan);
        var failover = new FailoverClient(client, balancer, passive);
        IReadOnlyList<SecondStats> seconds;
        try
        {
            seconds = await new LoadGenerator(plan, new TrafficSchedule(plan)).RunAsync(
                Name,
                async token =>
                {
                    using var response = await failover.GetAsync("work", token).ConfigureAwait(false);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        return false;
                    }

                    // The answer names its replica ("served by web-3"): count it when that replica is drifted,
                    // as the single container's run counts its answers after the drift.
                    if (!drifted.IsEmpty && ServedBy(await response.Content.ReadAsStringAsync(token).ConfigureAwait(false)) is { } name
                        && drifted.ContainsKey(name))
                    {
                        Interlocked.Increment(ref servedWithDrift);
                    }

                    return true;
                },
                replicas: () => controller.Replicas.Count,
                events,
                progress,
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await stopLoops.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(loops).ConfigureAwait(false);
        }

        return new ScenarioResult(Name, seconds)
        {
            DriftFound = drift.Found,
            DriftFixed = drift.Fixed,
            ServedWithDriftedConfig = Volatile.Read(ref servedWithDrift),
            Restarts = health.Restarts,
        };
    }

    /// <summary>The replica named in a work answer of the fleet: "served by web-3".</summary>
    private static string? ServedBy(string body) =>
        body.StartsWith(ServedByPrefix, StringComparison.Ordinal) ? body[ServedByPrefix.Length..].TrimEnd() : null;

    /// <summary>One sync of the autoscaler: the replicas' utilization since the last sync gives the desired count.</summary>
    private static async Task ScaleAsync(ReplicaController controller, HorizontalAutoscaler autoscaler, FleetReplicaSet replicaSet, UtilizationMeter meter, CancellationToken cancellationToken)
    {
        var backends = controller.Replicas.Select(r => replicaSet.BackendOf(r.Name)).OfType<Backend>().Where(b => b.IsRunning).ToArray();
        if (backends.Length == 0)
        {
            return;
        }

        var utilization = meter.Read(backends);
        var desired = autoscaler.Recommend(controller.Replicas.Count, utilization);
        if (desired != controller.Replicas.Count)
        {
            await controller.ScaleToAsync(desired, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="action"/> every <paramref name="period"/> until cancelled; a failed round is reported and the loop goes on.</summary>
    private static async Task Every(TimeSpan period, Func<CancellationToken, Task> action, SaleDayTexts texts, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await action(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidOperationException)
                {
                    await Console.Error.WriteLineAsync(SaleDayTexts.Format(texts.RoundFailed, exception.Message)).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The day is over: the loop stops.
        }
    }
}
