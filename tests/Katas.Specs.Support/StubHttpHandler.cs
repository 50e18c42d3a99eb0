using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Katas.Specs;

/// <summary>
/// An <see cref="HttpMessageHandler"/> that answers from a function instead of the network, and counts
/// what happened: requests started, in flight at once, cancelled. Use it for specs that must be exact;
/// use real backends (Katas.Fleet) for specs about real sockets.
/// </summary>
public sealed class StubHttpHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
{
    private readonly ConcurrentQueue<HttpRequestMessage> _requests = new();
    private readonly SemaphoreSlim _started = new(0);
    private int _startedCount;
    private int _inFlight;
    private int _maxInFlight;
    private int _cancelled;

    /// <summary>Answers every request with <paramref name="status"/>.</summary>
    public static StubHttpHandler Answering(HttpStatusCode status) =>
        new((_, _) => Task.FromResult(new HttpResponseMessage(status)));

    /// <summary>Answers every request with <paramref name="status"/> after <paramref name="delay"/> on <paramref name="time"/>.</summary>
    public static StubHttpHandler AnsweringAfter(TimeSpan delay, TimeProvider time, HttpStatusCode status = HttpStatusCode.OK) =>
        new(async (_, token) =>
        {
            await Task.Delay(delay, time, token);
            return new HttpResponseMessage(status);
        });

    /// <summary>Never answers; the request ends only when it is cancelled.</summary>
    public static StubHttpHandler Hanging() =>
        new(async (_, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });

    /// <summary>Fails every request the way a closed port does: connection refused.</summary>
    public static StubHttpHandler Refusing() =>
        new((request, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException(
            HttpRequestError.ConnectionError,
            $"Connection refused ({request.RequestUri?.Authority})",
            new SocketException((int)SocketError.ConnectionRefused))));

    /// <summary>Fails every request with a transport error that is not a refusal.</summary>
    public static StubHttpHandler Failing(string message) =>
        new((_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException(
            HttpRequestError.NameResolutionError, message, new SocketException((int)SocketError.HostNotFound))));

    /// <summary>Every request received so far, in order of arrival.</summary>
    public IReadOnlyCollection<HttpRequestMessage> Requests => _requests;

    /// <summary>Requests started and not yet finished.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>The most requests that were ever in flight at the same time.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Requests that ended because their cancellation token fired.</summary>
    public int Cancelled => Volatile.Read(ref _cancelled);

    /// <summary>A client that sends through this handler. Its own timeout is off: the code under test owns timeouts.</summary>
    public HttpClient CreateClient() => new(this, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>
    /// Waits, in real time, until <paramref name="count"/> requests have started in total. Returns false
    /// when they did not within <paramref name="limit"/>.
    /// </summary>
    public async Task<bool> WaitForStartedAsync(int count, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        // Counts answers begun, not requests received: a request is received a moment before its answer
        // starts, and a fake clock moved in that moment would miss the answer's timer.
        while (Volatile.Read(ref _startedCount) < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _started.WaitAsync(left))
            {
                return Volatile.Read(ref _startedCount) >= count;
            }
        }

        return true;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        UpdateMax(inFlight);
        _requests.Enqueue(request);

        try
        {
            // Start answering before telling waiters that the request started: an answer that waits on
            // a fake clock has registered its timer by then, so moving the clock cannot miss it.
            Task<HttpResponseMessage> answering;
            try
            {
                answering = answer(request, cancellationToken);
            }
            finally
            {
                Interlocked.Increment(ref _startedCount);
                _started.Release();
            }

            return await answering;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _cancelled);
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private void UpdateMax(int inFlight)
    {
        var max = Volatile.Read(ref _maxInFlight);
        while (inFlight > max)
        {
            var seen = Interlocked.CompareExchange(ref _maxInFlight, inFlight, max);
            if (seen == max)
            {
                return;
            }

            max = seen;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _started.Dispose();
        }

        base.Dispose(disposing);
    }
}
