using System.Text;
using Katas.DriftChecker;

namespace Katas.SaleDay.Orchestration;

/// <summary>
/// Configuration management, done with kata 4: read every replica's /config, find the drifted ones
/// against the majority, and bring them back to the baseline.
/// </summary>
/// <param name="fixedReplica">Told the name of each replica whose configuration was set back.</param>
internal sealed class DriftLoop(FleetReplicaSet replicas, Func<IReadOnlyList<string>> running, TimeSpan timeout, Action<string>? fixedReplica = null)
{
    private readonly ConfigCollector _collector = ConfigCollector.CreateDefault();
    private readonly DriftDetector _detector = new(DriftRules.Default);
    private readonly HashSet<string> _found = new(StringComparer.Ordinal);
    private int _fixed;

    public int Found
    {
        get
        {
            lock (_found)
            {
                return _found.Count;
            }
        }
    }

    public int Fixed => Volatile.Read(ref _fixed);

    public async Task CheckOnceAsync(CancellationToken cancellationToken)
    {
        var sources = running()
            .Select(name => (Name: name, Backend: replicas.BackendOf(name)))
            .Where(r => r.Backend is not null)
            .Select(r => new ConfigSource(r.Name, r.Backend!.ConfigUri))
            .ToArray();
        if (sources.Length < 2)
        {
            return;
        }

        var configs = await _collector.CollectAsync(sources, timeout, cancellationToken).ConfigureAwait(false);
        var report = _detector.CheckFleet(configs);
        foreach (var drifted in report.Servers.Where(s => s.Status == DriftStatus.Modified))
        {
            lock (_found)
            {
                _found.Add(drifted.Server);
            }

            // The plan for this server, applied: its configuration becomes the baseline again.
            if (replicas.BackendOf(drifted.Server) is { } backend)
            {
                backend.Config = Render(report.Baseline);
                Interlocked.Increment(ref _fixed);
                fixedReplica?.Invoke(drifted.Server);
            }
        }
    }

    private static string Render(IReadOnlyDictionary<string, string> settings)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in settings.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append(" = ").Append(value).Append('\n');
        }

        return text.ToString();
    }
}
