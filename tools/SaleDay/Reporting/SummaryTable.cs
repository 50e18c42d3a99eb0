using System.Globalization;
using Katas.SaleDay.Scenario;
using Spectre.Console;

namespace Katas.SaleDay.Reporting;

/// <summary>The end of the day, side by side: every figure comes from requests the client counted.</summary>
internal static class SummaryTable
{
    public static Table Build(IReadOnlyList<ScenarioResult> results, SaleDayTexts texts)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(texts.SummaryTitle);
        table.AddColumn("");
        foreach (var result in results)
        {
            table.AddColumn(new TableColumn(Markup.Escape(texts.NameOf(result.Name))).RightAligned());
        }

        foreach (var (label, value) in Rows(texts))
        {
            table.AddRow([label, .. results.Select(value)]);
        }

        return table;
    }

    /// <summary>The same figures as plain lines, for logs and for the specs that check them.</summary>
    public static IEnumerable<string> Lines(ScenarioResult result) => Lines(result, SaleDayTexts.English);

    /// <summary>The figures as plain lines, with the run's name and the labels in <paramref name="texts"/>' language.</summary>
    public static IEnumerable<string> Lines(ScenarioResult result, SaleDayTexts texts) =>
        Rows(texts).Select(row => $"{texts.NameOf(result.Name)} | {row.Label} | {Markup.Remove(row.Value(result))}");

    private static IEnumerable<(string Label, Func<ScenarioResult, string> Value)> Rows(SaleDayTexts texts) =>
    [
        (texts.RequestsSent, r => N(r.Sent)),
        (texts.Served200, r => N(r.Served)),
        (texts.Failed, r => r.Failed == 0 ? "[green]0[/]" : $"[red]{N(r.Failed)}[/] " + SaleDayTexts.Format(texts.FailedWhy, N(r.Errors), N(r.TimedOut))),
        (texts.Availability, r => r.Availability >= 99.9 ? $"[green]{P(r.Availability)}[/]" : $"[red]{P(r.Availability)}[/]"),
        (texts.P95Latency, r => $"{r.P95Latency.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"),
        (texts.Downtime, r => r.DowntimeSeconds == 0 ? "[green]0[/]" : $"[red]{r.DowntimeSeconds}[/]"),
        (texts.PeakReplicas, r => N(r.PeakReplicas)),
        (texts.ReplicaHours, r => r.ReplicaHours.ToString("0.0", CultureInfo.InvariantCulture)),
        (texts.Cost, r => "$" + r.Cost.ToString("0.00", CultureInfo.InvariantCulture)),
        (texts.Restarts, r => N(r.Restarts)),
        (texts.DriftFoundFixed, r => $"{r.DriftFound} / {r.DriftFixed}"),
        (texts.ServedDrifted, r => r.ServedWithDriftedConfig == 0 ? "0" : $"[red]{N(r.ServedWithDriftedConfig)}[/]"),
    ];

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string P(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + " %";
}
