// Blocking waits as they appear in real services: health checks, pollers, gateways.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.BlockingWaits;

public sealed record Report(string Name, bool Healthy);

public sealed class HealthPoller(HttpClient client, IReadOnlyList<Uri> targets)
{
    private readonly Lock _gate = new();
    private readonly object _monitor = new();
    private readonly SemaphoreSlim _semaphore = new(1, 1);
    private readonly ReaderWriterLockSlim _rw = new();
    private Report? _last;

    public async Task<bool> ProbeAllAsync(TimeSpan timeout)
    {
        var tasks = targets.Select(t => client.GetAsync(t)).ToArray(); // SPOF003: no fix
        var finished = Task.WaitAll(tasks, timeout); // SPOF006: no fix
        Task.WaitAll(tasks, 5000); // SPOF006: no fix
        await Task.Yield();
        return finished;
    }

    public async Task ProbeEachAsync(CancellationToken token)
    {
        var tasks = targets.Select(t => client.GetAsync(t, token)).ToArray();
        Task.WaitAll(tasks); // SPOF006: fix
        Task.WaitAll(tasks, token); // SPOF006: no fix
        Task.WaitAll(tasks: tasks); // SPOF006: fix
        await Task.Yield();
    }

    public async Task<string> NameAsync(Task<Report?> report)
    {
        await Task.Yield();
        return report.Result!.Name; // SPOF006: fix
    }

    public async Task<int> LengthAsync(Task<string?> text)
    {
        await Task.Yield();
        return text.Result!.Length + text.Result?.Length ?? 0; // SPOF006: fix
    }

    public async Task ScopedAsync(Task<Report> report)
    {
        using (_gate.EnterScope())
        {
            _last = report.Result; // SPOF006: no fix
        }

        await Task.Yield();
    }

    public async Task ScopedDeclarationAsync(Task<Report> report)
    {
        await Task.Yield();
        using var scope = _gate.EnterScope();
        _last = report.Result; // SPOF006: no fix
    }

    public async Task MonitoredAsync(Task<Report> report)
    {
        await Task.Yield();
        Monitor.Enter(_monitor);
        try
        {
            _last = report.Result; // SPOF006: no fix
        }
        finally
        {
            Monitor.Exit(_monitor);
        }
    }

    public async Task EnteredWithoutTryAsync(Task<Report> report)
    {
        await Task.Yield();
        Monitor.Enter(_monitor);
        _last = report.Result; // SPOF006: no fix
        Monitor.Exit(_monitor);
    }

    public async Task LockedAsync(Task<Report> report)
    {
        await Task.Yield();
        lock (_monitor)
        {
            _last = report.Result; // SPOF006: no fix
        }
    }

    public async Task ReadLockedAsync(Task<Report> report)
    {
        await Task.Yield();
        _rw.EnterReadLock();
        try
        {
            _last = report.Result; // SPOF006: no fix
        }
        finally
        {
            _rw.ExitReadLock();
        }
    }

    // An async lock may be released on any thread: await is right here.
    public async Task SemaphoreAsync(Task<Report> report)
    {
        await _semaphore.WaitAsync();
        try
        {
            _last = report.Result; // SPOF006: fix
        }
        finally
        {
            _semaphore.Release();
        }
    }

    public async Task PauseAsync()
    {
        Thread.Sleep(millisecondsTimeout: 500); // SPOF006: fix
        Thread.Sleep(timeout: TimeSpan.FromMilliseconds(250)); // SPOF006: fix
        Thread.Sleep(Timeout.Infinite / 1000 + 100); // SPOF006: fix
        await Task.Yield();
    }

    public async Task<string> UnwrapAsync(Task<Report> report)
    {
        await Task.Yield();
        try
        {
            return report.Result.Name; // SPOF006: no fix
        }
        catch (AggregateException e) when (e.InnerException is HttpRequestException)
        {
            return "unreachable";
        }
    }

    public async Task WaitUnwrapAsync(Task report)
    {
        await Task.Yield();
        try
        {
            report.Wait(); // SPOF006: no fix
        }
        catch (AggregateException)
        {
        }
    }

    // GetResult throws the inner exception already, as await does.
    public async Task<string> GetResultAsync(Task<Report> report)
    {
        await Task.Yield();
        try
        {
            return report.GetAwaiter().GetResult().Name; // SPOF006: fix
        }
        catch (HttpRequestException)
        {
            return "unreachable";
        }
    }

    public async Task<string> BodyAsync(Uri target)
    {
        await Task.Yield();
        return client.GetAsync(target).Result.Content.ReadAsStringAsync().Result; // SPOF006: fix, SPOF003: no fix
    }

    public async Task<int> FilteredAsync(Task<int> code)
    {
        await Task.Yield();
        try
        {
            return 1;
        }
        catch (HttpRequestException) when (code.Result == 503) // SPOF006: no fix
        {
            return code.Result; // SPOF006: fix
        }
    }

    public async Task<int> SpanAsync(Task<int> size)
    {
        await Task.Yield();
        Span<byte> buffer = stackalloc byte[16];
        var count = size.Result; // SPOF006: no fix
        buffer[0] = (byte)count;
        return buffer[0];
    }

    public async Task<int> UnsafeAsync(Task<int> size)
    {
        await Task.Yield();
        unsafe
        {
            int local = size.Result; // SPOF006: no fix
            int* pointer = &local;
            return *pointer;
        }
    }

    public async Task<Report?> ConditionalAsync(Task<Report>? report)
    {
        await Task.Yield();
        return report?.Result; // SPOF006: no fix
    }

    public async Task<bool> ExpressionsAsync(Task<bool> up, Task<int> count, Task<Report> report)
    {
        await Task.Yield();
        var all = up.Result && count.Result > 2; // SPOF006: fix
        var name = report.Result switch { { Healthy: true } r => r.Name, _ => "" }; // SPOF006: fix
        var copy = report.Result with { Name = name }; // SPOF006: fix
        var items = new[] { count.Result, count.Result + 1 }; // SPOF006: fix
        var negated = !up.Result; // SPOF006: fix
        var boxed = (object)count.Result; // SPOF006: fix
        var text = $"{count.Result}"; // SPOF006: fix
        var is2 = count.Result is 2; // SPOF006: fix
        var value = up.Result ? count.Result : -count.Result; // SPOF006: fix
        _last = copy;
        return all && negated && boxed is int && text.Length > 0 && is2 && value > 0 && items.Length > 0;
    }

    public Task LambdaAsync(Task<int> count) =>
        Task.Run(async () =>
        {
            await Task.Yield();
            Console.WriteLine(count.Result); // SPOF006: fix
        });

    public async Task LocalFunctionAsync(Task<int> count)
    {
        await Task.Yield();
        await Local();

        async Task Local()
        {
            await Task.Yield();
            Console.WriteLine(count.Result); // SPOF006: fix
        }
    }

    // Not async: await is not possible, the warning is there to make the author think.
    public bool CheckHealth(Task<bool> probe) => probe.Result; // SPOF006: no fix

    public async Task<int> QueryAsync(IEnumerable<Task<int>> counts)
    {
        await Task.Yield();
        return (from c in counts select c.Result).Sum(); // SPOF006: no fix
    }

    public async Task<int> ValueAsync(ValueTask<int> count)
    {
        await Task.Yield();
        return count.Result; // SPOF006: fix
    }
}
