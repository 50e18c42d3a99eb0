using System.Numerics;
using System.Runtime.ExceptionServices;

namespace Katas.RoundRobin.Specs;

/// <summary>
/// Runs the same body on many dedicated threads that start together, so that a read-modify-write that
/// is not atomic is caught in the act. Bounded: a body that deadlocks fails the spec instead of hanging it.
/// </summary>
internal static class Race
{
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(20);

    // A round counts when its pickers ran on two processors or more: only then can a race show. A busy
    // machine may not allow that for a while, so rounds go on, up to a bound, until enough have counted.
    private const int ContendedRounds = 3;
    private const int MaxRounds = 10;

    /// <summary>How long the threads of one round pick.</summary>
    public static TimeSpan RoundLength { get; } = TimeSpan.FromMilliseconds(200);

    /// <summary>More threads than cores, so that threads are also switched out in the middle of a pick.</summary>
    public static int Threads { get; } = Environment.ProcessorCount * 4;

    /// <summary>
    /// Calls <paramref name="round"/> (with the round's number, from 1) until three rounds have run on
    /// two processors or more, or ten rounds in all. A round returns what <see cref="Run"/> returned.
    /// </summary>
    public static void Rounds(Func<int, int> round)
    {
        var contended = 0;
        for (var number = 1; number <= MaxRounds && contended < ContendedRounds; number++)
        {
            if (round(number) >= Math.Min(2, Environment.ProcessorCount))
            {
                contended++;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> on <see cref="Threads"/> threads released together by one barrier. The
    /// body gets its thread's index and a <c>keepGoing</c> function that turns false once
    /// <paramref name="duration"/> has passed since the release: a race needs the cores to overlap for a
    /// while, however busy the machine is, and a fixed count of picks can end before a second core joins.
    /// </summary>
    /// <returns>How many different processors ran the body (as seen at each call of <c>keepGoing</c>).</returns>
    public static int Run(TimeSpan duration, Action<int, Func<bool>> body)
    {
        long deadline = 0;
        long processors = 0;
        using var barrier = new Barrier(Threads, _ => Volatile.Write(ref deadline, Environment.TickCount64 + (long)duration.TotalMilliseconds));
        bool KeepGoing()
        {
            Interlocked.Or(ref processors, 1L << (Thread.GetCurrentProcessorId() & 63));
            return Environment.TickCount64 < Volatile.Read(ref deadline);
        }

        Exception? failure = null;
        var threads = Enumerable.Range(0, Threads).Select(index => new Thread(() =>
        {
            barrier.SignalAndWait();
            try
            {
                body(index, KeepGoing);
            }
            catch (Exception exception)
            {
                Interlocked.CompareExchange(ref failure, exception, null);
            }
        })
        { IsBackground = true, Name = $"picker-{index}" }).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        var end = DateTime.UtcNow + duration + s_limit;
        foreach (var thread in threads)
        {
            var left = end - DateTime.UtcNow;
            Assert.True(
                thread.Join(left > TimeSpan.Zero ? left : TimeSpan.Zero),
                $"{Threads} threads picking at once did not finish within {(duration + s_limit).TotalSeconds}s: does a pick wait for something that never comes?");
        }

        if (failure is not null)
        {
            // The student's own exception, with its stack trace: it points at the line that failed.
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return BitOperations.PopCount((ulong)Volatile.Read(ref processors));
    }
}
