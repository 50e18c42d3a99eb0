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
/// One real HTTP server on 127.0.0.1 with a port chosen by the operating system. Every path answers
/// according to <see cref="Behavior"/>. Dispose it to stop it: the listener goes away and the port refuses.
/// </summary>
public sealed class Backend : IAsyncDisposable
{
    private static readonly TimeSpan s_shutdownTimeout = TimeSpan.FromSeconds(2);

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private volatile BackendBehavior _behavior;
    private int _requests;
    private int _disposed;

    private Backend(WebApplication app, BackendBehavior behavior, Uri baseAddress)
    {
        _app = app;
        _behavior = behavior;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's address, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The conventional health endpoint of the server (every path answers the same way).</summary>
    public Uri HealthUri => new(BaseAddress, "health");

    /// <summary>How the server answers from now on; requests already waiting keep their behaviour.</summary>
    public BackendBehavior Behavior
    {
        get => _behavior;
        set => _behavior = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>How many requests reached the server.</summary>
    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>Starts a server on 127.0.0.1 that answers with <paramref name="behavior"/>.</summary>
    public static async Task<Backend> StartAsync(BackendBehavior behavior, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(behavior);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = s_shutdownTimeout);
        var app = builder.Build();

        Backend? backend = null;
        app.Run(context => backend!.AnswerAsync(context));

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        backend = new Backend(app, behavior, new Uri(address.EndsWith('/') ? address : address + "/"));
        return backend;
    }

    /// <summary>
    /// An address on 127.0.0.1 where nothing listens: connecting to it is refused. The port is taken
    /// from the operating system and released at once, so nothing else is likely to be using it.
    /// </summary>
    public static Uri ClosedPortAddress()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)socket.LocalEndPoint!).Port;
        return new UriBuilder(Uri.UriSchemeHttp, IPAddress.Loopback.ToString(), port, "/").Uri;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // Wake hanging requests first so that shutdown does not wait for them.
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);

        try
        {
            switch (_behavior)
            {
                case BackendBehavior.Answer answer:
                    await WriteAsync(context, answer.StatusCode).ConfigureAwait(false);
                    break;

                case BackendBehavior.Delayed delayed:
                    await Task.Delay(delayed.Delay, aborted.Token).ConfigureAwait(false);
                    await WriteAsync(context, delayed.StatusCode).ConfigureAwait(false);
                    break;

                case BackendBehavior.Redirecting redirect:
                    context.Response.StatusCode = StatusCodes.Status302Found;
                    context.Response.Headers.Location = redirect.Location.ToString();
                    break;

                case BackendBehavior.Serving serving:
                    context.Response.StatusCode = StatusCodes.Status200OK;
                    context.Response.ContentType = serving.ContentType;
                    await context.Response.WriteAsync(serving.Body, aborted.Token).ConfigureAwait(false);
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

    private static Task WriteAsync(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync(statusCode < 400 ? "ok\n" : "error\n", context.RequestAborted);
    }
}
