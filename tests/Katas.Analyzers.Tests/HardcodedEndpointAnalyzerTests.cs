using System.Globalization;

namespace Katas.Analyzers.Tests;

public sealed class HardcodedEndpointAnalyzerTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Spof001(int location, string endpoint) =>
        Verify<HardcodedEndpointAnalyzer>.Diagnostic("SPOF001").WithLocation(location).WithArguments(endpoint);

    [Theory]
    [InlineData("http://10.0.0.5:8080/")]
    [InlineData("https://api.shop.example/orders")]
    [InlineData("redis://cache:6379")]
    [InlineData("grpc://inventory.internal:5001")]
    [InlineData("amqp://rabbit.internal")]
    public Task A_literal_url_given_to_a_Uri_is_flagged(string url) =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync($$"""
            using System;
            class Client
            {
                Uri Endpoint() => new Uri({|#0:"{{url}}"|});
            }
            """,
            Spof001(0, url));

    [Fact]
    public Task A_literal_url_given_to_an_HttpClient_request_is_flagged() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            class Client
            {
                Task<string> Get(HttpClient http) => http.GetStringAsync({|#0:"http://web-1.shop.internal/health"|});
                Task<HttpResponseMessage> Post(HttpClient http) => http.PostAsync({|#1:"http://10.0.0.7/orders"|}, null);
            }
            """,
            Spof001(0, "http://web-1.shop.internal/health"),
            Spof001(1, "http://10.0.0.7/orders"));

    [Fact]
    public Task A_constant_used_as_an_endpoint_is_flagged_where_it_is_used() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            class Client
            {
                const string Backend = "http://10.0.0.5:8080/";
                HttpRequestMessage Request() => new HttpRequestMessage(HttpMethod.Get, {|#0:Backend|});
            }
            """,
            Spof001(0, "http://10.0.0.5:8080/"));

    [Fact]
    public Task Host_and_port_given_to_sockets_and_end_points_are_flagged() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System.Net;
            using System.Net.Sockets;
            class Client
            {
                EndPoint Database() => new DnsEndPoint({|#0:"db.internal"|}, 5432);
                IPEndPoint Cache() => IPEndPoint.Parse({|#1:"10.0.0.9:6379"|});
                void Connect(TcpClient tcp) => tcp.Connect({|#2:"queue.internal"|}, 5672);
            }
            """,
            Spof001(0, "db.internal"),
            Spof001(1, "10.0.0.9:6379"),
            Spof001(2, "queue.internal"));

    [Fact]
    public Task Endpoints_from_configuration_and_relative_urls_are_not_flagged() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            class Client
            {
                Uri FromConfig(string configured) => new Uri(configured);
                Uri Relative() => new Uri("/health", UriKind.Relative);
                Uri UnderBase(Uri baseAddress) => new Uri(baseAddress, "health");
                Task<string> Get(HttpClient http) => http.GetStringAsync("orders/42");
            }
            """);

    [Fact]
    public Task Urls_that_are_not_endpoints_are_not_flagged() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            class Page
            {
                const string SvgNamespace = "http://www.w3.org/2000/svg";
                void Show() => Console.WriteLine("Docs: https://learn.microsoft.com/dotnet");
                Uri Config() => new Uri("file:///etc/app.conf");
                string Namespace() => SvgNamespace;
            }
            """);

    [Theory]
    [InlineData("en", "one hardcoded endpoint")]
    [InlineData("ko", "하드코딩된 엔드포인트")]
    public void The_message_follows_the_UI_culture(string culture, string expected)
    {
        var message = HardcodedEndpointAnalyzer.Descriptor.MessageFormat.ToString(CultureInfo.GetCultureInfo(culture));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_links_to_its_page()
    {
        Assert.EndsWith("analyzers/docs/SPOF001.md", HardcodedEndpointAnalyzer.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }
}
