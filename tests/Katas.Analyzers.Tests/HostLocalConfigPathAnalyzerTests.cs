namespace Katas.Analyzers.Tests;

public sealed class HostLocalConfigPathAnalyzerTests
{
    [Fact]
    public Task An_absolute_path_to_a_config_file_given_to_file_or_configuration_apis_is_flagged() =>
        Verify<HostLocalConfigPathAnalyzer>.AnalyzerAsync("""
            using System.IO;
            static class ConfigurationBuilderExtensions { public static object AddJsonFile(this object builder, string path) => builder; }
            class Settings
            {
                string Linux() => File.ReadAllText({|#0:"/etc/shop/app.conf"|});
                StreamReader Windows() => new StreamReader({|#1:@"C:\shop\appsettings.json"|});
                object Builder(object builder) => builder.AddJsonFile({|#2:"/opt/shop/config.yaml"|});
                void Load(string configPath) { }
                void Named() => Load(configPath: {|#3:"/srv/shop/settings.ini"|});
                string Spaces() => File.ReadAllText({|#4:@"C:\Program Files\shop\app.config"|});
            }
            """,
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(0, "/etc/shop/app.conf"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(1, @"C:\shop\appsettings.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(2, "/opt/shop/config.yaml"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(3, "/srv/shop/settings.ini"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(4, @"C:\Program Files\shop\app.config"));

    [Fact]
    public Task Paths_under_an_allowed_prefix_such_as_a_mounted_ConfigMap_are_not_flagged() =>
        Verify<HostLocalConfigPathAnalyzer>.AnalyzerAsync("""
            using System.IO;
            class Settings
            {
                string Mounted() => File.ReadAllText("/etc/config/app.json");
                string Local() => File.ReadAllText({|#0:"/etc/shop/app.conf"|});
            }
            """,
            "SPOF008.allowed_prefixes = /etc/config/, /run/secrets/",
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(0, "/etc/shop/app.conf"));

    [Fact]
    public Task Relative_paths_data_files_and_paths_that_reach_no_file_api_are_not_flagged() =>
        Verify<HostLocalConfigPathAnalyzer>.AnalyzerAsync("""
            using System;
            using System.IO;
            class Settings
            {
                string Relative() => File.ReadAllText("config/app.conf");
                string Data() => File.ReadAllText("/var/shop/orders.csv");
                void Show() => Console.WriteLine("/etc/shop/app.conf");
                string Combined(string root) => File.ReadAllText(Path.Combine(root, "app.json"));
            }
            """);

    [Fact]
    public Task A_json_xml_or_yaml_file_is_configuration_only_when_its_path_says_so() =>
        Verify<HostLocalConfigPathAnalyzer>.AnalyzerAsync("""
            using System.IO;
            class Drift
            {
                string App() => File.ReadAllText({|#0:"/srv/web-1/app.json"|});
                string Named() => File.ReadAllText({|#1:"/srv/web-1/serverConfig.json"|});
                string Folder() => File.ReadAllText({|#2:"/home/student/configs/server1.yaml"|});
                string Settings() => File.ReadAllText({|#3:@"C:\ProgramData\shop\AppSettings.Production.json"|});
                string Etc() => File.ReadAllText({|#4:"/etc/shop/server.xml"|});
                string RunTogether() => File.ReadAllText({|#5:"/Library/Preferences/shop/hostsettings.json"|});
                string Lower() => File.ReadAllText({|#6:"/srv/shop/appconfig.yaml"|});

                void Report(string text) => File.WriteAllText("/tmp/drift-report.json", text);
                string Orders() => File.ReadAllText("/var/shop/orders.json");
                string Feed() => File.ReadAllText("/data/catalog.xml");
                string Pets() => File.ReadAllText("/srv/shelter/adoptions.json");
            }
            """,
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(0, "/srv/web-1/app.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(1, "/srv/web-1/serverConfig.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(2, "/home/student/configs/server1.yaml"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(3, @"C:\ProgramData\shop\AppSettings.Production.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(4, "/etc/shop/server.xml"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(5, "/Library/Preferences/shop/hostsettings.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(6, "/srv/shop/appconfig.yaml"));

    [Fact]
    public Task Paths_a_container_shares_by_design_and_folders_no_host_has_are_not_flagged() =>
        Verify<HostLocalConfigPathAnalyzer>.AnalyzerAsync("""
            using System.IO;
            class Settings
            {
                string Image() => File.ReadAllText("/app/config/appsettings.json");
                string Secret() => File.ReadAllText("/run/secrets/db.conf");
                string ServiceAccount() => File.ReadAllText("/var/run/secrets/kubernetes.io/config.yaml");
                string Volume() => File.ReadAllText("/config/appsettings.json");
                string AddOn() => File.ReadAllText("/data/options.json");
                string Mounted() => File.ReadAllText("/settings/app.conf");
                string ImageFolder() => File.ReadAllText("/usr/storagr/config/storagr.json");
                string Package() => File.ReadAllText({|#4:"/usr/share/shop/appsettings.json"|});
                string OnTheHost() => File.ReadAllText({|#0:"/etc/app/config.json"|});
                string Installed() => File.ReadAllText({|#1:"/usr/local/etc/app.json"|});
                string Mac() => File.ReadAllText({|#2:"/Users/shop/app.conf"|});
                string Windows() => File.ReadAllText({|#3:@"C:\config\app.json"|});
            }
            """,
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(0, "/etc/app/config.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(1, "/usr/local/etc/app.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(2, "/Users/shop/app.conf"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(3, @"C:\config\app.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(4, "/usr/share/shop/appsettings.json"));

    [Fact]
    public Task The_operating_systems_own_resolver_and_kerberos_files_are_not_flagged_the_applications_beside_them_are() =>
        Verify<HostLocalConfigPathAnalyzer>.AnalyzerInProgramAsync("Shop.Api", """
            using System.IO;
            class NameServers
            {
                internal const string EtcResolvConfFile = "/etc/resolv.conf";
                static string Parse(string filePath) => File.ReadAllText(filePath);
                string Resolver() => Parse(EtcResolvConfFile);
                string NameService() => File.ReadAllText("/etc/nsswitch.conf");
                string Kerberos() => File.ReadAllText("/etc/krb5.conf");
                string Own() => File.ReadAllText({|#0:"/etc/shop.conf"|});
                string OwnResolver() => File.ReadAllText({|#1:"/etc/shop/resolv.conf"|});
            }
            """,
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(0, "/etc/shop.conf"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(1, "/etc/shop/resolv.conf"));

    [Fact]
    public Task Computing_with_a_path_reads_no_file_reading_it_through_a_wrapper_does() =>
        Verify<HostLocalConfigPathAnalyzer>.AnalyzerAsync("""
            using System.IO;
            interface IPathUtilities { string GetFileName(string path); string GetDirectoryName(string path); }
            interface IFileSystem { IPathUtilities Path { get; } string ReadAllTextFromFile(string path); }
            class RestoreJob
            {
                const string PatchStateFullPath = "/etc/patchstate/patch.json";
                string Key() => Path.GetFileName(PatchStateFullPath);
                string Mount(IFileSystem files) => files.Path.GetDirectoryName(PatchStateFullPath);
                string SecretKey(IFileSystem files) => files.Path.GetFileName(PatchStateFullPath);
                string Read(IFileSystem files) => files.ReadAllTextFromFile({|#0:"/etc/shop/app.conf"|});
            }
            """,
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(0, "/etc/shop/app.conf"));

    [Fact]
    public Task Files_programs_write_and_files_on_another_machine_are_not_flagged() =>
        Verify<HostLocalConfigPathAnalyzer>.AnalyzerAsync("""
            using System.IO;
            sealed class RemoteFile(string path, string permissions) { }
            static class SshProxy { public static string Download(string path) => path; }
            class Node
            {
                const string TenantIdFile = "/var/lib/waagent/HostingEnvironmentConfig.xml";
                bool Tenant() => File.Exists(TenantIdFile);
                string Cached() => File.ReadAllText("/var/cache/shop/settings.json");
                string Kernel() => File.ReadAllText("/proc/sys/net/core/somaxconn.conf");
                RemoteFile Admin() => new RemoteFile("/etc/kubernetes/admin.conf", "600");
                string Fetch() => SshProxy.Download("/etc/shop/app.conf");
                string Own() => File.ReadAllText({|#0:"/etc/shop/app.conf"|});
                string Installed() => File.ReadAllText({|#1:"/var/shop/config.json"|});
            }
            """,
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(0, "/etc/shop/app.conf"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(1, "/var/shop/config.json"));

    [Fact]
    public Task Another_programs_file_and_a_tests_settings_are_not_flagged_the_programs_own_configuration_is() =>
        Verify<HostLocalConfigPathAnalyzer>.AnalyzerInProgramAsync("Shop.Web", """
            using System.IO;
            interface IFileSystem { bool FileExists(string path); }
            static class IniSerializer { public static string Deserialize(IFileSystem fs, string path) => path; }
            static class ConfigLoader { public static string Load(string path) => path; }
            static class Builder { public static object AddJsonFile(this object builder, string path) => builder; }
            class Host
            {
                // The operating system's and other programs' files, which this program only reads.
                bool Wsl(IFileSystem fs) => fs.FileExists("/etc/wsl.conf");
                string WslIni(IFileSystem fs) => IniSerializer.Deserialize(fs, "/etc/wsl.conf");
                bool Docker() => File.Exists("/etc/docker/daemon.json");
                string Nginx() => File.ReadAllText("/etc/nginx/nginx.conf");

                // The tests' settings, read on the machine that runs the tests.
                object TestSettings(object builder) => builder.AddJsonFile("/home/shop/shop.test.settings.json");
                string Fixture() => File.ReadAllText("/etc/shop/tests/app.conf");

                // Its own: loaded as configuration, named only "configuration", or named after the program.
                object Loaded(object builder) => builder.AddJsonFile({|#0:"/etc/nginx/extra.json"|});
                string Loader() => ConfigLoader.Load({|#1:"/etc/acme/features.yaml"|});
                string Generic() => File.ReadAllText({|#2:"/etc/acme/appsettings.Production.json"|});
                bool Named() => File.Exists({|#3:"/etc/shop.conf"|});
                string Folder() => File.ReadAllText({|#4:"/opt/shop-tools/features.ini"|});
            }
            """,
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(0, "/etc/nginx/extra.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(1, "/etc/acme/features.yaml"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(2, "/etc/acme/appsettings.Production.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(3, "/etc/shop.conf"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(4, "/opt/shop-tools/features.ini"));

    [Fact]
    public Task A_path_kept_in_a_local_never_assigned_again_a_readonly_field_or_joined_from_constants_is_flagged() =>
        Verify<HostLocalConfigPathAnalyzer>.AnalyzerAsync("""
            using System.IO;
            static class Builder { public static object AddJsonFile(this object builder, string path) => builder; }
            class Settings
            {
                static readonly string SettingsPath = "/home/shop/shop.Production.settings.json";
                const string ProgramData = @"C:\ProgramData\Shop";

                bool Local()
                {
                    var configFile = "/etc/shop/config.json";
                    return File.Exists({|#0:configFile|});
                }

                object Field(object builder) => builder.AddJsonFile({|#1:SettingsPath|});
                string Joined() => File.ReadAllText({|#2:Path.Combine("/etc/shop/", "appsettings.json")|});
                string Windows() => File.ReadAllText({|#3:Path.Combine(ProgramData, "settings.json")|});

                string Chain()
                {
                    var folder = "/usr/local/etc/shop";
                    var path = Path.Join(folder, "app.conf");
                    return File.ReadAllText({|#4:path|});
                }
            }
            """,
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(0, "/etc/shop/config.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(1, "/home/shop/shop.Production.settings.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(2, "/etc/shop/appsettings.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(3, @"C:\ProgramData\Shop\settings.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(4, "/usr/local/etc/shop/app.conf"));

    [Fact]
    public Task A_local_assigned_again_or_passed_by_reference_a_writable_field_and_a_join_with_a_run_time_part_are_not_flagged() =>
        Verify<HostLocalConfigPathAnalyzer>.AnalyzerAsync("""
            using System;
            using System.IO;
            class Settings
            {
                static string s_path = "/etc/shop/app.conf";
                static bool TryFind(ref string path) => true;
                static void Split(string all, out string first, out string rest) { first = all; rest = all; }

                string Reassigned(bool user)
                {
                    var path = "/etc/shop/app.conf";
                    if (user) path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "shop.conf");
                    return File.ReadAllText(path);
                }

                string Defaulted(string? given)
                {
                    var path = "/etc/shop/app.conf";
                    path ??= given;
                    path = given ?? path;
                    return File.ReadAllText(path);
                }

                string ByReference()
                {
                    var path = "/etc/shop/app.conf";
                    TryFind(ref path);
                    return File.ReadAllText(path);
                }

                string Deconstructed(string all)
                {
                    var path = "/etc/shop/app.conf";
                    string rest;
                    (path, rest) = (all, all);
                    return File.ReadAllText(path);
                }

                string Writable() => File.ReadAllText(s_path);
                string RunTime(string root) => File.ReadAllText(Path.Combine(root, "etc", "app.conf"));
                string Home() => File.ReadAllText(Path.Combine(Environment.GetEnvironmentVariable("HOME")!, "app.conf"));
                string Name() => Path.GetFileName(Path.Combine("/etc/shop", "app.conf"));
            }
            """);

    [Fact]
    public Task A_state_file_the_program_writes_itself_is_not_flagged_a_file_named_configuration_is_even_when_it_writes_it() =>
        Verify<HostLocalConfigPathAnalyzer>.AnalyzerInProgramAsync("DeCloud.NodeAgent", """
            using System.IO;
            using System.Threading.Tasks;
            class NodeMetadata
            {
                const string ResolvedAllocationFile = "/etc/decloud/allocation-resolved.json";
                static readonly string LastKnownPeers = "/etc/decloud/last-known-peers.json";
                const string SettingsFile = "/etc/decloud/settings.json";
                const string PeersFile = "/etc/decloud/peers.json";

                async Task<string?> LoadAsync() => File.Exists(ResolvedAllocationFile) ? await File.ReadAllTextAsync(ResolvedAllocationFile) : null;

                async Task SaveAsync(string json)
                {
                    var tmp = ResolvedAllocationFile + ".tmp";
                    await File.WriteAllTextAsync(tmp, json);
                    File.Move(tmp, ResolvedAllocationFile, overwrite: true);
                }

                string Peers() => File.ReadAllText(LastKnownPeers);

                void RememberPeers(string json)
                {
                    using var writer = new StreamWriter(LastKnownPeers);
                    writer.Write(json);
                }

                string Settings() => File.ReadAllText({|#0:SettingsFile|});
                void Configure(string json) => File.WriteAllText({|#1:SettingsFile|}, json);
                string Configured() => File.ReadAllText({|#2:PeersFile|});
                Stream Open() => new FileStream({|#3:PeersFile|}, FileMode.Open);
            }
            """,
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(0, "/etc/decloud/settings.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(1, "/etc/decloud/settings.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(2, "/etc/decloud/peers.json"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(3, "/etc/decloud/peers.json"));

    [Fact]
    public Task A_file_read_from_a_container_or_mapped_into_one_is_not_flagged_a_file_of_this_machine_beside_it_is() =>
        Verify<HostLocalConfigPathAnalyzer>.AnalyzerAsync("""
            using System.IO;
            using System.Threading.Tasks;

            namespace DotNet.Testcontainers.Containers
            {
                public class DockerContainer
                {
                    public Task<byte[]> ReadFileAsync(string filePath) => Task.FromResult(new byte[0]);
                }
            }

            namespace DotNet.Testcontainers.Builders
            {
                public class ContainerBuilder
                {
                    public ContainerBuilder WithResourceMapping(FileInfo source, FileInfo target) => this;
                }
            }

            namespace Testcontainers.K3s
            {
                using DotNet.Testcontainers.Builders;
                using DotNet.Testcontainers.Containers;

                public sealed class K3sContainer : DockerContainer
                {
                    public async Task<string> GetKubeconfigAsync() =>
                        System.Text.Encoding.UTF8.GetString(await ReadFileAsync("/etc/rancher/k3s/k3s.yaml"));
                }

                public sealed class WebDriverBuilder(ContainerBuilder builder)
                {
                    public ContainerBuilder WithConfiguration(string path) =>
                        builder.WithResourceMapping(new FileInfo(path), new FileInfo("/opt/bin/config.toml"));

                    public string Own() => File.ReadAllText({|#0:"/etc/shop/app.conf"|});
                    public FileInfo Local() => new FileInfo({|#1:"/opt/shop/config.toml"|});
                }
            }
            """,
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(0, "/etc/shop/app.conf"),
            Verify<HostLocalConfigPathAnalyzer>.Diagnostic(1, "/opt/shop/config.toml"));
}
