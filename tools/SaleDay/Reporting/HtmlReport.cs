using System.Globalization;
using System.Net;
using System.Text;
using Katas.SaleDay.Scenario;

namespace Katas.SaleDay.Reporting;

/// <summary>
/// A self-contained HTML page with one chart per run (traffic, failures and replicas over the day, as
/// inline SVG) and the summary table: something to project in class or attach to a report.
/// </summary>
internal static class HtmlReport
{
    private const int Width = 760;
    private const int Height = 260;
    private const int Margin = 44;

    public static string Render(SaleDayPlan plan, IReadOnlyList<ScenarioResult> results) => Render(plan, results, SaleDayTexts.English);

    public static string Render(SaleDayPlan plan, IReadOnlyList<ScenarioResult> results, SaleDayTexts texts)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!doctype html>
            <html lang="{{texts.HtmlLanguage}}"><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(texts.ReportTitle)}}</title>
            <style>
              body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
              table { border-collapse: collapse; margin: 1rem 0; }
              th, td { border: 1px solid #ccc; padding: .3rem .7rem; text-align: right; }
              th:first-child, td:first-child { text-align: left; }
              .legend span { margin-right: 1.2rem; }
            </style></head><body>
            <h1>{{WebUtility.HtmlEncode(texts.ReportHeading)}}</h1>
            """);
        html.Append("<p>").Append(WebUtility.HtmlEncode(SaleDayTexts.Format(texts.ReportIntro, plan.Seed, plan.NormalRate, plan.PeakRate, plan.CrashAt.TotalSeconds, plan.DriftAt.TotalSeconds))).Append("</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"legend\"><span style=\"color:#1f77b4\">■ {texts.LegendSent}</span><span style=\"color:#d62728\">■ {texts.LegendFailed}</span><span style=\"color:#2ca02c\">■ {texts.LegendReplicas}</span></p>");
        foreach (var result in results)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{WebUtility.HtmlEncode(texts.NameOf(result.Name))}</h2>");
            html.Append(Chart(result, plan, texts));
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{texts.Summary}</h2><table><tr><th></th>");
        foreach (var result in results)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{WebUtility.HtmlEncode(texts.NameOf(result.Name))}</th>");
        }

        html.Append("</tr>");
        foreach (var row in results.SelectMany(result => SummaryTable.Lines(result, texts)).Select(l => l.Split(" | ")).GroupBy(parts => parts[1]))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{WebUtility.HtmlEncode(row.Key)}</td>");
            foreach (var cell in row)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td>{WebUtility.HtmlEncode(cell[2])}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table></body></html>\n");
        return html.ToString();
    }

    private static string Chart(ScenarioResult result, SaleDayPlan plan, SaleDayTexts texts)
    {
        var seconds = result.Seconds;
        var maxRate = Math.Max(1, seconds.Max(s => s.Sent));
        var maxReplicas = Math.Max(plan.MaxReplicas, seconds.Max(s => s.Replicas));
        double X(int second) => Margin + (Width - 2 * Margin) * second / (double)Math.Max(1, seconds.Count - 1);
        double YRate(int value) => Height - Margin + (2 * Margin - Height) * value / (double)maxRate;
        double YReplicas(int value) => Height - Margin + (2 * Margin - Height) * value / (double)maxReplicas;
        string Line(Func<SecondStats, int> value, Func<int, double> y, string color) =>
            $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{string.Join(' ', seconds.Select((s, i) => Point(X(i), y(value(s)))))}\"/>";

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" role=\"img\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Margin}\" y1=\"{Height - Margin}\" x2=\"{Width - Margin}\" y2=\"{Height - Margin}\" stroke=\"#999\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Margin}\" y1=\"{Margin}\" x2=\"{Margin}\" y2=\"{Height - Margin}\" stroke=\"#999\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"{Margin - 8}\" font-size=\"11\">{maxRate} req/s</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Margin - 60}\" y=\"{Margin - 8}\" font-size=\"11\">{SaleDayTexts.Format(texts.ChartReplicas, maxReplicas)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2 - 40}\" y=\"{Height - 10}\" font-size=\"11\">{texts.ChartMinute}</text>");
        var crash = X((int)plan.CrashAt.TotalSeconds);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Point(crash)}\" y1=\"{Margin}\" x2=\"{Point(crash)}\" y2=\"{Height - Margin}\" stroke=\"#d62728\" stroke-dasharray=\"4 3\"/><text x=\"{Point(crash + 4)}\" y=\"{Margin + 12}\" font-size=\"11\" fill=\"#d62728\">{texts.ChartCrash}</text>");
        svg.Append(Line(s => s.Sent, YRate, "#1f77b4"));
        svg.Append(Line(s => s.Failed, YRate, "#d62728"));
        svg.Append(Line(s => s.Replicas, YReplicas, "#2ca02c"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Point(double x, double y) => Point(x) + "," + Point(y);

    private static string Point(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
