using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Katas.Fleet;
using Katas.RoundRobin;

namespace Katas.SaleDay.Load;

/// <summary>What a load test measured.</summary>
/// <param name="Rate">Requests served per second, from the first request sent to the last one answered.</param>
/// <param name="Leaked">The process holds more sockets after the run than before it.</param>
internal sealed record LoadResult(int Sent, int Served, double Rate, bool Leaked)
{
    public int Failed => Sent - Served;
}

/// <summary>
/// A sustained load through the round robin of kata 2 to a fleet of real backends: the given rate for
/// the given time, open loop. It passes when every request is answered 200, the rate is kept, and the
/// sockets of the process come back to where they started (no leak).
/// </summary>
internal static class LoadTest
{
    private const int BackendCapacity = 256;

    private static readonly TimeSpan s_tick = TimeSpan.FromMilliseconds(10);

    /// <summary>Runs the load, prints what it measured, and returns 0 when it passed.</summary>
    public static async Task<int> RunAsync(int rate, TimeSpan duration, int replicas, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await MeasureAsync(rate, duration, replicas, output, cancellationToken).ConfigureAwait(false);
        var passed = result.Failed == 0 && !result.Leaked && result.Rate >= rate * 0.98;
        output.WriteLine(passed ? "PASS: no errors, the rate was kept, no socket leaked." : "FAIL: see above.");
        return passed ? 0 : 1;
    }

    public static async Task<LoadResult> MeasureAsync(int rate, TimeSpan duration, int replicas, TextWriter output, CancellationToken cancellationToken)
    {
        var socketsBefore = SocketCount.Now();
        var sent = 0;
        var served = 0;
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var latencies = new ConcurrentBag<double>();
        var peakSockets = socketsBefore ?? 0;
        var clock = new Stopwatch();
        var answered = TimeSpan.Zero;

        await using (var fleet = await Fleet.Fleet.StartAsync(replicas, i => new BackendOptions
        {
            Name = $"web-{i + 1}",
            Latency = TimeSpan.FromMilliseconds(2),
            Capacity = BackendCapacity,
            QueueTimeout = TimeSpan.FromSeconds(1),
        }, cancellationToken).ConfigureAwait(false))
        {
            var health = new PassiveHealth();
            var balancer = new RoundRobinBalancer(fleet.Backends.Select(b => new Replica(b.Name, b.BaseAddress)), health);
            using var client = new HttpClient(new SocketsHttpHandler
            {
                // As many connections to a backend as it works on requests at once: beyond that a request
                // waits here rather than opening one more socket, and a load far beyond the fleet fails
                // its requests instead of running the process out of file descriptors.
                MaxConnectionsPerServer = BackendCapacity,
                ConnectTimeout = TimeSpan.FromSeconds(2),
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                UseProxy = false,
            })
            {
                Timeout = TimeSpan.FromSeconds(5),
            };
            var failover = new FailoverClient(client, balancer, health);

            output.WriteLine($"Sending {rate} requests a second for {duration.TotalSeconds:0}s through the round robin to {replicas} backends on 127.0.0.1...");
            var requests = new List<Task>(rate * (int)Math.Ceiling(duration.TotalSeconds));
            var ticks = (int)(duration / s_tick);
            // The rate is measured from the first request to the last answer: a sender that falls behind
            // sends late, and a fleet that falls behind answers late, and either makes this longer.
            clock.Start();
            var carry = 0.0;
            for (var tick = 0; tick < ticks; tick++)
            {
                var wait = tick * s_tick - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                }

                var exact = rate * s_tick.TotalSeconds + carry;
                var count = (int)exact;
                carry = exact - count;
                for (var i = 0; i < count; i++)
                {
                    Interlocked.Increment(ref sent);
                    requests.Add(SendAsync());
                }

                if (tick % 100 == 0)
                {
                    peakSockets = Math.Max(peakSockets, SocketCount.Now() ?? 0);
                    if (tick % 1000 == 0 && tick > 0)
                    {
                        output.WriteLine($"  {clock.Elapsed.TotalSeconds,4:0}s  sent {sent,8:N0}  served {Volatile.Read(ref served),8:N0}  sockets {SocketCount.Now()?.ToString(CultureInfo.InvariantCulture) ?? "n/a"}");
                    }
                }
            }

            await Task.WhenAll(requests).ConfigureAwait(false);
            answered = clock.Elapsed;

            async Task SendAsync()
            {
                await Task.Yield();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await failover.GetAsync("work", cancellationToken).ConfigureAwait(false);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref served);
                        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                    else
                    {
                        failures.AddOrUpdate("HTTP " + (int)response.StatusCode, 1, (_, n) => n + 1);
                    }
                }
                catch (HttpRequestException exception)
                {
                    failures.AddOrUpdate(exception.Message, 1, (_, n) => n + 1);
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    failures.AddOrUpdate("timed out", 1, (_, n) => n + 1);
                }
            }
        }

        // Closed connections leave their descriptors a moment later; give the runtime a beat to let go.
        await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
        var socketsAfter = SocketCount.Now();
        var sorted = latencies.Order().ToArray();
        var p95 = sorted.Length == 0 ? 0 : sorted[(int)Math.Ceiling(sorted.Length * 0.95) - 1];
        var achieved = served / Math.Max(duration.TotalSeconds, answered.TotalSeconds);
        var leaked = socketsBefore is int before && socketsAfter is int after && after > before + 4;
        var failed = sent - served;

        output.WriteLine();
        output.WriteLine($"Requests: {sent:N0} sent, {served:N0} served (200), {failed:N0} failed");
        foreach (var (reason, count) in failures.OrderByDescending(f => f.Value).Take(5))
        {
            output.WriteLine($"  {count,8:N0}  {reason}");
        }

        output.WriteLine($"Rate:     {achieved:0} served per second, {served:N0} in {answered.TotalSeconds:0.00}s from the first request to the last answer (asked for {rate} for {duration.TotalSeconds:0}s)");
        output.WriteLine($"Latency:  p95 {p95:0.0} ms");
        output.WriteLine($"Sockets:  {Show(socketsBefore)} before, {peakSockets} at most during the run, {Show(socketsAfter)} after{(leaked ? "  <- LEAK" : "")}");

        return new LoadResult(sent, served, achieved, leaked);
    }

    private static string Show(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "n/a";
}
