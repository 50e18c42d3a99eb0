namespace Katas.Fleet;

/// <summary>How a <see cref="Backend"/> starts. Everything but the port can be changed while it runs.</summary>
public sealed record BackendOptions
{
    /// <summary>A name for reports and response bodies, such as <c>web-1</c>.</summary>
    public string Name { get; init; } = "backend";

    /// <summary>How it answers at first; <see cref="BackendBehavior.Healthy"/> is normal service.</summary>
    public BackendBehavior Behavior { get; init; } = BackendBehavior.Healthy;

    /// <summary>How long one unit of work takes (normal service, any path but /health and /config).</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// How many requests it works on at once; one more is refused at once with 503. Null means no limit.
    /// A container's CPU and memory give every real server such a limit.
    /// </summary>
    public int? Capacity { get; init; }

    /// <summary>
    /// How long a unit of work beyond the capacity may wait for a free slot before it is refused with 503.
    /// Zero (the default) refuses it at once; a real server queues for a while, so latency grows first and
    /// errors come later.
    /// </summary>
    public TimeSpan QueueTimeout { get; init; } = TimeSpan.Zero;

    /// <summary>What GET /config answers (its app.conf), or null for 404.</summary>
    public string? Config { get; init; }

    /// <summary>The port on 127.0.0.1, or 0 (the default) for one the operating system picks.</summary>
    public int Port { get; init; }
}
