using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace Katas.Analyzers;

/// <summary>
/// Whether a configuration path is the file of the program being compiled, the one its servers each keep a copy of
/// (SPOF008), rather than a file of another program or of the operating system that the program only reads
/// (<c>/etc/wsl.conf</c>, <c>/etc/docker/daemon.json</c>), or the settings of its tests. A path is the program's own
/// when it is loaded as configuration (<c>AddJsonFile</c>, <see cref="LoadsConfiguration"/>), when its file name says nothing but
/// "configuration" (<c>app.conf</c>, <c>appsettings.Production.json</c>, <c>server1.yaml</c>): a file of another program
/// is named for that program; or when a folder or the file is named after the program (<c>/etc/powercycler.json</c>
/// in PowerCycler, <c>/etc/EchoSeven/appsettings.json</c> in EchoSeven).
/// </summary>
internal sealed class OwnConfiguration
{
    // Words a file name made only of is configuration in general, not another program's: the configuration words
    // themselves, the role of the process it configures, and the names of environments and layers
    // (appsettings.Production.json, settings.local.ini, host.json, server1.yaml).
    private static readonly NameSet s_genericFileWord = new(
        "app", "application", "appsettings", "settings", "setting", "config", "configs", "configuration", "conf", "cfg",
        "options", "server", "host", "service", "production", "development", "staging", "local", "default", "defaults",
        "shared", "common", "global", "override", "overrides", "user", "machine", "env", "environment", "nlog", "logging",
        "serilog");

    // Words of a method or type that loads configuration: AddJsonFile's JsonConfigurationExtensions,
    // NLog's XmlLoggingConfiguration and LoadConfiguration, log4net's XmlConfigurator, a code base's ConfigLoader.
    private static readonly NameSet s_configurationSourceWord = new("config", "configuration", "configure", "configurator", "settings");

    // The tests' settings (netpips.test.settings.json), read by the test runner's machine, not by a server.
    private static readonly NameSet s_testWord = new("test", "tests", "testing");

    // Parts of an assembly name that name a kind of project, not a program: Proglet's "API", "Shop.Web", "X.Core".
    private static readonly NameSet s_genericAssemblyPart = new(
        "api", "app", "web", "ui", "cli", "core", "common", "shared", "server", "service", "services", "client", "daemon",
        "host", "worker", "lib", "library", "console", "net", "dotnet", "tool", "tools", "main", "program", "src");

    private readonly ImmutableHashSet<string> _programNames;

    private OwnConfiguration(ImmutableHashSet<string> programNames) => _programNames = programNames;

    /// <summary>The program's names from its assembly name: <c>Logixware.SoftEther.Client.Daemon</c> gives the whole name
    /// and logixware, softether (lower case, letters and digits only), the parts that name a kind of project left out.</summary>
    public static OwnConfiguration For(string? assemblyName)
    {
        var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(assemblyName))
        {
            Add(names, assemblyName!);
            foreach (var part in assemblyName!.Split('.', '-', '_'))
            {
                if (!s_genericAssemblyPart.Contains(part))
                {
                    Add(names, part);
                }
            }
        }

        return new OwnConfiguration(names.ToImmutable());
    }

    /// <summary>A method or type named for loading configuration, by a word such as Configuration, Configure or Settings.</summary>
    public static bool LoadsConfiguration(string? typeName, string? methodName) =>
        methodName is not null && IdentifierWords.Of(methodName).Any(s_configurationSourceWord.Contains)
        || typeName is not null && IdentifierWords.Of(typeName).Any(s_configurationSourceWord.Contains);

    /// <summary>The path is this program's configuration, loaded as such or not; never a test's settings file.</summary>
    public bool Owns(string path, bool loadedAsConfiguration)
    {
        if (IdentifierWords.Of(path).Any(s_testWord.Contains))
        {
            return false;
        }

        return loadedAsConfiguration || HasGenericFileName(path) || NamesProgram(path);
    }

    private static bool HasGenericFileName(string path)
    {
        var name = FileName(path);
        var extension = name.LastIndexOf('.');
        var words = IdentifierWords.Of(extension > 0 ? name.Substring(0, extension) : name).Where(w => !char.IsDigit(w[0])).ToList();
        return words.Count > 0 && words.All(w => s_genericFileWord.Contains(w) || HostLocalConfigPathAnalyzer.EndsLikeConfiguration(w));
    }

    private bool NamesProgram(string path)
    {
        if (_programNames.IsEmpty)
        {
            return false;
        }

        foreach (var segment in path.Split('/', '\\'))
        {
            if (_programNames.Contains(Normalize(segment)) || segment.Split('.', '-', '_').Any(piece => _programNames.Contains(Normalize(piece))))
            {
                return true;
            }
        }

        return false;
    }

    private static string FileName(string path)
    {
        var slash = path.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private static void Add(ImmutableHashSet<string>.Builder names, string name)
    {
        var normalized = Normalize(name);
        if (normalized.Length >= 3)
        {
            names.Add(normalized);
        }
    }

    /// <summary>Lower case, letters and digits only: <c>greeac-localserver</c> and <c>GreeACLocalServer</c> are one name.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
