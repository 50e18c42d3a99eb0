namespace Katas.Fleet;

/// <summary>How a <see cref="Backend"/> answers a request. Switch it at any time with <see cref="Backend.Behavior"/>.</summary>
public abstract record BackendBehavior
{
    private BackendBehavior()
    {
    }

    /// <summary>
    /// Normal service: GET /health answers 200, GET /config the backend's configuration, and any other path
    /// is a unit of work that takes the backend's latency and counts against its capacity.
    /// </summary>
    public static BackendBehavior Healthy { get; } = new Serving();

    /// <summary>Accepts the request and never answers, until the client gives up or the backend stops.</summary>
    public static BackendBehavior Hang { get; } = new Hanging();

    /// <summary>Answers with <paramref name="statusCode"/> (500, 503, 404...).</summary>
    public static BackendBehavior Status(int statusCode) => new Answer(statusCode);

    /// <summary>Answers 200 after <paramref name="delay"/>.</summary>
    public static BackendBehavior Slow(TimeSpan delay) => new Delayed(delay, 200);

    /// <summary>Normal service during one <paramref name="period"/>, 500 on every path during the next, and so on.</summary>
    public static BackendBehavior Flapping(TimeSpan period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        return new Alternating(period);
    }

    /// <summary>Normal service, but each unit of work keeps a CPU core busy for <paramref name="perRequest"/>: CPU saturation.</summary>
    public static BackendBehavior CpuBound(TimeSpan perRequest)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(perRequest, TimeSpan.Zero);
        return new Burning(perRequest);
    }

    /// <summary>Answers 302 with a Location header pointing at <paramref name="location"/>.</summary>
    public static BackendBehavior Redirect(Uri location) => new Redirecting(location);

    /// <summary>
    /// Answers 200 with <paramref name="body"/> as its content and <paramref name="contentType"/> as its
    /// Content-Type: a server that serves a file, such as its configuration.
    /// </summary>
    /// <param name="body">The whole response body, sent as UTF-8.</param>
    /// <param name="contentType">The media type, for example <c>text/plain</c> or <c>application/json</c>.</param>
    public static BackendBehavior Content(string body, string contentType = "text/plain")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        return new FixedContent(body, contentType);
    }

    internal sealed record Serving : BackendBehavior;

    internal sealed record Alternating(TimeSpan Period) : BackendBehavior;

    internal sealed record Burning(TimeSpan PerRequest) : BackendBehavior;

    internal sealed record Answer(int StatusCode) : BackendBehavior;

    internal sealed record Hanging : BackendBehavior;

    internal sealed record Delayed(TimeSpan Delay, int StatusCode) : BackendBehavior;

    internal sealed record Redirecting(Uri Location) : BackendBehavior;

    internal sealed record FixedContent(string Body, string ContentType) : BackendBehavior;
}
