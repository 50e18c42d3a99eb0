using System.Globalization;
using System.Text;

namespace Katas.Scaler;

/// <summary>Formats simulation results as a Markdown table, the same text on every machine.</summary>
public static class CostTable
{
    /// <summary>
    /// One heading line (<paramref name="title"/>) and one row per result: requests, dropped (and their
    /// share), p95 wait, peak replicas, replica-hours and cost.
    /// </summary>
    public static string Format(string title, IEnumerable<SimulationResult> results)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(results);

        var culture = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.Append("### ").Append(title).Append('\n').Append('\n');
        table.Append("| Strategy | Requests | Dropped | p95 wait | Peak replicas | Replica-hours | Cost |\n");
        table.Append("|:--|--:|--:|--:|--:|--:|--:|\n");
        foreach (var result in results)
        {
            var share = result.Requests == 0 ? 0m : 100m * result.Dropped / result.Requests;
            table.Append("| ").Append(result.Strategy)
                .Append(" | ").Append(result.Requests.ToString("N0", culture))
                .Append(" | ").Append(result.Dropped.ToString("N0", culture)).Append(" (").Append(share.ToString("0.00", culture)).Append("%)")
                .Append(" | ").Append(result.P95Wait.TotalSeconds.ToString("0", culture)).Append(" s")
                .Append(" | ").Append(result.PeakReplicas.ToString(culture))
                .Append(" | ").Append(result.ReplicaHours.ToString("N1", culture))
                .Append(" | $").Append(result.Cost.ToString("N2", culture))
                .Append(" |\n");
        }

        return table.ToString();
    }
}
