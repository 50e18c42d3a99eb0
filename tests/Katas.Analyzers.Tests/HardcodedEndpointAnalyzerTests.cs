using System.Globalization;

namespace Katas.Analyzers.Tests;

public sealed class HardcodedEndpointAnalyzerTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Spof001(int location, string endpoint) =>
        Verify<HardcodedEndpointAnalyzer>.Diagnostic(location, endpoint);

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
    public Task Any_parameter_named_like_an_address_takes_an_endpoint_and_a_connection_string_shows_only_its_server() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            class Redis { public static Redis Connect(string configuration) => new(); }
            class SqlConnection { public SqlConnection(string connectionString) { } }
            class Client
            {
                Redis Cache() => Redis.Connect({|#0:"cache.internal:6379"|});
                SqlConnection Orders() => new SqlConnection({|#1:"Server=db-1.internal;Database=orders;Password=hunter2"|});
            }
            """,
            Spof001(0, "cache.internal:6379"),
            Spof001(1, "Server=db-1.internal"));

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
            using System.Xml.Linq;
            class Page
            {
                const string SvgNamespace = "http://www.w3.org/2000/svg";
                void Show() => Console.WriteLine("Docs: https://learn.microsoft.com/dotnet");
                Uri Config() => new Uri("file:///etc/app.conf");
                XNamespace Namespace() => XNamespace.Get(SvgNamespace);
                string Label(string host) => host;
                string Shown() => Label("not-an-address");
            }
            """);

    [Fact]
    public Task Loopback_is_flagged_outside_test_projects() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            class Client
            {
                Uri Local() => new Uri({|#0:"http://localhost:5000/"|});
            }
            """,
            Spof001(0, "http://localhost:5000/"));

    [Fact]
    public Task Loopback_is_allowed_in_test_projects_when_the_rule_reports_there() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            class Redis { public static Redis Connect(string configuration) => new(); }
            class Client
            {
                Uri Local() => new Uri("http://127.0.0.1:5000/");
                Uri Named() => new Uri("http://localhost:5000/");
                Redis HostAndPort() => Redis.Connect("localhost:5000");
                Uri Remote() => new Uri({|#0:"http://10.0.0.5:5000/"|});
            }
            """,
            "build_property.IsTestProject = true\nSPOF001.in_test_projects = true",
            Spof001(0, "http://10.0.0.5:5000/"));

    [Fact]
    public Task The_options_allow_loopback_and_named_hosts() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            class Client
            {
                Uri Local() => new Uri("http://[::1]:5000/");
                Uri Sandbox() => new Uri("https://sandbox.payments.example/");
                Uri Other() => new Uri({|#0:"https://payments.example/"|});
            }
            """,
            "SPOF001.allow_loopback = true\nSPOF001.allowed_hosts = sandbox.payments.example, other.example",
            Spof001(0, "https://payments.example/"));

    [Fact]
    public Task Generated_code_is_not_analyzed() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            // <auto-generated/>
            using System;
            class Generated
            {
                Uri Endpoint() => new Uri("http://10.0.0.5:8080/");
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
    public Task A_static_readonly_field_or_get_only_property_with_a_literal_is_flagged_where_it_is_used() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            class Client(HttpClient http)
            {
                private static readonly string s_backend = "http://10.0.0.5:8080/";
                private static string Fallback { get; } = "http://10.0.0.6:8080/";
                private static readonly string s_docs = "https://docs.shop.example/";
                private readonly string _configured;

                Client(HttpClient http, string configured) : this(http) => _configured = configured;

                Task<string> Get() => http.GetStringAsync({|#0:s_backend|});
                Uri Other() => new Uri({|#1:Fallback|});
                void Show() => Console.WriteLine(s_docs);
                Uri FromConfig() => new Uri(_configured);
            }
            """,
            Spof001(0, "http://10.0.0.5:8080/"),
            Spof001(1, "http://10.0.0.6:8080/"));

    [Fact]
    public Task The_cases_of_the_katas_are_told_apart() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net;
            using System.Xml.Linq;
            class Cases
            {
                const string Example = "http://example.com";
                Uri Backend() => new Uri({|#0:"http://10.0.0.5:8080"|});
                void Message() => Console.WriteLine($"See {Example} for an example.");
                XNamespace Svg() { XNamespace ns = "http://www.w3.org/2000/svg"; return ns; }
                IPEndPoint NotAnAddress() => IPEndPoint.Parse({|#1:"999.1.1.1:80"|});
            }
            """,
            Spof001(0, "http://10.0.0.5:8080"),
            Spof001(1, "999.1.1.1:80"));

    [Fact]
    public Task A_bare_service_name_that_service_discovery_resolves_a_cloud_providers_api_and_its_instance_metadata_are_not_flagged() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            class Registrations
            {
                Uri Aspire() => new Uri("http://webhooks-api");
                Uri Kubernetes() => new Uri("https://orders/api/");
                Uri WithPort() => new Uri({|#0:"http://orders:8080/"|});
                Uri Qualified() => new Uri({|#1:"http://orders.shop.internal/"|});
                Uri Local() => new Uri({|#2:"http://localhost/"|});
                Uri Azure() => new Uri("https://management.azure.com");
                Uri Storage() => new Uri("https://shop.blob.core.windows.net/");
                Uri Lookalike() => new Uri({|#3:"https://notazure.com/"|});
                Uri InstanceMetadata() => new Uri("http://169.254.169.254/latest/api/token");
                Uri GoogleMetadata() => new Uri("http://metadata.google.internal/computeMetadata/v1/");
                Uri OtherLinkLocal() => new Uri({|#4:"http://169.254.10.20:8080/"|});
            }
            """,
            Spof001(0, "http://orders:8080/"),
            Spof001(1, "http://orders.shop.internal/"),
            Spof001(2, "http://localhost/"),
            Spof001(3, "https://notazure.com/"),
            Spof001(4, "http://169.254.10.20:8080/"));

    [Fact]
    public Task A_hosts_listen_address_and_an_XML_namespace_are_not_flagged() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Xml;
            class ServiceHost
            {
                public ServiceHost(Type service, params Uri[] baseAddresses) { }
                public void AddServiceEndpoint(Type contract, object binding, Uri address) { }
            }
            class WebServiceHost { public WebServiceHost(Type service, Uri baseAddress) { } }
            class Client { public Client(Uri address) { } }
            class Program
            {
                const string Dc = "http://purl.org/dc/elements/1.1/";
                void Main(XmlNamespaceManager names)
                {
                    new ServiceHost(typeof(Program), new Uri("http://localhost:8000/calc"), new Uri("net.tcp://localhost:9000/calc"));
                    new ServiceHost(typeof(Program), new[] { new Uri("http://10.0.0.5:8000/calc") });
                    new WebServiceHost(typeof(Program), new Uri("http://localhost:8000/feed"));
                    new ServiceHost(typeof(Program)).AddServiceEndpoint(typeof(Program), new object(), new Uri("http://localhost:8003/calc"));
                    names.AddNamespace("dc", Dc);
                    new Client(new Uri({|#0:"http://10.0.0.5:8000/calc"|}));
                }
            }
            """,
            Spof001(0, "http://10.0.0.5:8000/calc"));

    [Fact]
    public Task A_uri_that_reaches_nothing_that_connects_is_not_flagged() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            class UriTemplate
            {
                public Uri BindByPosition(Uri baseAddress, params string[] values) => baseAddress;
                public object? Match(Uri baseAddress, Uri candidate) => null;
            }
            class AudienceRestriction { public AudienceRestriction(Uri[] audiences) { } }
            class PrefixMatcher { public void Register(Uri anonymousUriPrefix) { } }
            class ServiceHost
            {
                public ServiceHost(Type service, params Uri[] baseAddresses) { }
                public void AddServiceEndpoint(Type contract, object binding, Uri address) { }
                public void AddServiceEndpoint(ControlEndpoint endpoint) { }
            }
            class EndpointAddress { public EndpointAddress(Uri uri) { } }
            class ControlEndpoint { public ControlEndpoint(object binding, EndpointAddress address) { } }
            class Program
            {
                void Templates(UriTemplate template)
                {
                    Uri prefix = new Uri("http://10.0.0.5/");
                    Console.WriteLine(template.BindByPosition(prefix, "WA", "Seattle"));
                    Uri request = new Uri("http://10.0.0.5/weather/WA/Seattle");
                    Console.WriteLine(request);
                    template.Match(prefix, request);
                    request = new Uri("http://10.0.0.5/weather/WA");
                    if (request == prefix || request.Port == 80) { template.Match(prefix, request); }
                }

                void Names(PrefixMatcher matcher)
                {
                    new AudienceRestriction(new Uri[] { new Uri("http://10.0.0.5:8010/calc"), new Uri("http://10.0.0.6:8010/calc") });
                    matcher.Register(new Uri("http://docs.oasis-open.org/ws-rx/wsmc/200702/anonymous?id="));
                }

                void Host()
                {
                    Uri baseAddress = new Uri("http://10.0.0.5:8000/calc");
                    var host = new ServiceHost(typeof(Program), baseAddress);
                    host.AddServiceEndpoint(typeof(Program), new object(), baseAddress);
                    Console.WriteLine("Hosted at " + baseAddress.AbsoluteUri + "help");
                    var control = new ControlEndpoint(new object(), new EndpointAddress(new Uri("http://10.0.0.5/hiring")));
                    host.AddServiceEndpoint(control);
                }

                void HostAndCallItself(Func<Uri, IDisposable> channelFactory)
                {
                    // The sample hosts the service and calls it: the client talks to this process itself.
                    Uri baseAddress = new Uri("http://10.0.0.5:8000/");
                    var host = new ServiceHost(typeof(Program), baseAddress);
                    using var channel = channelFactory(baseAddress);
                }
            }
            """);

    [Fact]
    public Task A_uri_that_reaches_a_client_a_request_or_an_address_is_flagged() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            class EndpointAddress { public EndpointAddress(Uri uri) { } }
            class CalculatorClient { public CalculatorClient(object binding, EndpointAddress remoteAddress) { } }
            class ChannelFactory { public object CreateChannel(EndpointAddress to) => new(); }
            class Connection { public Task<string> Post(Uri resource, string body) => Task.FromResult(body); }
            class WebClient { public string? BaseAddress { get; set; } }
            class Options { public Uri? Endpoint { get; set; } }
            class Program
            {
                async Task Run(HttpClient http, ChannelFactory factory, Connection connection, Func<Action<Options>, int> configure)
                {
                    var client = new HttpClient { BaseAddress = new Uri({|#0:"http://10.0.0.5:8080/"|}) };
                    configure(options => options.Endpoint = new Uri({|#1:"http://zipkin.internal:9411/api/v2/spans"|}));
                    var stock = new Uri({|#2:"http://inventory.internal/stock"|});
                    await http.GetAsync(stock);
                    var address = new EndpointAddress(new Uri({|#3:"http://calc.internal:8003/calc"|}));
                    new CalculatorClient(new object(), address);
                    Uri via = new Uri({|#4:"http://calc.internal/service.svc"|});
                    factory.CreateChannel(new EndpointAddress(via));
                    await connection.Post(new Uri({|#5:"https://api.shop.example/graphql"|}), "{}");
                    Uri customers = new Uri({|#6:"http://crm.internal:33693/customers"|});
                    Console.WriteLine("Customers at " + customers.AbsoluteUri);
                    new WebClient().BaseAddress = customers.AbsoluteUri;
                    Uri metadata = new Uri({|#7:"http://calc.internal/service.svc?wsdl"|});
                    Generate(metadata);
                }

                void Generate(Uri metadataAddress) { }
            }
            """,
            Spof001(0, "http://10.0.0.5:8080/"),
            Spof001(1, "http://zipkin.internal:9411/api/v2/spans"),
            Spof001(2, "http://inventory.internal/stock"),
            Spof001(3, "http://calc.internal:8003/calc"),
            Spof001(4, "http://calc.internal/service.svc"),
            Spof001(5, "https://api.shop.example/graphql"),
            Spof001(6, "http://crm.internal:33693/customers"),
            Spof001(7, "http://calc.internal/service.svc?wsdl"));

    [Fact]
    public Task A_uri_given_to_a_type_the_build_cannot_see_is_followed_by_the_callees_name() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            class Program
            {
                void Run({|CS0246:GitHubClient|} github, {|CS0246:UriTemplateTable|} table)
                {
                    github.Connection.Post(new Uri({|#0:"https://api.github.example/graphql"|}), "{}");
                    new {|CS0246:WorkflowControlClient|}(new object(), new {|CS0246:EndpointAddress|}(new Uri({|#1:"http://10.0.0.5/hiringProcess"|})));
                    new {|CS0246:SamlAudienceRestrictionCondition|}(new Uri[] { new Uri("http://10.0.0.5:8010/calc") });
                    table.MatchSingle(new Uri("http://10.0.0.5/weather/WA"));
                }
            }
            """,
            Spof001(0, "https://api.github.example/graphql"),
            Spof001(1, "http://10.0.0.5/hiringProcess"));

    [Fact]
    public Task A_redirect_address_of_an_identity_servers_client_and_an_openapi_documents_link_are_not_flagged() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            class ClientDescriptor
            {
                public HashSet<Uri> RedirectUris { get; } = new();
                public HashSet<Uri> PostLogoutRedirectUris { get; } = new();
                public Uri? BackChannelLogoutUri { get; set; }
            }
            class WebhookSubscription { public Uri? Url { get; set; } }
            class Seed
            {
                object[] Clients() =>
                [
                    // The identity server compares these with the redirect_uri a sign-in names, and sends the browser there.
                    new ClientDescriptor
                    {
                        RedirectUris = { new Uri("https://shop.example/signin-oidc"), new Uri("http://10.0.0.5:8080/oidc-login-redirect") },
                        PostLogoutRedirectUris = { new Uri("https://shop.example/signout-callback-oidc") },
                        // The server itself calls a back-channel logout address.
                        BackChannelLogoutUri = new Uri({|#0:"http://10.0.0.5:8080/logout"|}),
                    },
                    new {|CS0246:OpenIddictApplicationDescriptor|} { RedirectUris = { new Uri("http://10.0.0.6:8080/callback") } },
                    // Shown to whoever reads the API's documentation.
                    new {|CS0246:OpenApiInfo|}
                    {
                        Title = "Shop API",
                        Contact = new {|CS0246:OpenApiContact|} { Name = "Shop", Url = new Uri("https://github.com/shop") },
                        License = new {|CS0246:OpenApiLicense|} { Name = "MIT", Url = new Uri("https://opensource.org/licenses/MIT") },
                    },
                    // A webhook's address is called.
                    new WebhookSubscription { Url = new Uri({|#1:"http://10.0.0.7:8080/hook"|}) },
                ];
            }
            """,
            Spof001(0, "http://10.0.0.5:8080/logout"),
            Spof001(1, "http://10.0.0.7:8080/hook"));

    [Fact]
    public Task A_link_opened_in_the_users_browser_is_not_flagged_but_the_same_link_also_fetched_is() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Diagnostics;
            using System.Net.Http;
            class HelpMenu
            {
                static void OpenWebsite(string url)
                {
                    try { Process.Start(url); }
                    catch (Exception) { }
                }

                static void OpenShell(string url) => Process.Start(new ProcessStartInfo(url) { UseShellExecute = true });

                static void OpenInfo(string url)
                {
                    var info = new ProcessStartInfo { FileName = url, UseShellExecute = true };
                    Process.Start(info);
                }

                static void OpenAndFetch(string url, HttpClient http)
                {
                    Process.Start(url);
                    http.GetStringAsync(url);
                }

                void Docs() => OpenWebsite("http://www.hsltechnology.cn:7900/Doc/HslCommunication");
                void Blog() => OpenShell("https://blog.example/post");
                void Site() => OpenInfo("http://www.example.cn/");
                void Uri() => Process.Start(new ProcessStartInfo { FileName = new Uri("http://docs.example:8080/").AbsoluteUri, UseShellExecute = true });
                void Both(HttpClient http) => OpenAndFetch({|#0:"http://api.example.cn:7900/"|}, http);
            }
            """,
            Spof001(0, "http://api.example.cn:7900/"));

    [Fact]
    public Task A_link_checked_logged_and_opened_from_a_background_task_is_not_flagged_but_one_also_fetched_there_is() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Diagnostics;
            using System.Net.Http;
            using System.Threading.Tasks;
            static class Links
            {
                public static void Launch(string url)
                {
                    if (string.IsNullOrWhiteSpace(url) || url == "about:blank")
                    {
                        return;
                    }

                    Task.Run(() =>
                    {
                        try
                        {
                            var start = new ProcessStartInfo { UseShellExecute = true };
                            start.FileName = url;
                            Process.Start(start);
                            Trace.WriteLine("Launched " + url);
                        }
                        catch (Exception error)
                        {
                            Console.Error.WriteLine($"Could not launch {url}: {error.Message}");
                        }
                    });
                }

                public static void LaunchAndPing(string url, HttpClient http) =>
                    Task.Run(() =>
                    {
                        Process.Start(url);
                        return http.GetAsync(url);
                    });

                public static void OnlyLog(string url) => Trace.WriteLine("Would open " + url);
            }

            class Menu
            {
                void Help() => Links.Launch("https://manual.example.org/start");
                void Both(HttpClient http) => Links.LaunchAndPing({|#0:"https://status.example.org:8443/"|}, http);
                void Nothing() => Links.OnlyLog({|#1:"https://never.example.org/"|});
            }
            """,
            Spof001(0, "https://status.example.org:8443/"),
            Spof001(1, "https://never.example.org/"));

    [Fact]
    public Task A_link_given_to_an_interface_whose_implementations_open_the_browser_is_not_flagged_but_one_that_an_implementation_fetches_is() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Diagnostics;
            using System.Net.Http;
            public interface IHostApi
            {
                void ShowPage(string url);
                void Visit(string url);
            }

            public interface IPluginHost
            {
                /// <summary>Shows the link in the browser the user picked in the settings.</summary>
                void OpenLink(string url);

                /// <summary>Reads the link's feed.</summary>
                void Fetch(string url);
            }

            static class ShellExtensions
            {
                public static void StartInShell(this string target)
                {
                    var arguments = "--new-tab " + target;
                    Process.Start(new ProcessStartInfo { FileName = "browser", Arguments = arguments, UseShellExecute = true });
                }
            }

            class HostApi : IHostApi
            {
                private readonly HttpClient _http = new HttpClient();

                public void ShowPage(string url) => Open(new Uri(url));

                public void Visit(string url)
                {
                    Process.Start(url);
                    _http.GetAsync(url);
                }

                private void Open(Uri page)
                {
                    if (page.IsFile || page.Scheme != Uri.UriSchemeHttps)
                    {
                        return;
                    }

                    page.AbsoluteUri.StartInShell();
                }
            }

            class ForwardingApi : IHostApi
            {
                private readonly IHostApi _inner;

                public ForwardingApi(IHostApi inner) => _inner = inner;

                public void ShowPage(string url) => _inner.ShowPage(url);

                public void Visit(string url) => _inner.Visit(url);
            }

            class Menu
            {
                void Help(IHostApi api) => api.ShowPage("https://manual.example.org/start");
                void Status(IHostApi api) => api.Visit({|#0:"https://status.example.org:8443/"|});
                void Plugins(IPluginHost host) => host.OpenLink("https://plugins.example.org/list");
                void Feed(IPluginHost host) => host.Fetch({|#1:"https://feed.example.org/rss"|});
            }
            """,
            Spof001(0, "https://status.example.org:8443/"),
            Spof001(1, "https://feed.example.org/rss"));

    [Fact]
    public Task A_bypass_list_proxy_stays_unflagged_when_another_objects_member_of_the_same_name_is_read() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            class Exchange
            {
                public IWebProxy? Proxy { get; set; }
            }

            class UpstreamSelector
            {
                private WebProxy? Proxy { get; set; }
                private WebProxy? _upstream;

                public void Load(string[] bypassList) => Proxy = new WebProxy(new Uri("http://localhost"), true, bypassList);

                public bool GoesDirect(Uri destination, Exchange exchange, Exchange? previous) =>
                    exchange.Proxy == null && previous?.Proxy == null && Proxy?.IsBypassed(destination) == true;

                public void Use(HttpClientHandler handler)
                {
                    _upstream = new WebProxy(new Uri({|#0:"http://proxy.internal:3128"|}), true);
                    handler.Proxy = _upstream;
                }
            }
            """,
            Spof001(0, "http://proxy.internal:3128"));

    [Fact]
    public Task A_connection_string_in_an_ef_core_design_time_factory_is_not_flagged_but_the_same_in_the_application_is() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            namespace Microsoft.EntityFrameworkCore.Design
            {
                public interface IDesignTimeDbContextFactory<TContext> { TContext CreateDbContext(string[] args); }
            }

            namespace Shop
            {
                using Microsoft.EntityFrameworkCore.Design;

                public class ShopContext { public ShopContext(string connectionString) { } }

                public class ShopContextFactory : IDesignTimeDbContextFactory<ShopContext>
                {
                    public ShopContext CreateDbContext(string[] args) => new ShopContext("Server=devbox.internal;Database=shop_dev;Trusted_Connection=True");
                }

                public abstract class MigrationsFactory<TContext> : IDesignTimeDbContextFactory<TContext>
                {
                    public abstract TContext CreateDbContext(string[] args);
                }

                public class ReportsFactory : MigrationsFactory<ShopContext>
                {
                    public override ShopContext CreateDbContext(string[] args) => new ShopContext("Host=devbox.internal;Database=reports_dev");
                }

                public class Startup
                {
                    public ShopContext Create() => new ShopContext({|#0:"Server=db-1.internal;Database=shop"|});
                }
            }
            """,
            Spof001(0, "Server=db-1.internal"));

    [Fact]
    public Task A_default_parameter_value_is_never_flagged_at_a_call_that_leaves_it_out_but_an_address_written_at_the_call_is() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            class BusOptions
            {
                public BusOptions(string url = "nats://localhost:4222") { }
            }

            class Bus
            {
                public static Bus Connect(string url = "nats://localhost:4222", string name = "") => new Bus();
            }

            class App
            {
                BusOptions Defaults() => new BusOptions();
                Bus Named() => Bus.Connect(name: "orders");
                Bus Given() => Bus.Connect({|#0:"nats://bus-2.internal:4222"|});
            }
            """,
            Spof001(0, "nats://bus-2.internal:4222"));

    [Fact]
    public Task A_link_started_through_the_code_bases_own_process_wrapper_with_the_shell_is_not_flagged_but_without_it_is() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            interface IExecutable { int Start(string arguments = "", bool useShellExecute = false, bool throwOnErrorExit = true); }
            sealed class Executable(string command) : IExecutable
            {
                public int Start(string arguments = "", bool useShellExecute = false, bool throwOnErrorExit = true) => command.Length;
            }

            static class Shell
            {
                private static IExecutable CreateExecutable(string command) => new Executable(command);

                public static void OpenUrlInDefaultBrowser(string url)
                {
                    if (!string.IsNullOrWhiteSpace(url))
                    {
                        _ = CreateExecutable(url).Start(useShellExecute: true, throwOnErrorExit: false);
                    }
                }

                public static void Download(string url) => _ = CreateExecutable("curl").Start(url);

                public static void Run(string url) => _ = CreateExecutable(url).Start(useShellExecute: false);
            }

            sealed class AboutDialog
            {
                public void Wiki() => Shell.OpenUrlInDefaultBrowser("https://wiki.shop.example/settings");
                public void Fetch() => Shell.Download({|#0:"https://files.shop.example/latest.zip"|});
                public void Launch() => Shell.Run({|#1:"https://tools.shop.example/run"|});
            }
            """,
            Spof001(0, "https://files.shop.example/latest.zip"),
            Spof001(1, "https://tools.shop.example/run"));

    [Fact]
    public Task A_remote_default_value_is_flagged_once_where_it_is_declared_and_a_loopback_or_browser_one_is_not() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System.Diagnostics;
            class Bus
            {
                public static Bus Connect(string url = {|#0:"nats://bus-1.shop.example:4222"|}, string name = "orders") => new Bus();
                public static Bus Local(string url = "nats://localhost:4222") => new Bus();
                public static Bus Named(string name = "nats://bus-1.shop.example:4222") => new Bus();
            }

            class Help
            {
                public static void Open(string url = "https://docs.shop.example/guide") =>
                    Process.Start(new ProcessStartInfo(url) { UseShellExecute = true });
            }

            class App
            {
                Bus First() => Bus.Connect();
                Bus Second() => Bus.Connect(name: "billing");
                Bus Third() => Bus.Local();
                void Guide() => Help.Open();
            }
            """,
            Spof001(0, "nats://bus-1.shop.example:4222"));

    [Fact]
    public Task A_web_proxy_only_asked_whether_it_bypasses_an_address_is_not_flagged_but_one_given_to_a_handler_is() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            class ProxyFinder
            {
                private WebProxy? Proxy { get; set; }
                private WebProxy? _used;

                public void LoadFromIe(string[] bypassList) => Proxy = new WebProxy(new Uri("http://localhost"), true, bypassList);

                public void UsePacFile() => this.Proxy = new WebProxy(new Uri("http://localhost"), false);

                public bool Bypasses(Uri destination)
                {
                    var local = new WebProxy("http://localhost:8888", true);
                    return Proxy?.IsBypassed(destination) == true || local.IsBypassed(destination);
                }

                public HttpClientHandler Handler()
                {
                    _used = new WebProxy(new Uri({|#0:"http://proxy.internal:3128"|}), true);
                    return new HttpClientHandler { Proxy = _used };
                }
            }
            """,
            Spof001(0, "http://proxy.internal:3128"));

    [Fact]
    public Task A_plc_data_table_address_is_not_flagged_but_a_host_with_a_real_port_is() =>
        Verify<HardcodedEndpointAnalyzer>.AnalyzerAsync("""
            class DeviceAddressExample { public DeviceAddressExample(string address, string name) { } }
            class Helper
            {
                DeviceAddressExample[] Examples() => new[]
                {
                    new DeviceAddressExample("F8:5", "Floating"),
                    new DeviceAddressExample("N7:1", "Integer"),
                    new DeviceAddressExample({|#0:"plc7:502"|}, "Modbus"),
                    new DeviceAddressExample({|#1:"plc.internal:5"|}, "Dotted"),
                    new DeviceAddressExample({|#2:"localhost:7"|}, "Echo"),
                };
            }
            """,
            Spof001(0, "plc7:502"),
            Spof001(1, "plc.internal:5"),
            Spof001(2, "localhost:7"));
}
