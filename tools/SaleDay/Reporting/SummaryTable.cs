using System.Globalization;
using Katas.SaleDay.Scenario;
using Spectre.Console;

namespace Katas.SaleDay.Reporting;

/// <summary>The end of the day, side by side: every figure comes from requests the client counted.</summary>
internal static class SummaryTable
{
    public static Table Build(IReadOnlyList<ScenarioResult> results)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("The sale day, two ways");
        table.AddColumn("");
        foreach (var result in results)
        {
            table.AddColumn(new TableColumn(Markup.Escape(result.Name)).RightAligned());
        }

        foreach (var (label, value) in Rows())
        {
            table.AddRow([label, .. results.Select(value)]);
        }

        return table;
    }

    /// <summary>The same figures as plain lines, for logs and for the specs that check them.</summary>
    public static IEnumerable<string> Lines(ScenarioResult result) =>
        Rows().Select(row => $"{result.Name} | {row.Label} | {Markup.Remove(row.Value(result))}");

    private static IEnumerable<(string Label, Func<ScenarioResult, string> Value)> Rows() =>
    [
        ("Requests sent", r => N(r.Sent)),
        ("Served (200)", r => N(r.Served)),
        ("Failed", r => r.Failed == 0 ? "[green]0[/]" : $"[red]{N(r.Failed)}[/] ({N(r.Errors)} errors, {N(r.TimedOut)} gave up)"),
        ("Availability", r => r.Availability >= 99.9 ? $"[green]{P(r.Availability)}[/]" : $"[red]{P(r.Availability)}[/]"),
        ("p95 latency", r => $"{r.P95Latency.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"),
        ("Downtime (minutes of the day)", r => r.DowntimeSeconds == 0 ? "[green]0[/]" : $"[red]{r.DowntimeSeconds}[/]"),
        ("Peak replicas", r => N(r.PeakReplicas)),
        ("Replica-hours", r => r.ReplicaHours.ToString("0.0", CultureInfo.InvariantCulture)),
        ("Cost", r => "$" + r.Cost.ToString("0.00", CultureInfo.InvariantCulture)),
        ("Restarts after the crash", r => N(r.Restarts)),
        ("Drift found / fixed", r => $"{r.DriftFound} / {r.DriftFixed}"),
        ("Served with a drifted config", r => r.ServedWithDriftedConfig == 0 ? "0" : $"[red]{N(r.ServedWithDriftedConfig)}[/]"),
    ];

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string P(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + " %";
}
