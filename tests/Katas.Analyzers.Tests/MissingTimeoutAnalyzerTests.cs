using Katas.Analyzers.CodeFixes;

namespace Katas.Analyzers.Tests;

public sealed class MissingTimeoutAnalyzerTests
{
    [Fact]
    public Task An_HttpClient_whose_timeout_is_never_set_is_flagged() =>
        Verify<MissingTimeoutAnalyzer>.AnalyzerAsync("""
            using System.Net.Http;
            class Clients
            {
                private readonly HttpClient _shared = {|#0:new HttpClient()|};
                HttpClient Create(HttpMessageHandler handler) => {|#1:new HttpClient(handler)|};
            }
            """,
            Verify<MissingTimeoutAnalyzer>.Diagnostic(0, "new HttpClient()"),
            Verify<MissingTimeoutAnalyzer>.Diagnostic(1, "new HttpClient(handler)"));

    [Fact]
    public Task A_timeout_set_in_the_initializer_or_later_in_the_type_is_enough() =>
        Verify<MissingTimeoutAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            class Clients
            {
                private readonly HttpClient _configured = new HttpClient();
                private readonly HttpClient _inline = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };

                Clients() => _configured.Timeout = TimeSpan.FromSeconds(5);

                HttpClient Local()
                {
                    var client = new HttpClient();
                    client.Timeout = TimeSpan.FromSeconds(1);
                    return client;
                }
            }
            """);

    [Fact]
    public Task An_infinite_timeout_is_flagged_where_it_is_set() =>
        Verify<MissingTimeoutAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Threading;
            class Clients
            {
                HttpClient A() => new HttpClient { Timeout = {|#0:Timeout.InfiniteTimeSpan|} };
                void B(HttpClient client) => client.Timeout = {|#1:TimeSpan.FromMilliseconds(-1)|};
            }
            """,
            Verify<MissingTimeoutAnalyzer>.Diagnostic(0, "Timeout = Timeout.InfiniteTimeSpan"),
            Verify<MissingTimeoutAnalyzer>.Diagnostic(1, "client.Timeout = TimeSpan.FromMilliseconds(-1)"));

    [Fact]
    public Task A_probe_request_without_a_token_on_a_client_without_a_timeout_is_flagged() =>
        Verify<MissingTimeoutAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            class HealthProbe(HttpClient client)
            {
                Task<HttpResponseMessage> ProbeAsync(Uri target) => {|#0:client.GetAsync(target)|};
                Task<HttpResponseMessage> WithNone(Uri target) => {|#1:client.GetAsync(target, CancellationToken.None)|};
                Task<HttpResponseMessage> WithToken(Uri target, CancellationToken token) => client.GetAsync(target, token);
            }
            class Reports(HttpClient client)
            {
                // Not probing code: a report download may take its time.
                Task<string> DownloadAsync(Uri report) => client.GetStringAsync(report);
            }
            class CheckoutService(HttpClient client)
            {
                // "Checkout" is not "check": identifiers are compared word by word.
                Task<string> PayAsync(Uri payment) => client.GetStringAsync(payment);
            }
            """,
            Verify<MissingTimeoutAnalyzer>.Diagnostic(0, "client.GetAsync(target)"),
            Verify<MissingTimeoutAnalyzer>.Diagnostic(1, "client.GetAsync(target, CancellationToken.None)"));

    [Fact]
    public Task The_fix_adds_a_timeout_to_the_initializer() =>
        Verify<MissingTimeoutAnalyzer, AddTimeoutCodeFix>.CodeFixAsync("""
            using System;
            using System.Net.Http;
            class Clients
            {
                HttpClient A(HttpMessageHandler handler) => {|#0:new HttpClient(handler)|};
                HttpClient B() => {|#1:new HttpClient { BaseAddress = null }|};
            }
            """, """
            using System;
            using System.Net.Http;
            class Clients
            {
                HttpClient A(HttpMessageHandler handler) => new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
                HttpClient B() => new HttpClient { BaseAddress = null, Timeout = TimeSpan.FromSeconds(10) };
            }
            """,
            Verify<MissingTimeoutAnalyzer>.Diagnostic(0, "new HttpClient(handler)"),
            Verify<MissingTimeoutAnalyzer>.Diagnostic(1, "new HttpClient { BaseAddress = null }"));

    [Fact]
    public Task The_fix_replaces_an_infinite_timeout() =>
        Verify<MissingTimeoutAnalyzer, AddTimeoutCodeFix>.CodeFixAsync("""
            using System;
            using System.Net.Http;
            using System.Threading;
            class Clients
            {
                void Configure(HttpClient client) => client.Timeout = {|#0:Timeout.InfiniteTimeSpan|};
                HttpClient Create() => new HttpClient { Timeout = {|#1:TimeSpan.MaxValue|} };
            }
            """, """
            using System;
            using System.Net.Http;
            using System.Threading;
            class Clients
            {
                void Configure(HttpClient client) => client.Timeout = TimeSpan.FromSeconds(10);
                HttpClient Create() => new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            }
            """,
            Verify<MissingTimeoutAnalyzer>.Diagnostic(0, "client.Timeout = Timeout.InfiniteTimeSpan"),
            Verify<MissingTimeoutAnalyzer>.Diagnostic(1, "Timeout = TimeSpan.MaxValue"));

    [Fact]
    public Task The_fix_passes_the_token_in_scope_to_a_probe_request() =>
        Verify<MissingTimeoutAnalyzer, AddTimeoutCodeFix>.CodeFixAsync("""
            using System;
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            class HealthProbe(HttpClient client)
            {
                Task<HttpResponseMessage> ProbeAsync(Uri target, CancellationToken cancellationToken) => {|#0:client.GetAsync(target)|};
                Task<string> ProbeTextAsync(Uri target, CancellationToken token) => {|#1:client.GetStringAsync(target)|};
                Task<HttpResponseMessage> ProbeNoneAsync(Uri target, CancellationToken token) => {|#2:client.GetAsync(target, CancellationToken.None)|};
            }
            """, """
            using System;
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            class HealthProbe(HttpClient client)
            {
                Task<HttpResponseMessage> ProbeAsync(Uri target, CancellationToken cancellationToken) => client.GetAsync(target, cancellationToken);
                Task<string> ProbeTextAsync(Uri target, CancellationToken token) => client.GetStringAsync(target, token);
                Task<HttpResponseMessage> ProbeNoneAsync(Uri target, CancellationToken token) => client.GetAsync(target, token);
            }
            """,
            Verify<MissingTimeoutAnalyzer>.Diagnostic(0, "client.GetAsync(target)"),
            Verify<MissingTimeoutAnalyzer>.Diagnostic(1, "client.GetStringAsync(target)"),
            Verify<MissingTimeoutAnalyzer>.Diagnostic(2, "client.GetAsync(target, CancellationToken.None)"));

    [Fact]
    public Task A_probe_request_bounded_by_WaitAsync_is_not_flagged() =>
        Verify<MissingTimeoutAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            class HealthProbe(HttpClient client)
            {
                async Task<bool> ProbeAsync(Uri target, TimeSpan timeout) =>
                    (await client.GetAsync(target).WaitAsync(timeout)).IsSuccessStatusCode;

                async Task<bool> ProbeTokenAsync(Uri target, CancellationToken token) =>
                    (await client.GetAsync(target).WaitAsync(token)).IsSuccessStatusCode;

                async Task<bool> ProbeNoneAsync(Uri target) =>
                    (await {|#0:client.GetAsync(target)|}.WaitAsync(CancellationToken.None)).IsSuccessStatusCode;
            }
            """,
            Verify<MissingTimeoutAnalyzer>.Diagnostic(0, "client.GetAsync(target)"));

    [Fact]
    public Task A_test_method_is_not_probing_code_whatever_its_name_says() =>
        Verify<MissingTimeoutAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            class FactAttribute : Attribute { }
            class RouteTests
            {
                private static readonly HttpClient s_client = new() { Timeout = TimeSpan.FromSeconds(5) };
                private readonly HttpClient _client = {|#0:new HttpClient()|};

                [Fact]
                public async Task Routes_check_order_of_upstreams() => await _client.GetAsync("http://localhost/");

                public async Task CheckAsync() => await {|#1:_client.GetAsync("http://localhost/")|};
            }
            """,
            Verify<MissingTimeoutAnalyzer>.Diagnostic(0, "new HttpClient()"),
            Verify<MissingTimeoutAnalyzer>.Diagnostic(1, "_client.GetAsync(\"http://localhost/\")"));

    [Fact]
    public Task A_client_made_on_one_branch_takes_the_timeout_set_through_its_variable() =>
        Verify<MissingTimeoutAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            class Builder(Func<HttpClient>? factory, TimeSpan timeout)
            {
                private HttpClient? _cached;

                HttpClient Build()
                {
                    var client = factory is not null ? factory() : new HttpClient();
                    if (timeout > TimeSpan.Zero)
                    {
                        client.Timeout = timeout;
                    }

                    return client;
                }

                HttpClient Shared(HttpClient? given)
                {
                    _cached ??= new HttpClient();
                    _cached.Timeout = timeout;
                    var other = given ?? {|#0:new HttpClient()|};
                    return other;
                }
            }
            """,
            Verify<MissingTimeoutAnalyzer>.Diagnostic(0, "new HttpClient()"));

    [Fact]
    public Task A_type_that_bounds_each_request_with_a_timer_on_its_token_may_leave_its_clients_timeout_default_or_infinite() =>
        Verify<MissingTimeoutAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;

            // Each request gets its own timeout: the client's own would cut a long download short.
            class NetworkClient
            {
                private readonly HttpClient _client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };

                public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, TimeSpan timeout, CancellationToken token)
                {
                    using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(token);
                    timeoutCts.CancelAfter(timeout);
                    return await _client.SendAsync(request, timeoutCts.Token);
                }
            }

            class WebDav
            {
                private readonly HttpClient _client = new HttpClient();

                public async Task<string> ReadAsync(string path)
                {
                    using var timer = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                    var token = timer.Token;
                    return await _client.GetStringAsync(path, token);
                }
            }

            // A timer, but requests that take no token: nothing bounds them.
            class Poller
            {
                private readonly HttpClient _client = new HttpClient { Timeout = {|#0:Timeout.InfiniteTimeSpan|} };
                private readonly CancellationTokenSource _stop = new();

                public void StopLater() => _stop.CancelAfter(TimeSpan.FromMinutes(1));

                public Task<string> PollAsync(string path) => _client.GetStringAsync(path);
            }

            // Requests that take the caller's token, and no timer: the caller may never cancel.
            class Relay
            {
                private readonly HttpClient _client = {|#1:new HttpClient()|};

                public Task<string> RelayAsync(string path, CancellationToken token) => _client.GetStringAsync(path, token);
            }
            """,
            Verify<MissingTimeoutAnalyzer>.Diagnostic(0, "Timeout = Timeout.InfiniteTimeSpan"),
            Verify<MissingTimeoutAnalyzer>.Diagnostic(1, "new HttpClient()"));
}
