// HTTP clients and probe requests as health checkers and gateways write them.
using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Timeouts;

public sealed class HealthChecker
{
    private readonly HttpClient _client = new(); // SPOF003: fix
    private readonly HttpClient _named = new HttpClient { BaseAddress = new Uri("https://status.example/") }; // SPOF003: fix
    private static readonly HttpClient s_shared = new HttpClient(new SocketsHttpHandler(), disposeHandler: true); // SPOF003: fix
    private readonly HttpClient _infinite = new();

    public HealthChecker()
    {
        _infinite.Timeout = Timeout.InfiniteTimeSpan; // SPOF003: fix
    }

    public async Task<bool> CheckAsync(Uri target, CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(target); // SPOF003: fix
        using var second = await _named.GetAsync(requestUri: target); // SPOF003: fix
        using var third = await s_shared.GetAsync(completionOption: HttpCompletionOption.ResponseHeadersRead, requestUri: target); // SPOF003: fix
        using var fourth = await _client.GetAsync(target, CancellationToken.None); // SPOF003: fix
        using var fifth = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, target), default(CancellationToken)); // SPOF003: fix
        return response.IsSuccessStatusCode && second.IsSuccessStatusCode && third.IsSuccessStatusCode
            && fourth.IsSuccessStatusCode && fifth.IsSuccessStatusCode && await _infinite.GetStringAsync(target) != "";
    }

    public async Task<bool> CheckAllAsync(Uri[] targets, CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(targets.Select(async t =>
        {
            using var response = await _client.GetAsync(t); // SPOF003: fix
            return response.IsSuccessStatusCode;
        }));

        var statics = await Task.WhenAll(targets.Select(static async t =>
        {
            using var response = await s_shared.GetAsync(t); // SPOF003: no fix
            return response.IsSuccessStatusCode;
        }));

        var own = await Task.WhenAll(targets.Select(t => ProbeOne(t, CancellationToken.None)));

        return results.All(r => r) && statics.All(r => r) && own.All(r => r) && await Probe(targets[0]);

        static async Task<bool> Probe(Uri target)
        {
            using var response = await s_shared.GetAsync(target); // SPOF003: no fix
            return response.IsSuccessStatusCode;
        }

        static async Task<bool> ProbeOne(Uri target, CancellationToken token)
        {
            using var response = await s_shared.GetAsync(target); // SPOF003: fix
            return response.IsSuccessStatusCode;
        }
    }

    public Func<Uri, CancellationToken, Task<string>> Pinger() =>
        static (target, token) => s_shared.GetStringAsync(target); // SPOF003: fix

    public Task<bool> HealthyAsync(Uri target, in CancellationToken cancellationToken) =>
        Task.Run(async () => (await s_shared.GetAsync(target)).IsSuccessStatusCode); // SPOF003: no fix
}
