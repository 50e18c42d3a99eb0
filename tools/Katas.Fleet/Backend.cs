using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Katas.Fleet;

/// <summary>
/// One real HTTP server on 127.0.0.1 (Kestrel), with a port chosen by the operating system. It answers
/// according to <see cref="Behavior"/>: normal service (/health, /config, and work on every other path,
/// with a latency and a capacity), or a fault injected while it runs. <see cref="CrashAsync"/> takes the
/// listener away (the port refuses), <see cref="RestartAsync"/> brings it back on the same port, and
/// disposing it stops it for good.
/// </summary>
public sealed class Backend : IAsyncDisposable
{
    private static readonly TimeSpan s_shutdownTimeout = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private Listener? _listener;
    private volatile BackendBehavior _behavior;
    private volatile string? _config;
    private readonly TimeSpan _queueTimeout;
    private long _latencyTicks;
    private volatile WorkSlots? _slots;
    private int _requests;
    private int _served;
    private int _rejected;
    private int _inFlight;
    private int _waiting;
    private long _busyTicks;
    private int _disposed;

    private Backend(BackendOptions options, int port)
    {
        Name = options.Name;
        _behavior = options.Behavior;
        _config = options.Config;
        _queueTimeout = options.QueueTimeout;
        Latency = options.Latency;
        Capacity = options.Capacity;
        Port = port;
        BaseAddress = new UriBuilder(Uri.UriSchemeHttp, IPAddress.Loopback.ToString(), port, "/").Uri;
    }

    public string Name { get; }

    /// <summary>The port on 127.0.0.1; it stays the same across a crash and a restart.</summary>
    public int Port { get; }

    /// <summary>The server's address, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>GET /health: 200 in normal service.</summary>
    public Uri HealthUri => new(BaseAddress, "health");

    /// <summary>GET /config: the backend's configuration (its app.conf).</summary>
    public Uri ConfigUri => new(BaseAddress, "config");

    /// <summary>A unit of work: any path but /health and /config.</summary>
    public Uri WorkUri => new(BaseAddress, "work");

    /// <summary>How the server answers from now on; requests already waiting keep their behaviour.</summary>
    public BackendBehavior Behavior
    {
        get => _behavior;
        set => _behavior = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>What GET /config answers; change it to make this server drift from the others.</summary>
    public string? Config
    {
        get => _config;
        set => _config = value;
    }

    /// <summary>How long one unit of work takes.</summary>
    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            Interlocked.Exchange(ref _latencyTicks, value.Ticks);
        }
    }

    /// <summary>How many units of work run at once before the next is refused with 503; null for no limit.</summary>
    public int? Capacity
    {
        get => _slots?.Capacity;
        set
        {
            if (value is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "A capacity is at least 1 (or null for no limit).");
            }

            // Work already waiting finishes with the old slots; new work takes the new ones.
            _slots = value is int capacity ? new WorkSlots(capacity) : null;
        }
    }

    /// <summary>True while the listener accepts connections (not crashed, not disposed).</summary>
    public bool IsRunning => Volatile.Read(ref _listener) is not null;

    /// <summary>How many requests reached the server, on any path.</summary>
    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>Units of work finished with 200.</summary>
    public int Served => Volatile.Read(ref _served);

    /// <summary>Units of work refused with 503 because the backend was at capacity.</summary>
    public int Rejected => Volatile.Read(ref _rejected);

    /// <summary>Units of work in progress.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Units of work waiting for a free slot: the queue in front of a busy server.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>
    /// The total time slots were busy with work, over the server's life. Its growth over a period,
    /// divided by the period and the capacity, is the server's utilization: what a metrics server reads.
    /// </summary>
    public TimeSpan BusyTime => TimeSpan.FromTicks(Interlocked.Read(ref _busyTicks));

    /// <summary>Starts a server on 127.0.0.1 that answers with <paramref name="behavior"/>.</summary>
    public static Task<Backend> StartAsync(BackendBehavior behavior, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(behavior);
        return StartAsync(new BackendOptions { Behavior = behavior }, cancellationToken);
    }

    /// <summary>Starts a server on 127.0.0.1 as <paramref name="options"/> say.</summary>
    public static async Task<Backend> StartAsync(BackendOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Behavior);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Latency, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QueueTimeout, TimeSpan.Zero);
        if (options.Capacity is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Capacity, "Capacity is at least 1 (or null for no limit).");
        }

        Backend? backend = null;
        var listener = await Listener.StartAsync(options.Port, context => backend!.AnswerAsync(context), cancellationToken).ConfigureAwait(false);
        backend = new Backend(options, listener.Port) { _listener = listener };
        return backend;
    }

    /// <summary>
    /// An address on 127.0.0.1 where nothing listens: connecting to it is refused. The port stays taken
    /// (bound, never listening) until the process ends, so no other address or server can get it.
    /// </summary>
    public static Uri ClosedPortAddress() => ClosedPorts.Reserve();

    /// <summary>The container dies: the listener goes away, requests in flight are cut, new ones are refused.</summary>
    public async Task CrashAsync()
    {
        await _lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Interlocked.Exchange(ref _listener, null) is { } listener)
            {
                await listener.StopAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Someone runs <c>docker restart</c>: the server listens again, on the same port.</summary>
    /// <exception cref="IOException">The port was taken by another program in the meantime.</exception>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Disposed while this restart waited for its turn: a listener started now would never be stopped.
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
            if (_listener is null)
            {
                _listener = await Listener.StartAsync(Port, AnswerAsync, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // The lock is not disposed: a crash or a restart still waiting for it must get it, and find the
        // backend disposed, rather than fail on a disposed lock.
        await CrashAsync().ConfigureAwait(false);
    }

    public override string ToString() => $"{Name} {BaseAddress} ({(IsRunning ? Behavior : "crashed")})";

    private async Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var stopping = Volatile.Read(ref _listener)?.Stopping ?? new CancellationToken(canceled: true);
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);

        try
        {
            switch (_behavior)
            {
                case BackendBehavior.Serving:
                    await ServeAsync(context, burn: null, aborted.Token).ConfigureAwait(false);
                    break;

                case BackendBehavior.Alternating flapping:
                    var period = Environment.TickCount64 / (long)flapping.Period.TotalMilliseconds;
                    if (period % 2 == 0)
                    {
                        await ServeAsync(context, burn: null, aborted.Token).ConfigureAwait(false);
                    }
                    else
                    {
                        await WriteAsync(context, StatusCodes.Status500InternalServerError, "flapping\n").ConfigureAwait(false);
                    }

                    break;

                case BackendBehavior.Burning burning:
                    await ServeAsync(context, burning.PerRequest, aborted.Token).ConfigureAwait(false);
                    break;

                case BackendBehavior.Answer answer:
                    await WriteAsync(context, answer.StatusCode, answer.StatusCode < 400 ? "ok\n" : "error\n").ConfigureAwait(false);
                    break;

                case BackendBehavior.Delayed delayed:
                    await Task.Delay(delayed.Delay, aborted.Token).ConfigureAwait(false);
                    await WriteAsync(context, delayed.StatusCode, "ok\n").ConfigureAwait(false);
                    break;

                case BackendBehavior.Redirecting redirect:
                    context.Response.StatusCode = StatusCodes.Status302Found;
                    context.Response.Headers.Location = redirect.Location.ToString();
                    break;

                case BackendBehavior.FixedContent content:
                    context.Response.ContentType = content.ContentType;
                    await WriteAsync(context, StatusCodes.Status200OK, content.Body).ConfigureAwait(false);
                    break;

                case BackendBehavior.Hanging:
                    await Task.Delay(Timeout.Infinite, aborted.Token).ConfigureAwait(false);
                    break;
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away or the backend is stopping: there is nobody left to answer.
        }
    }

    /// <summary>Normal service: health, configuration, or a unit of work within the capacity.</summary>
    private async Task ServeAsync(HttpContext context, TimeSpan? burn, CancellationToken cancellationToken)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            await WriteAsync(context, StatusCodes.Status200OK, "ok\n").ConfigureAwait(false);
            return;
        }

        if (path.StartsWithSegments("/config", StringComparison.OrdinalIgnoreCase))
        {
            if (_config is { } config)
            {
                await WriteAsync(context, StatusCodes.Status200OK, config).ConfigureAwait(false);
            }
            else
            {
                await WriteAsync(context, StatusCodes.Status404NotFound, "no configuration\n").ConfigureAwait(false);
            }

            return;
        }

        var slots = _slots;
        var entered = true;
        if (slots is not null)
        {
            Interlocked.Increment(ref _waiting);
            try
            {
                entered = await slots.EnterAsync(_queueTimeout, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        if (!entered)
        {
            Interlocked.Increment(ref _rejected);
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "overloaded\n").ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _inFlight);
        var busy = Stopwatch.GetTimestamp();
        try
        {
            if (burn is { } cpu)
            {
                // CPU saturation: the work holds a core, so everything else on the machine slows down too.
                var clock = Stopwatch.StartNew();
                while (clock.Elapsed < cpu && !cancellationToken.IsCancellationRequested)
                {
                    Thread.SpinWait(1_000);
                }
            }

            if (Latency > TimeSpan.Zero)
            {
                await Task.Delay(Latency, cancellationToken).ConfigureAwait(false);
            }

            Interlocked.Increment(ref _served);
            await WriteAsync(context, StatusCodes.Status200OK, $"served by {Name}\n").ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Add(ref _busyTicks, Stopwatch.GetElapsedTime(busy).Ticks);
            Interlocked.Decrement(ref _inFlight);
            slots?.Leave();
        }
    }

    private static Task WriteAsync(HttpContext context, int statusCode, string body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType ??= "text/plain";
        return context.Response.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>The backend's capacity: units of work that run at once; the others wait their turn, for a while.</summary>
    private sealed class WorkSlots(int capacity)
    {
        private readonly SemaphoreSlim _free = new(capacity, capacity);

        public int Capacity { get; } = capacity;

        public async Task<bool> EnterAsync(TimeSpan queueTimeout, CancellationToken cancellationToken)
        {
            try
            {
                return await _free.WaitAsync(queueTimeout, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        public void Leave() => _free.Release();
    }

    /// <summary>One run of the Kestrel listener: a start, and a stop that wakes every waiting request.</summary>
    private sealed class Listener
    {
        private readonly WebApplication _app;
        private readonly CancellationTokenSource _stopping = new();

        private Listener(WebApplication app, int port)
        {
            _app = app;
            Port = port;
        }

        public int Port { get; }

        public CancellationToken Stopping => _stopping.Token;

        public static async Task<Listener> StartAsync(int port, RequestDelegate answer, CancellationToken cancellationToken)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
            builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = s_shutdownTimeout);
            var app = builder.Build();
            app.Run(answer);

            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await app.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Listener(app, new Uri(address).Port);
        }

        public async Task StopAsync()
        {
            // Wake hanging requests first so that shutdown does not wait for them.
            await _stopping.CancelAsync().ConfigureAwait(false);
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _stopping.Dispose();
        }
    }
}
