using System.Net;
using Katas.Fleet;

namespace Katas.SaleDay.Scenario;

/// <summary>
/// The shop as the lesson starts it: one container, its address in the client, nothing watching it.
/// When it crashes, a person notices after a while and restarts it by hand; when its configuration
/// drifts, nobody notices at all.
/// </summary>
internal static class SingleContainerScenario
{
    public const string Name = "Single container, manual restart";

    public static async Task<ScenarioResult> RunAsync(SaleDayPlan plan, IProgress<LiveStatus>? progress, CancellationToken cancellationToken)
    {
        await using var container = await Backend.StartAsync(
            new BackendOptions
            {
                Name = "shop",
                Latency = plan.WorkLatency,
                Capacity = plan.ReplicaCapacity,
                QueueTimeout = plan.QueueTimeout,
                Config = SaleDayPlan.DesiredConfig,
            },
            cancellationToken).ConfigureAwait(false);
        using var client = Clients.Create(plan);

        var drifted = 0;
        var servedWithDrift = 0;
        var restarts = 0;
        var events = new ScenarioEvents();
        events.At(plan.DriftAt, () =>
        {
            container.Config = SaleDayPlan.DriftedConfig;
            Volatile.Write(ref drifted, 1);
            return Task.CompletedTask;
        });
        events.At(plan.CrashAt, container.CrashAsync);
        events.At(plan.CrashAt + plan.ManualReaction, async () =>
        {
            await container.RestartAsync(cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref restarts);
        });

        var seconds = await new LoadGenerator(plan, new TrafficSchedule(plan)).RunAsync(
            Name,
            async token =>
            {
                using var response = await client.GetAsync(container.WorkUri, token).ConfigureAwait(false);
                var served = response.StatusCode == HttpStatusCode.OK;
                if (served && Volatile.Read(ref drifted) == 1)
                {
                    Interlocked.Increment(ref servedWithDrift);
                }

                return served;
            },
            // The server is paid for whether or not its container is up.
            replicas: () => 1,
            events,
            progress,
            cancellationToken).ConfigureAwait(false);

        return new ScenarioResult(Name, seconds) { ServedWithDriftedConfig = servedWithDrift, Restarts = restarts };
    }
}
