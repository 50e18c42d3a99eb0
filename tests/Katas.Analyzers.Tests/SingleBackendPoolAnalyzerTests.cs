namespace Katas.Analyzers.Tests;

public sealed class SingleBackendPoolAnalyzerTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        class RoundRobinBalancer { public RoundRobinBalancer(IReadOnlyList<Uri> destinations) { } }
        class ConnectionPool { public ConnectionPool(IEnumerable<string> addresses) { } }
        class Settings { public Uri[] Backends { get; set; } = []; public List<string> Tags { get; set; } = []; }
        static class Proxy { public static void Route(string[] upstreams) { } public static void Log(string[] lines) { } }
        """;

    [Fact]
    public Task A_pool_of_one_is_flagged_however_the_one_element_collection_is_written() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync(Types + """
            class Startup
            {
                void Configure(Uri web1, Uri web2)
                {
                    new RoundRobinBalancer({|#0:[web1]|});
                    new RoundRobinBalancer({|#1:new[] { web1 }|});
                    new ConnectionPool({|#2:new List<string> { "db-1" }|});
                    new ConnectionPool({|#3:ImmutableArray.Create("db-1")|});
                    Proxy.Route({|#4:new string[] { "web-1:80" }|});
                    var settings = new Settings { Backends = {|#5:[web1]|} };
                }
            }
            class Fleet
            {
                private static readonly Uri Primary = new("http://web-1/");
                private readonly Uri[] _backends = {|#6:[Primary]|};
                public IReadOnlyList<Uri> Replicas { get; } = {|#7:new[] { Primary }|};
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "destinations", "web1"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(1, "destinations", "web1"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(2, "addresses", "\"db-1\""),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(3, "addresses", "\"db-1\""),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(4, "upstreams", "\"web-1:80\""),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(5, "Backends", "web1"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(6, "backends", "Primary"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(7, "Replicas", "Primary"));

    [Fact]
    public Task Two_members_a_variable_and_collections_that_are_not_pools_are_not_flagged() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync(Types + """
            class Startup
            {
                void Configure(Uri web1, Uri web2, Uri[] fromConfig)
                {
                    new RoundRobinBalancer([web1, web2]);
                    new RoundRobinBalancer(fromConfig);
                    new RoundRobinBalancer([.. fromConfig]);
                    new ConnectionPool(ImmutableArray.Create("db-1", "db-2"));
                    Proxy.Log(new[] { "one line" });
                    var settings = new Settings { Tags = ["blue"] };
                }
            }
            """);

    [Fact]
    public Task ASP_NET_Core_routing_endpoints_are_not_a_backend_pool() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            namespace Microsoft.AspNetCore.Http { public class Endpoint { } }
            namespace Microsoft.AspNetCore.Routing.Matching
            {
                using Microsoft.AspNetCore.Http;
                public sealed class CandidateSet { public CandidateSet(Endpoint[] endpoints, object[] values, int[] scores) { } }
                public sealed class DefaultEndpointDataSource { public DefaultEndpointDataSource(IEnumerable<Endpoint> endpoints) { } }
                public sealed class ClusterPool { public ClusterPool(string[] destinations) { } }
                class Matcher
                {
                    CandidateSet One(Endpoint endpoint) => new CandidateSet(new[] { endpoint }, new object[] { 1 }, new[] { 0 });
                    DefaultEndpointDataSource Source(Endpoint endpoint) => new DefaultEndpointDataSource(new List<Endpoint> { endpoint });
                    ClusterPool Real() => new ClusterPool({|#0:new[] { "https://10.0.0.5/" }|});
                }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "destinations", "\"https://10.0.0.5/\""));

    [Fact]
    public Task The_members_of_an_attribute_are_names_of_code_not_servers() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System;
            sealed class MemberNotNullAttribute : Attribute
            {
                public MemberNotNullAttribute(string member) => Members = new[] { member };
                public string[] Members { get; }
            }
            sealed class Fleet
            {
                public string[] Members { get; set; } = [];
                void Pin(string primary) => Members = {|#0:new[] { primary }|};
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "Members", "primary"));

    [Fact]
    public Task An_overload_that_wraps_the_one_item_it_was_given_is_not_a_pool_of_one() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            sealed class MembershipTableData
            {
                public IReadOnlyList<Tuple<string, string>> Members { get; private set; }
                public MembershipTableData(List<Tuple<string, string>> rows) => Members = rows;
                public MembershipTableData(Tuple<string, string> row) { Members = new[] { row }; }
            }
            sealed class ClientSettings
            {
                private List<string> _servers = [];
                public string Server { get => _servers[0]; set => _servers = new List<string> { value }; }
                public string Primary { set => _servers = {|#4:new List<string> { "db-1" }|}; }
            }
            interface IBusFactoryConfigurator { void Host(IReadOnlyList<string> servers); }
            static class BusFactoryConfiguratorExtensions
            {
                public static void Host(this IBusFactoryConfigurator configurator, string server) => configurator.Host(new[] { server });
                public static void Connect(this IBusFactoryConfigurator configurator, string server) => configurator.Host({|#0:new[] { server }|});
            }
            sealed class Settings { public Uri[] Backends { get; set; } = []; }
            sealed class RoundRobinBalancer
            {
                private static readonly Uri Primary = new("http://web-1/");
                private Uri[] _backends;
                public RoundRobinBalancer(IReadOnlyList<Uri> destinations) => _backends = [.. destinations];
                public RoundRobinBalancer(Uri only) => _backends = [only];
                public RoundRobinBalancer(Uri only, int weight) : this(new[] { only }) { }
                public RoundRobinBalancer() => _backends = {|#1:[Primary]|};
                public static RoundRobinBalancer Of(Uri only) => new RoundRobinBalancer(new[] { only });
                public RoundRobinBalancer(Uri web1, Settings settings) : this({|#2:new[] { Primary }|})
                {
                    settings.Backends = {|#3:[web1]|};
                }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "servers", "server"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(1, "_backends", "Primary"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(2, "destinations", "Primary"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(3, "Backends", "web1"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(4, "_servers", "\"db-1\""));

    [Fact]
    public Task One_member_at_a_time_in_a_loop_over_all_of_them_is_not_a_pool_of_one() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            static class LookupClient
            {
                public static bool QueryServer(IReadOnlyList<string> servers, string name) => servers.Count > 0 && name.Length > 0;

                public static bool AskEach(IReadOnlyList<string> all, string name)
                {
                    foreach (var server in all)
                    {
                        if (QueryServer(new[] { server }, name))
                        {
                            return true;
                        }
                    }

                    var first = all[0];
                    return QueryServer({|#0:new[] { first }|}, name);
                }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "servers", "first"));

    [Fact]
    public Task Addresses_are_an_allow_list_as_often_as_servers_and_count_only_for_a_pool_type() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync(Types + """
            class IPSetProps { public string[] Addresses { get; set; } = []; }
            static class Mail { public static void Send(string[] addresses, string text) { } }
            class Startup
            {
                void Configure(string localIpAddress)
                {
                    var allowed = new IPSetProps { Addresses = new string[] { localIpAddress + "/32" } };
                    Mail.Send(new[] { "ops@example.com" }, "deployed");
                    new ConnectionPool({|#0:new[] { "db-1" }|});
                }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "addresses", "\"db-1\""));

    [Fact]
    public Task The_servers_of_an_OpenAPI_document_describe_this_application_they_are_not_a_pool() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            namespace Microsoft.OpenApi { public class OpenApiServer { public string Url { get; set; } = ""; } public class OpenApiDocument { public IList<OpenApiServer> Servers { get; set; } = []; } }
            namespace Scalar.AspNetCore { public class ScalarServer(string url) { } public class ScalarOptions { public IEnumerable<ScalarServer> Servers { get; set; } = []; } }
            namespace Shop
            {
                using Microsoft.OpenApi;
                using Scalar.AspNetCore;
                public class Server(string url) { }
                public class ClientOptions { public Server[] Servers { get; set; } = []; }
                class Documents
                {
                    void Swagger(OpenApiDocument swagger, string baseUrl) => swagger.Servers = new List<OpenApiServer> { new OpenApiServer { Url = baseUrl } };
                    void Reference(ScalarOptions options) => options.Servers = new[] { new ScalarServer("/api") };
                    void Client(ClientOptions options) => options.Servers = {|#0:new[] { new Server("https://10.0.0.5/") }|};
                }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "Servers", "new Server(\"https://10.0.0.5/\")"));

    [Fact]
    public Task A_pool_whose_one_member_is_this_process_is_not_flagged() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net;
            sealed class SiloAddress { public IPEndPoint Endpoint { get; } = new(IPAddress.Loopback, 11111); }
            sealed class ClusterMembership { public static ClusterMembership Create(SiloAddress[] members) => new(); }
            sealed class LocalGrainDirectory
            {
                public SiloAddress MyAddress { get; } = new();
                ClusterMembership Start() => ClusterMembership.Create([MyAddress]);
                ClusterMembership Again() => ClusterMembership.Create(new[] { this.MyAddress });
                ClusterMembership Seed(SiloAddress seed) => ClusterMembership.Create({|#0:[seed]|});
            }
            sealed class ClusterNode
            {
                public ClusterNode[] Peers { get; set; } = [];
                void Alone() => Peers = [this];
            }
            static class RingClient
            {
                public static void Join(string[] peers) { }
                static void Start(string localHost)
                {
                    Join([Dns.GetHostName()]);
                    Join([Environment.MachineName]);
                    Join([localHost]);
                    Join({|#1:["node-2"]|});
                }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "members", "seed"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(1, "peers", "\"node-2\""));

    [Fact]
    public Task One_record_that_carries_no_address_is_bookkeeping_not_a_pool() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System;
            sealed record DcpInstance(string Name, string Suffix, int Index);
            sealed record Replica(string Name, Uri Address);
            sealed record Node(string Name, int Port);
            sealed class Target { public string BaseUrl { get; set; } = ""; }
            static class ProxyConfig
            {
                static void AddInstances(object resource, DcpInstance[] instances) { }
                static void AddReplicas(object resource, Replica[] replicas) { }
                static void AddNodes(object resource, Node[] nodes) { }
                static void AddHosts(object resource, Target[] hosts) { }
                static void AddServers(object resource, int[] servers) { }
                static void Record(object resource, string name)
                {
                    AddInstances(resource, [new DcpInstance(name, "x1", 0)]);
                    AddServers(resource, [1]);
                    AddReplicas(resource, {|#0:[new Replica(name, new Uri("http://web-1/"))]|});
                    AddNodes(resource, {|#1:[new Node(name, 80)]|});
                    AddHosts(resource, {|#2:[new Target { BaseUrl = "http://web-1/" }]|});
                }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "replicas", "new Replica(name, new Uri(\"http://web-1/\"))"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(1, "nodes", "new Node(name, 80)"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(2, "hosts", "new Target { BaseUrl = \"http://web-1/\" }"));

    [Fact]
    public Task One_group_that_holds_its_own_members_is_judged_by_them_not_as_a_pool_of_one() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            sealed class LbEndpoint { public string Address { get; set; } = ""; }
            sealed class LocalityLbEndpoints { public List<LbEndpoint> LbEndpoints { get; set; } = []; }
            sealed class ClusterLoadAssignment
            {
                public List<LocalityLbEndpoints> Endpoints { get; set; } = [];
                public List<LbEndpoint> Servers { get; set; } = [];
            }
            static class Envoy
            {
                static void Configure(ClusterLoadAssignment assignment)
                {
                    assignment.Endpoints = new List<LocalityLbEndpoints> { new LocalityLbEndpoints { LbEndpoints = [new LbEndpoint(), new LbEndpoint()] } };
                    assignment.Servers = {|#0:new List<LbEndpoint> { new LbEndpoint { Address = "10.0.0.5" } }|};
                }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "Servers", "new LbEndpoint { Address = \"10.0.0.5\" }"));

    [Fact]
    public Task A_default_that_the_caller_replaces_is_not_a_pool_of_one() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            sealed class ServerAddress(string host) { public string Host { get; } = host; }
            sealed class ClientSettings
            {
                private List<ServerAddress> _servers;
                private List<ServerAddress> _replicas;
                public ClientSettings()
                {
                    _servers = new List<ServerAddress> { new ServerAddress("localhost") };
                    _replicas = {|#0:new List<ServerAddress> { new ServerAddress("db-1") }|};
                }
                public IEnumerable<ServerAddress> Servers { get => _servers; set => _servers = [.. value]; }
                public IEnumerable<Uri> Nodes { get; set; } = [new Uri("http://localhost:9200")];
                public IReadOnlyList<Uri> Hosts { get; } = {|#1:[new Uri("http://search-1:9200")]|};
            }
            sealed class SinkOptions(Uri[] nodes) { public Uri[] Nodes { get; } = nodes; }
            static class Sinks
            {
                public static SinkOptions Search(SinkOptions? options = null)
                {
                    options = options ?? new SinkOptions(new[] { new Uri("http://localhost:9200") });
                    return options;
                }

                public static SinkOptions Default(Uri[]? nodes = null)
                {
                    nodes ??= [new Uri("http://localhost:9200")];
                    return new SinkOptions(nodes);
                }

                public static SinkOptions Statement(SinkOptions? options, SinkOptions? other)
                {
                    if (options == null)
                    {
                        options = new SinkOptions(new[] { new Uri("http://localhost:9200") });
                    }

                    if (options is null) options = new SinkOptions([new Uri("http://localhost:9200")]);
                    if (other == null)
                    {
                        options = new SinkOptions({|#3:[new Uri("http://search-1:9200")]|});
                    }

                    return options;
                }

                public static SinkOptions Fixed(SinkOptions? options) => options?.Nodes.Length > 0 ? options : new SinkOptions({|#2:new[] { new Uri("http://search-1:9200") }|});
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "_replicas", "new ServerAddress(\"db-1\")"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(1, "Hosts", "new Uri(\"http://search-1:9200\")"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(2, "nodes", "new Uri(\"http://search-1:9200\")"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(3, "nodes", "new Uri(\"http://search-1:9200\")"));

    [Fact]
    public Task A_type_named_for_one_member_and_a_wildcard_are_not_a_pool_of_one() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            abstract class ConnectionPool(IReadOnlyList<Uri> nodes) { public IReadOnlyList<Uri> Nodes { get; } = nodes; }
            sealed class SingleNodeConnectionPool(Uri node) : ConnectionPool(new[] { node });
            sealed class SingleNodeConnectionPool2() : ConnectionPool(new[] { new Uri("http://search-1:9200") });
            sealed class StaticConnectionPool() : ConnectionPool({|#0:new[] { new Uri("http://search-1:9200") }|});
            sealed class SingleNodeProvider
            {
                public void Start(Uri self, Action<Uri[]> updateTopology) => updateTopology(new[] { self });
                private sealed class Topology { public Uri[] Members { get; set; } = []; public void Reset(Uri only) => Members = [only]; }
            }
            static class InstanceClient
            {
                static void Filter(HashSet<string> instances) { }
                static void Hosts(string[] hosts) { }
                static void Start()
                {
                    Filter(new HashSet<string> { "*" });
                    Hosts({|#1:new[] { "db-1" }|});
                }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "nodes", "new Uri(\"http://search-1:9200\")"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(1, "hosts", "\"db-1\""));

    [Fact]
    public Task One_value_given_to_params_is_not_a_pool_written_in_place_unless_a_pool_type_takes_it() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net;
            sealed class MemberInfo { public EndPoint HttpEndPoint { get; } = new IPEndPoint(IPAddress.Loopback, 2113); }
            sealed class ClusterInfo { public ClusterInfo(params MemberInfo[] members) { } }
            sealed class HttpService { public HttpService(bool secure, params EndPoint[] endPoints) { } }
            sealed class IngressHostMetadata { public IngressHostMetadata(params string[] hosts) { } }
            sealed class ServiceClient { public ServiceClient(bool secure, params EndPoint[] endPoints) { } }
            sealed class RoundRobinBalancer { public RoundRobinBalancer(params Uri[] backends) { } }
            sealed class Gossip
            {
                MemberInfo GetInitialMe() => new();
                void Start(EndPoint listen, string routeHost, Uri web1)
                {
                    _ = new ClusterInfo(GetInitialMe());
                    _ = new HttpService(true, listen);
                    _ = new IngressHostMetadata(routeHost);
                    _ = new ServiceClient(true, listen);
                    _ = new ServiceClient(true, {|#0:new[] { listen }|});
                    _ = new RoundRobinBalancer({|#1:web1|});
                }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "endPoints", "listen"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(1, "backends", "web1"));

    [Fact]
    public Task A_constructor_value_the_type_replaces_later_is_where_it_starts_not_a_pool_of_one() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Threading;
            sealed class GossipClient
            {
                private Uri[] _servers;
                private Uri[] _peers;
                private readonly Uri[] _replicas;
                private Uri[] _backends;
                private Uri[] _members = [new Uri("http://node-1/")];
                private static readonly Uri Primary = new("http://node-1/");
                public GossipClient()
                {
                    _servers = new[] { Primary };
                    _peers = [Primary];
                    _replicas = {|#0:[Primary]|};
                    _backends = {|#1:[Primary]|};
                    _hosts = [Primary];
                    Gossiped += hosts => _hosts = hosts;
                }
                private Uri[] _hosts;
                public event Action<Uri[]>? Gossiped;
                public void OnGossip(Uri[] members) => _servers = members;
                public void OnPeers(Uri[] peers) => Interlocked.Exchange(ref _peers, peers);
                public void OnMembers(Uri[] members) { this._members = members; }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "_replicas", "Primary"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(1, "_backends", "Primary"));

    [Fact]
    public Task Only_what_sends_traffic_is_a_pool_host_names_to_match_and_records_about_nodes_are_not() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net;
            sealed class V1IngressTLS { public IList<string> Hosts { get; set; } = []; }
            sealed class V1VirtualServiceSpec { public List<string> Hosts { get; set; } = []; }
            sealed class HostingResourceConstraint { public List<string> Nodes { get; set; } = []; }
            sealed class KestrelHttpService { public KestrelHttpService(EndPoint[] endPoints) { } }
            sealed class Node(string host, string port) { }
            sealed class Config { public List<Node> Nodes { get; set; } = []; }
            class ConnectionFactory { public void CreateConnection(IList<IPEndPoint> endpoints) { } }
            static class RedisRegistration { public static void AddRedisClient(this object services, string[] hosts) { } }
            static class Setup
            {
                static void Configure(string host, IPEndPoint listen, object services, ConnectionFactory factory, Config config)
                {
                    _ = new V1IngressTLS { Hosts = new List<string> { host } };
                    _ = new V1VirtualServiceSpec { Hosts = new List<string> { "api.example.com" } };
                    _ = new HostingResourceConstraint { Nodes = new List<string> { "node-1" } };
                    _ = new KestrelHttpService(new[] { listen });
                    config.Nodes = {|#0:new List<Node> { new Node("search-1", "8108") }|};
                    factory.CreateConnection({|#1:new List<IPEndPoint> { listen }|});
                    services.AddRedisClient({|#2:new[] { "cache-1:6379" }|});
                }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "Nodes", "new Node(\"search-1\", \"8108\")"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(1, "endpoints", "listen"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(2, "hosts", "\"cache-1:6379\""));

    [Fact]
    public Task A_dictionary_of_one_destination_and_a_members_own_collection_filled_with_one_are_flagged() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            sealed class DestinationConfig { public string Address { get; init; } = ""; }
            sealed class ClusterConfig { public IReadOnlyDictionary<string, DestinationConfig>? Destinations { get; init; } }
            sealed class EndPointCollection : List<string> { }
            sealed class ConfigurationOptions { public EndPointCollection EndPoints { get; } = new(); }
            sealed class Report { public Dictionary<string, string> Hosts { get; } = new(); }
            static class Proxy
            {
                static object Clusters() => new[]
                {
                    new ClusterConfig { Destinations = {|#0:new Dictionary<string, DestinationConfig> { { "d1", new DestinationConfig { Address = "http://orders:8080/" } } }|} },
                    new ClusterConfig { Destinations = {|#1:new Dictionary<string, DestinationConfig> { ["d1"] = new DestinationConfig { Address = "http://cart:8080/" } }|} },
                    new ClusterConfig
                    {
                        Destinations = new Dictionary<string, DestinationConfig>
                        {
                            { "d1", new DestinationConfig { Address = "http://web-1:8080/" } },
                            { "d2", new DestinationConfig { Address = "http://web-2:8080/" } },
                        },
                    },
                };

                static ConfigurationOptions Redis(string configured) => new() { EndPoints = {|#2:{ configured }|} };
                static ConfigurationOptions Pair() => new() { EndPoints = { "redis-1:6379", "redis-2:6379" } };
                static Report Summary() => new() { Hosts = { { "web-1", "up" } } };
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "Destinations", "new DestinationConfig { Address = \"http://orders:8080/\" }"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(1, "Destinations", "new DestinationConfig { Address = \"http://cart:8080/\" }"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(2, "EndPoints", "configured"));

    // The test compilation's assembly is TestProject: types under that namespace are the application's own.
    [Fact]
    public Task The_applications_own_settings_are_not_a_pool_a_librarys_settings_and_any_client_are() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            namespace NATS.Client
            {
                public sealed class Options { public string[] Servers { get; set; } = []; }
            }
            namespace TestProject.Settings
            {
                public sealed class PlexServers { public string Ip { get; set; } = ""; public int Port { get; set; } }
                public sealed class PlexSettings { public List<PlexServers> Servers { get; set; } = []; }
                public sealed class GatewayOptions { public string[] Upstreams { get; set; } = []; }
                public sealed class RedisClient { public RedisClient(string[] hosts) { } }
            }
            namespace TestProject.Web
            {
                using TestProject.Settings;
                sealed class SignIn
                {
                    static void Save(PlexSettings settings, GatewayOptions gateway, string ip)
                    {
                        settings.Servers = new List<PlexServers> { new PlexServers { Ip = ip, Port = 32400 } };
                        gateway.Upstreams = new[] { "http://orders:8080/" };
                        _ = new RedisClient({|#0:new[] { "redis-1:6379" }|});
                        _ = new NATS.Client.Options { Servers = {|#1:new[] { "nats://nats-1:4222" }|} };
                    }
                }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "hosts", "\"redis-1:6379\""),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(1, "Servers", "\"nats://nats-1:4222\""));

    private const string ShopCacheSettings = """
        namespace Shop.Cache
        {
            public sealed class CacheSettings { public string[] Hosts { get; set; } = []; }
        }
        namespace Shop.Web
        {
            static class Startup
            {
                static Shop.Cache.CacheSettings Cache() => new() { Hosts = {|#0:new[] { "redis-1:6379" }|} };
            }
        }
        """;

    [Fact]
    public async Task A_sample_of_a_library_uses_the_librarys_settings_not_its_own()
    {
        await Verify<SingleBackendPoolAnalyzer>.AnalyzerInProgramAsync("Shop.Web", ShopCacheSettings.Replace("{|#0:", "").Replace("|}", ""));
        await Verify<SingleBackendPoolAnalyzer>.AnalyzerInProgramAsync(
            "Shop.Samples.Web", ShopCacheSettings, Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "Hosts", "\"redis-1:6379\""));
    }

    [Fact]
    public Task A_client_made_for_the_one_member_a_method_was_given_is_that_members_not_a_pool_of_one() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            sealed class ConfigurationOptions { public List<string> EndPoints { get; } = new(); }
            class CacheEndpoint { public string Host { get; set; } = ""; public int Port { get; set; } }
            sealed class ConsistentHashNode : CacheEndpoint { }
            sealed class AmqpConfiguration { public string Host { get; set; } = ""; }
            static class RedisCacheClient
            {
                static ConfigurationOptions ForNode(CacheEndpoint endpoint)
                {
                    var info = endpoint as ConsistentHashNode;
                    var point = string.Format("{0}:{1}", info!.Host, info.Port);
                    return new ConfigurationOptions { EndPoints = { point } };
                }

                static ConfigurationOptions ForHost(string host) => new() { EndPoints = {|#0:{ host }|} };

                static ConfigurationOptions FromConfiguration(AmqpConfiguration configuration)
                {
                    var point = configuration.Host + ":6379";
                    return new ConfigurationOptions { EndPoints = {|#1:{ point }|} };
                }
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "EndPoints", "host"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(1, "EndPoints", "point"));

    [Fact]
    public Task One_endpoint_beside_an_address_resolver_is_a_load_balancers_address_not_a_pool_of_one() =>
        Verify<SingleBackendPoolAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            using System.Net;
            sealed class AddressResolver
            {
                public AddressResolver(EndPoint endPoint) => EndPoint = endPoint;
                public EndPoint EndPoint { get; }
            }
            sealed class StreamSystemConfig
            {
                public IList<EndPoint> Endpoints { get; set; } = new List<EndPoint>();
                public AddressResolver? AddressResolver { get; set; }
            }
            sealed class ClientConfig { public List<EndPoint> Endpoints { get; } = new(); public AddressResolver? AddressResolver { get; set; } }
            static class Streams
            {
                static StreamSystemConfig BehindBalancer(AddressResolver resolver) =>
                    new() { AddressResolver = resolver, Endpoints = new List<EndPoint> { resolver.EndPoint } };

                static ClientConfig FilledInPlace(AddressResolver resolver) =>
                    new() { Endpoints = { resolver.EndPoint }, AddressResolver = resolver };

                static ClientConfig OneNodeFilledInPlace(AddressResolver resolver) =>
                    new() { Endpoints = {|#2:{ resolver.EndPoint }|} };

                static StreamSystemConfig OneBroker() =>
                    new() { Endpoints = {|#0:new List<EndPoint> { new IPEndPoint(IPAddress.Loopback, 5552) }|} };

                static StreamSystemConfig NoResolverAfterAll() =>
                    new() { AddressResolver = null, Endpoints = {|#1:new List<EndPoint> { new IPEndPoint(IPAddress.Loopback, 5552) }|} };
            }
            """,
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(0, "Endpoints", "new IPEndPoint(IPAddress.Loopback, 5552)"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(1, "Endpoints", "new IPEndPoint(IPAddress.Loopback, 5552)"),
            Verify<SingleBackendPoolAnalyzer>.Diagnostic(2, "Endpoints", "resolver.EndPoint"));
}
