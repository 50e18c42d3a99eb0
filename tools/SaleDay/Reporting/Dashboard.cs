using Katas.SaleDay.Scenario;
using Spectre.Console;

namespace Katas.SaleDay.Reporting;

/// <summary>
/// The live view of a run: a Spectre.Console table redrawn as the replay goes on. Without a terminal
/// (output to a file, CI) it prints a line every few seconds instead.
/// </summary>
internal sealed class Dashboard(IAnsiConsole console, bool live, SaleDayTexts texts) : IProgress<LiveStatus>
{
    private readonly Lock _lock = new();
    private LiveStatus? _latest;
    private int _lastPrintedSecond = -1;

    public async Task<T> ShowAsync<T>(Func<IProgress<LiveStatus>, Task<T>> run)
    {
        if (!live)
        {
            return await run(this).ConfigureAwait(false);
        }

        T result = default!;
        await console.Live(Render(null)).AutoClear(true).StartAsync(async context =>
        {
            var running = run(this);
            while (!running.IsCompleted)
            {
                await Task.WhenAny(running, Task.Delay(250)).ConfigureAwait(false);
                LiveStatus? latest;
                lock (_lock)
                {
                    latest = _latest;
                }

                context.UpdateTarget(Render(latest));
            }

            result = await running.ConfigureAwait(false);
        }).ConfigureAwait(false);
        return result;
    }

    public void Report(LiveStatus value)
    {
        lock (_lock)
        {
            _latest = value;
        }

        var second = (int)value.Elapsed.TotalSeconds;
        if (!live && second % 6 == 0 && second != Interlocked.Exchange(ref _lastPrintedSecond, second))
        {
            console.WriteLine(SaleDayTexts.Format(texts.ProgressLine, second, value.Rate, value.Replicas, value.Sent, value.Served, Percent(value)));
        }
    }

    private Table Render(LiveStatus? status)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(status is null ? texts.Starting : texts.NameOf(status.Scenario));
        table.AddColumn(texts.SaleTime);
        table.AddColumn(texts.Traffic);
        table.AddColumn(texts.Replicas);
        table.AddColumn(texts.Sent);
        table.AddColumn(texts.Served);
        table.AddColumn(texts.AvailabilitySoFar);
        if (status is not null)
        {
            var minutes = status.Elapsed.TotalSeconds;
            var bar = new string('█', (int)(20 * status.Elapsed / status.Length)).PadRight(20, '░');
            table.AddRow(
                $"{bar} {SaleDayTexts.Format(texts.MinuteOf, minutes, status.Length.TotalSeconds)}",
                SaleDayTexts.Format(texts.PerSecond, status.Rate),
                status.Replicas.ToString(System.Globalization.CultureInfo.InvariantCulture),
                status.Sent.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                status.Served.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                Percent(status));
        }

        return table;
    }

    private static string Percent(LiveStatus status) =>
        status.Sent == 0 ? "-" : (100.0 * status.Served / status.Sent).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";
}
