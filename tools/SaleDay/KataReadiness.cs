using Katas.DriftChecker;
using Katas.HealthChecker;
using Katas.RoundRobin;
using Katas.Scaler;

namespace Katas.SaleDay;

/// <summary>
/// Before the sale day: does each kata do what the day needs? A stub still throwing
/// NotImplementedException is named with its step, so the student knows what is left instead of seeing
/// the day crash.
/// </summary>
internal static class KataReadiness
{
    public static async Task<IReadOnlyList<string>> MissingPiecesAsync()
    {
        var missing = new List<string>();
        // Each kata is tried in the order of its steps, so a missing piece is named by its earliest step.
        await TryAsync(missing, "HealthChecker", async () =>
        {
            using var client = new HttpClient(new StubHandler()) { Timeout = TimeSpan.FromSeconds(5) };
            var probe = new HttpProbe(client);
            _ = await probe.ProbeAsync(new Uri("http://a.test/"), TimeSpan.FromSeconds(1));
            _ = new ProbeTracker(ProbeKind.Liveness, ProbeThresholds.Kubernetes).Record(true);
            _ = await new FleetChecker(probe, 1).CheckAllAsync([new Target("a", new Uri("http://a.test/"))], TimeSpan.FromSeconds(1));
            _ = HealthReport.FromResults([]).Status;
            _ = HttpProbe.CreateDefault();
        });
        await TryAsync(missing, "RoundRobin", async () =>
        {
            var health = new PassiveHealth();
            var balancer = new RoundRobinBalancer([new Katas.RoundRobin.Replica("a", new Uri("http://a.test/"))], health);
            _ = balancer.TryPick(out _);
            balancer.Add(new Katas.RoundRobin.Replica("b", new Uri("http://b.test/")));
            _ = balancer.Remove("b");
            health.ReportSuccess(balancer.Replicas[0]);
            using var client = new HttpClient(new StubHandler()) { Timeout = TimeSpan.FromSeconds(5) };
            using var response = await new FailoverClient(client, balancer, health).GetAsync("work");
        });
        await TryAsync(missing, "Scaler", () =>
        {
            var bounds = new ScaleBounds(1, 3);
            _ = new ReplicaController(new NoReplicas(), new NoBalancer(), bounds).Replicas;
            _ = new HorizontalAutoscaler(new AutoscalerSettings(bounds, 50)).Recommend(1, 50);
            return Task.CompletedTask;
        });
        await TryAsync(missing, "DriftChecker", () =>
        {
            var config = ConfigParser.Parse("check", "version = 1.2\n", ConfigFormat.Conf);
            _ = new DriftDetector(DriftRules.Default).CheckFleet([ServerConfig.Of("a", config), ServerConfig.Of("b", config)]);
            _ = ConfigCollector.CreateDefault();
            return Task.CompletedTask;
        });
        return missing;
    }

    private static async Task TryAsync(List<string> missing, string kata, Func<Task> use)
    {
        try
        {
            await use();
        }
        catch (NotImplementedException exception)
        {
            missing.Add($"{kata}: {exception.Message}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Written, but not working yet: the day would crash on it in front of the class.
            missing.Add($"{kata}: {exception.GetType().Name}: {exception.Message}");
        }
    }

    /// <summary>Answers every request with 200 without a network: enough to see whether the code runs.</summary>
    private sealed class StubHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
    }

    private sealed class NoReplicas : IReplicaSet
    {
        public Task<Katas.Scaler.Replica> StartAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The readiness check starts no replica.");

        public Task StopAsync(Katas.Scaler.Replica replica, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class NoBalancer : IBalancerMembership
    {
        public void Add(Katas.Scaler.Replica replica)
        {
        }

        public bool Remove(Katas.Scaler.Replica replica) => false;

        public Task WhenDrainedAsync(Katas.Scaler.Replica replica, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
