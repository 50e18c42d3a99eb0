using Katas.SaleDay.Load;
using Katas.SaleDay.Reporting;
using Katas.SaleDay.Scenario;

namespace Katas.SaleDay.Tests;

/// <summary>
/// The capstone's promise, checked with real requests on 127.0.0.1 and the reference solutions: through
/// the 100x spike and the crash the orchestrated fleet keeps 99.9 % of requests, the single container
/// visibly does not.
/// </summary>
public sealed class SaleDayTests
{
    private static readonly SaleDayPlan s_plan = new();

    [Fact]
    public async Task The_orchestrated_fleet_keeps_the_shop_up_and_the_single_container_does_not()
    {
        var single = await SingleContainerScenario.RunAsync(s_plan, progress: null, TestContext.Current.CancellationToken);
        var orchestrated = await OrchestratedScenario.RunAsync(s_plan, progress: null, SaleDayTexts.English, TestContext.Current.CancellationToken);
        var report = string.Join('\n', new[] { single, orchestrated }.SelectMany(SummaryTable.Lines));

        var traffic = new TrafficSchedule(s_plan).Total;
        Assert.Equal(traffic, single.Sent);
        Assert.Equal(traffic, orchestrated.Sent);

        Assert.True(orchestrated.Availability >= 99.9, $"The orchestrated fleet served {orchestrated.Availability:0.00} % of the requests; it must keep 99.9 %.\n{report}");
        Assert.Equal(0, orchestrated.DowntimeSeconds);
        Assert.True(orchestrated.Restarts >= 1, "The crashed replica was never restarted by the health checks.\n" + report);
        Assert.True(orchestrated.DriftFound >= 1 && orchestrated.DriftFixed >= 1, "The drifted server was not found and fixed.\n" + report);
        Assert.True(orchestrated.PeakReplicas > s_plan.MinReplicas, "The autoscaler never scaled out for the spike.\n" + report);

        Assert.True(single.Availability < 90, $"The single container served {single.Availability:0.00} %: the spike should overwhelm it.\n{report}");
        Assert.True(single.DowntimeSeconds > 0, "The single container was never down, not even after its crash.\n" + report);
        Assert.True(single.ServedWithDriftedConfig > 0, "Nobody watches the single container's configuration: its drift should show.\n" + report);
        Assert.Equal(0, single.DriftFixed);
        Assert.True(
            orchestrated.ServedWithDriftedConfig < single.ServedWithDriftedConfig,
            "The drift checks should cut the requests served with a drifted config.\n" + report);
    }

    [Fact]
    public void The_same_seed_gives_the_same_traffic_and_another_seed_another()
    {
        var first = new TrafficSchedule(s_plan);
        var again = new TrafficSchedule(s_plan);
        var other = new TrafficSchedule(s_plan with { Seed = 7 });

        Assert.Equal(Enumerable.Range(0, first.Ticks).Select(first.RequestsIn), Enumerable.Range(0, again.Ticks).Select(again.RequestsIn));
        Assert.NotEqual(Enumerable.Range(0, first.Ticks).Select(first.RequestsIn), Enumerable.Range(0, other.Ticks).Select(other.RequestsIn));
    }

    [Fact]
    public void The_traffic_grows_100x_during_the_sale()
    {
        var schedule = new TrafficSchedule(s_plan);
        int PerSecond(TimeSpan at) => Enumerable.Range((int)(at / TrafficSchedule.Tick), 10).Sum(schedule.RequestsIn);

        var normal = PerSecond(TimeSpan.FromSeconds(1));
        var peak = PerSecond(TimeSpan.FromSeconds(20));

        Assert.InRange(normal, 8, 12);
        Assert.InRange(peak, 900, 1100);
    }

    [Fact]
    public async Task Every_kata_of_the_reference_build_is_ready_for_the_day()
    {
        Assert.Empty(await KataReadiness.MissingPiecesAsync());
    }

    [Fact]
    public async Task A_short_load_through_the_round_robin_has_no_error_and_leaks_no_socket()
    {
        using var output = new StringWriter();

        var result = await LoadTest.MeasureAsync(rate: 500, TimeSpan.FromSeconds(3), replicas: 3, output, TestContext.Current.CancellationToken);

        Assert.Equal(1500, result.Sent);
        Assert.True(result.Failed == 0, $"{result.Failed} requests failed:\n{output}");
        Assert.False(result.Leaked, $"Sockets leaked:\n{output}");
        Assert.Contains("Rate:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_draws_a_chart_per_run_and_the_summary()
    {
        var seconds = Enumerable.Range(0, 3).Select(_ => new SecondStats()).ToArray();
        seconds[1].RecordSent(10);
        seconds[1].RecordServed(TimeSpan.FromMilliseconds(5));
        seconds[1].RecordReplicas(2);
        var result = new ScenarioResult("Run <one>", seconds);

        var html = HtmlReport.Render(s_plan, [result]);

        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Run &lt;one&gt;</h2>", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<svg "));
        Assert.Contains("<td>Availability</td><td>10.00 %</td>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Sale day: one container against an orchestrated fleet</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_korean_report_names_the_runs_and_the_figures_in_korean()
    {
        var seconds = Enumerable.Range(0, 3).Select(_ => new SecondStats()).ToArray();
        seconds[1].RecordSent(10);
        seconds[1].RecordServed(TimeSpan.FromMilliseconds(5));
        var result = new ScenarioResult(OrchestratedScenario.Name, seconds);

        var html = HtmlReport.Render(s_plan, [result], SaleDayTexts.Korean);

        Assert.Contains("<html lang=\"ko\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2>헬스 체크 + 로드밸런서 + 스케일러 + 드리프트 검사</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td>가용성</td><td>10.00 %</td>", html, StringComparison.Ordinal);
        Assert.Contains(">크래시</text>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Availability", html, StringComparison.Ordinal);
        Assert.DoesNotContain(OrchestratedScenario.Name, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sale_day_sentence_has_a_korean_text_with_the_same_values()
    {
        var sentences = typeof(SaleDayTexts).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && p.GetMethod!.IsStatic is false && p.Name != nameof(SaleDayTexts.HtmlLanguage))
            .ToArray();

        Assert.True(sentences.Length > 40, $"{sentences.Length} sentences");
        Assert.All(sentences, sentence =>
        {
            var english = (string)sentence.GetValue(SaleDayTexts.English)!;
            var korean = (string)sentence.GetValue(SaleDayTexts.Korean)!;
            Assert.True(korean.Any(c => c is >= '\uAC00' and <= '\uD7A3'), $"{sentence.Name} has no Korean text: '{korean}'");
            Assert.Equal(Values(english), Values(korean));
        });
    }

    /// <summary>The format items of a sentence ({0}, {1:0}...) and Spectre's markup tags, in order of their number.</summary>
    private static string[] Values(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+[^}]*\}|\[/?[a-z]*\]").Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();
}
