using System.Collections.Concurrent;

namespace Katas.RoundRobin.Specs;

/// <summary>
/// Sits between the client and the network and counts, per host and port, the requests sent and the
/// ones that failed without an answer. A crashed backend cannot count its own refusals; this can.
/// </summary>
internal sealed class AttemptCounter() : DelegatingHandler(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(5) })
{
    private readonly ConcurrentDictionary<string, int> _sent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failed = new(StringComparer.Ordinal);

    /// <summary>A client that sends through this counter, with a bound on every attempt.</summary>
    public HttpClient CreateClient() => new(this, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(5) };

    public int SentTo(Uri address) => _sent.GetValueOrDefault(address.Authority);

    public int FailedAt(Uri address) => _failed.GetValueOrDefault(address.Authority);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authority = request.RequestUri!.Authority;
        _sent.AddOrUpdate(authority, 1, (_, n) => n + 1);
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            _failed.AddOrUpdate(authority, 1, (_, n) => n + 1);
            throw;
        }
    }
}
