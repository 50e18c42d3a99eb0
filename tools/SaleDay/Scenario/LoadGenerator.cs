using System.Diagnostics;

namespace Katas.SaleDay.Scenario;

/// <summary>
/// Customers: sends the schedule's requests at their moment, whether or not earlier ones were answered
/// (an open loop, like real users), and counts what became of each one. A customer waits at most the
/// plan's patience; a request that is not answered with 200 by then has failed.
/// </summary>
internal sealed class LoadGenerator(SaleDayPlan plan, TrafficSchedule schedule)
{
    /// <param name="send">Sends one request; true when it was answered with 200.</param>
    /// <param name="replicas">The replicas paid for right now.</param>
    public async Task<IReadOnlyList<SecondStats>> RunAsync(
        string scenario,
        Func<CancellationToken, Task<bool>> send,
        Func<int> replicas,
        ScenarioEvents events,
        IProgress<LiveStatus>? progress,
        CancellationToken cancellationToken)
    {
        var seconds = Enumerable.Range(0, (int)Math.Ceiling(plan.Length.TotalSeconds)).Select(_ => new SecondStats()).ToArray();
        var requests = new List<Task>();
        var clock = Stopwatch.StartNew();
        string? lastEvent = null;

        for (var tick = 0; tick < schedule.Ticks; tick++)
        {
            var due = tick * TrafficSchedule.Tick;
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }

            events.Run(due);
            var second = seconds[(int)due.TotalSeconds];
            var count = schedule.RequestsIn(tick);
            second.RecordSent(count);
            second.RecordReplicas(replicas());
            for (var i = 0; i < count; i++)
            {
                // Customers arrive through the tick, not all at its first millisecond.
                requests.Add(SendOneAsync(send, second, TrafficSchedule.Tick * i / count, cancellationToken));
            }

            if (tick % 5 == 0)
            {
                progress?.Report(new LiveStatus(
                    scenario, due, plan.Length, plan.RateAt(due), replicas(),
                    seconds.Sum(s => s.Sent), seconds.Sum(s => s.Served), lastEvent));
            }
        }

        await Task.WhenAll(requests).ConfigureAwait(false);
        await events.WhenAllDoneAsync().ConfigureAwait(false);
        return seconds;
    }

    private async Task SendOneAsync(Func<CancellationToken, Task<bool>> send, SecondStats second, TimeSpan arrival, CancellationToken cancellationToken)
    {
        // Leave the tick loop at once: the request runs on its own, from its moment in the tick.
        await Task.Yield();
        if (arrival > TimeSpan.Zero)
        {
            await Task.Delay(arrival, cancellationToken).ConfigureAwait(false);
        }

        var started = Stopwatch.GetTimestamp();
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(plan.CustomerPatience);
        try
        {
            if (await send(patience.Token).ConfigureAwait(false))
            {
                second.RecordServed(Stopwatch.GetElapsedTime(started));
            }
            else
            {
                second.RecordError();
            }
        }
        catch (HttpRequestException)
        {
            // Refused, reset, or no replica left: the customer got an error page.
            second.RecordError();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            second.RecordTimeout();
        }
    }
}
