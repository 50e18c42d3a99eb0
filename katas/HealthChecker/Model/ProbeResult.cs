using System.Globalization;

namespace Katas.HealthChecker;

/// <summary>The outcome of one probe of one target.</summary>
/// <param name="IsHealthy">True when the target answered in time with a status code from 200 to 399.</param>
/// <param name="Reason">Why: <c>HTTP 200</c>, <c>HTTP 503</c>, <c>connection refused</c>, <c>timed out after 1s</c>...</param>
/// <param name="Duration">How long the probe took, measured with the probe's <see cref="TimeProvider"/>.</param>
/// <param name="StatusCode">The HTTP status code, when the target answered at all.</param>
public sealed record ProbeResult(bool IsHealthy, string Reason, TimeSpan Duration, int? StatusCode = null)
{
    /// <summary>The target answered <paramref name="statusCode"/> in time: <c>HTTP 204</c>.</summary>
    public static ProbeResult Answered(int statusCode, TimeSpan duration) =>
        new(statusCode is >= 200 and < 400, "HTTP " + statusCode.ToString(CultureInfo.InvariantCulture), duration, statusCode);

    /// <summary>The target did not answer: refused, unreachable, timed out.</summary>
    public static ProbeResult Failed(string reason, TimeSpan duration) => new(false, reason, duration);
}
