using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF008: an absolute literal path to a configuration file (<c>/etc/shop/app.conf</c>,
/// <c>C:\shop\appsettings.json</c>) given to file or configuration APIs. Each server then reads its own
/// copy, edited by hand: the copies drift apart (server1 at 1.2, server2 missed the update at 1.1). Only the program's
/// own configuration counts (<see cref="OwnConfiguration"/>): another program's file it reads, or its tests' settings, are
/// not its servers' copies to drift.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HostLocalConfigPathAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor =
        Rule.Create(RuleIdentifiers.HostLocalConfigurationPath, RuleCategories.Configuration, DiagnosticSeverity.Warning);

    private static readonly string[] s_fileTypes =
        ["System.IO.File", "System.IO.FileInfo", "System.IO.FileStream", "System.IO.StreamReader", "System.IO.StreamWriter"];

    private static readonly NameSet s_pathParameter = new(
        "path", "filePath", "fileName", "configPath", "configFile", "configurationFile", "configurationPath", "settingsPath", "settingsFile");

    // Methods that compute with a path and never open the file (System.IO.Path and the wrappers code bases put
    // around it): Path.GetFileName("/etc/patchstate/patch.json") names a Secret's key, it reads nothing.
    private static readonly NameSet s_pathArithmetic = new(
        "GetFileName", "GetFileNameWithoutExtension", "GetDirectoryName", "GetExtension", "ChangeExtension", "HasExtension",
        "GetFullPath", "GetPathRoot", "IsPathRooted", "IsPathFullyQualified", "Combine", "Join", "GetRelativePath",
        "EndsInDirectorySeparator", "TrimEndingDirectorySeparator");

    // No match timeout: every pattern here runs in time linear in one literal's length, and a wall-clock timeout
    // only turned a thread descheduled on a loaded build machine into an analyzer exception (AD0001).
    // /etc/app.conf, /opt/shop/config.json, C:\Program Files\shop\app.config, \\server\share\app.ini
    private static readonly Regex s_absoluteConfigPath = new(
        @"^(?:/|[A-Za-z]:[\\/]|\\\\)[^\r\n]*?\.(?:conf|config|cfg|json|ya?ml|ini|toml|xml|properties|env)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Regex.InfiniteMatchTimeout);

    // JSON, XML and YAML hold data as often as configuration: /tmp/report.json is a report. Such a file is
    // configuration when a word of its path says so: /etc/..., .../configs/..., appsettings.json, app.yaml,
    // serverConfig.json (words split at capitals, as in CodeContext).
    private static readonly Regex s_dataFormat = new(
        @"\.(?:json|xml|ya?ml)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Regex.InfiniteMatchTimeout);

    private static readonly NameSet s_configurationWord = new(
        "etc", "config", "configs", "configuration", "conf", "cfg", "settings", "appsettings", "app", "application", "options");

    // A word written in lower case as one runs its parts together (hostsettings.json, appconfig.json, nginxconf.yaml):
    // it is configuration when it ends in one of these.
    private static readonly string[] s_configurationEnding = ["settings", "config", "configuration", "conf", "cfg"];

    private static readonly Regex s_pathWord = new(
        "[A-Z]+(?![a-z])|[A-Z]?[a-z]+",
        RegexOptions.CultureInvariant,
        Regex.InfiniteMatchTimeout);

    // Paths that are the same file on every replica by design: /run/secrets/ and /var/run/secrets/ are where
    // Docker and Kubernetes mount secrets and the service account. No one edits them by hand on one server.
    private static readonly string[] s_sharedByDesign = ["/run/secrets/", "/var/run/secrets/"];

    // The top-level folders of a host: the Filesystem Hierarchy Standard's (Linux) and macOS's. Software installed on
    // a host keeps its configuration under these (/etc, /opt, /usr/local/etc, /srv, /home). A top-level folder
    // outside them (/app, /config, /data, /settings) is one that a container image declares: the application's
    // WORKDIR, or the mount point of a VOLUME that every replica gets from its orchestrator. No host has it by itself.
    private static readonly ImmutableHashSet<string> s_hostRoots = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "bin", "boot", "dev", "etc", "home", "lib", "lib32", "lib64", "libx32", "media", "mnt", "opt", "proc", "root", "run",
        "sbin", "srv", "sys", "tmp", "usr", "var",
        "Applications", "Library", "System", "Users", "Volumes", "private", "cores");

    // The Filesystem Hierarchy Standard's folders under /usr. A package installed on a host puts its files in these
    // (/usr/share/shop/, /usr/local/etc/shop/); /usr/shop/ is a folder a container image's Dockerfile made.
    private static readonly ImmutableHashSet<string> s_usrFolders = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "bin", "games", "include", "lib", "lib32", "lib64", "libexec", "libx32", "local", "sbin", "share", "src", "X11R6");

    // The operating system's own files, which every program on the host reads where the system keeps them: the
    // resolver's, the name service's and Kerberos' configuration (DnsClient.NET reads /etc/resolv.conf to find
    // the DNS servers). The application neither owns nor can move them, and in a container the platform writes
    // them (Kubernetes writes each pod's /etc/resolv.conf).
    private static readonly ImmutableHashSet<string> s_operatingSystemFiles = ImmutableHashSet.Create(
        StringComparer.Ordinal, "/etc/resolv.conf", "/etc/nsswitch.conf", "/etc/host.conf", "/etc/gai.conf", "/etc/krb5.conf");

    // Folders of files that programs write while they run, by the Filesystem Hierarchy Standard: state
    // (/var/lib/waagent/HostingEnvironmentConfig.xml, which the Azure agent writes), caches, logs, temporary and
    // run-time files, and the kernel's. Nobody edits them by hand on one server, so they do not drift that way.
    private static readonly string[] s_writtenByPrograms =
        ["/var/lib/", "/var/cache/", "/var/log/", "/var/run/", "/var/tmp/", "/tmp/", "/run/", "/proc/", "/sys/", "/dev/"];

    // Words of a type or method that say the path is on another machine: new RemoteFile("/etc/kubernetes/admin.conf"),
    // a file a tool fetches from a node over SSH. The rule is about this machine's disk.
    private static readonly NameSet s_remoteWord = new("remote", "ssh", "sftp", "scp");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // In a container image every replica reads the same file: the one the image holds, or the one the
            // orchestrator mounts there from one source (a ConfigMap, a Secret, a bind mount its launcher makes).
            // There is no per-server copy to edit by hand, so nothing to drift.
            // A desktop application runs on its user's machine: its machine-wide settings are that machine's, with no
            // fleet of servers whose copies could drift apart.
            if (SpofOptions.SkipsProject(start.Compilation, start.Options, Descriptor.Id)
                || SpofOptions.SkipsContainerImage(start.Compilation, start.Options, Descriptor.Id)
                || SpofOptions.SkipsDesktopApplication(start.Compilation, start.Options, Descriptor.Id, reportsByDefault: false))
            {
                return;
            }

            var fileTypes = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in s_fileTypes)
            {
                if (start.Compilation.GetTypeByMetadataName(name) is { } type)
                {
                    fileTypes.Add(type);
                }
            }

            var files = fileTypes.ToImmutable();
            var own = OwnConfiguration.For(start.Compilation.AssemblyName);
            start.RegisterOperationAction(c => Analyze(c, files, own, ((IObjectCreationOperation)c.Operation).Type, null, ((IObjectCreationOperation)c.Operation).Arguments), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => Analyze(c, files, own, ((IInvocationOperation)c.Operation).TargetMethod.ContainingType, ((IInvocationOperation)c.Operation).TargetMethod.Name, ((IInvocationOperation)c.Operation).Arguments), OperationKind.Invocation);
        });
    }

    private static void Analyze(
        OperationAnalysisContext context,
        ImmutableArray<INamedTypeSymbol> fileTypes,
        OwnConfiguration own,
        ITypeSymbol? type,
        string? methodName,
        ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            // Cheapest test first: almost no argument is a constant string starting like an absolute path, or a name
            // or a join that may hold one.
            var constant = argument.Value.ConstantValue is { HasValue: true, Value: string value } ? value : null;
            if (argument.Parameter is null || constant is null && !MayHoldFixedText(argument.Value))
            {
                continue;
            }

            var isFileApi = type is not null && Contains(fileTypes, type);
            var isConfigurationSource = methodName is not null && methodName.StartsWith("Add", StringComparison.Ordinal) && methodName.EndsWith("File", StringComparison.Ordinal);
            var isPathParameter = s_pathParameter.Contains(argument.Parameter.Name) && (methodName is null || !s_pathArithmetic.Contains(methodName));
            if (!(isFileApi || isConfigurationSource || isPathParameter)
                || (constant ?? FixedText.Of(argument.Value, context.CancellationToken)) is not { Length: >= 2 } text)
            {
                continue;
            }

            var path = text.Trim();
            if (IsConfigurationPath(path)
                && own.Owns(path, loadedAsConfiguration: isConfigurationSource || OwnConfiguration.LoadsConfiguration(type?.Name, methodName))
                && !IsAllowed(context, path)
                && !IsOnAnotherMachine(type, methodName)
                && !ContainerFiles.Holds(type, argument)
                && !IsStateTheProgramWrites(argument, path, context.CancellationToken))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptor, argument.Value.Syntax.GetLocation(), path));
            }
        }
    }

    /// <summary>
    /// A string local, field or property, or a call, whose text <see cref="FixedText"/> may follow to a constant
    /// (<c>var configFile = "/etc/morenote/config.json"; File.Exists(configFile)</c>).
    /// </summary>
    private static bool MayHoldFixedText(IOperation value) =>
        value.Type?.SpecialType == SpecialType.System_String
        && ImplicitConversions.Unwrap(value) is ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or IInvocationOperation;

    private static bool IsConfigurationPath(string path)
    {
        if (!s_absoluteConfigPath.IsMatch(path) || s_operatingSystemFiles.Contains(path) || IsContainerFolder(path) || IsWrittenByPrograms(path))
        {
            return false;
        }

        return !s_dataFormat.IsMatch(path) || SaysConfiguration(path);
    }

    /// <summary>A word of the text says configuration: <c>etc</c>, <c>config</c>, <c>appsettings</c>, <c>hostsettings</c>.</summary>
    private static bool SaysConfiguration(string text)
    {
        foreach (Match word in s_pathWord.Matches(text))
        {
            if (s_configurationWord.Contains(word.Value) || EndsLikeConfiguration(word.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A JSON, XML or YAML file whose own name says nothing of configuration, which the program writes itself
    /// (<see cref="ProgramWrites"/>): its state, kept under a configuration folder (<c>/etc/decloud/allocation-resolved.json</c>,
    /// a cache of what an orchestrator last confirmed). Only the folder made it look like configuration. A file whose name
    /// says configuration (<c>settings.json</c>, <c>app.conf</c>) stays configuration when a setup command writes it.
    /// </summary>
    private static bool IsStateTheProgramWrites(IArgumentOperation argument, string path, System.Threading.CancellationToken cancellationToken)
    {
        if (!s_dataFormat.IsMatch(path))
        {
            return false;
        }

        var fileName = path.Substring(path.LastIndexOfAny(['/', '\\']) + 1);
        return !SaysConfiguration(fileName.Substring(0, fileName.LastIndexOf('.'))) && ProgramWrites.Path(argument, path, cancellationToken);
    }

    private static bool IsWrittenByPrograms(string path)
    {
        foreach (var folder in s_writtenByPrograms)
        {
            if (path.StartsWith(folder, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type created or called, or the method, is named for another machine (<see cref="s_remoteWord"/>).</summary>
    private static bool IsOnAnotherMachine(ITypeSymbol? type, string? methodName) =>
        type is not null && IdentifierWords.Of(type.Name).Any(s_remoteWord.Contains)
        || methodName is not null && IdentifierWords.Of(methodName).Any(s_remoteWord.Contains);

    /// <summary>A word written in lower case as one that ends in a configuration word (<see cref="s_configurationEnding"/>).</summary>
    internal static bool EndsLikeConfiguration(string word)
    {
        foreach (var ending in s_configurationEnding)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A Unix path whose top-level folder no host has (<see cref="s_hostRoots"/>): <c>/app/appsettings.json</c>,
    /// <c>/config/appsettings.json</c>, <c>/data/options.json</c>; or a folder under /usr that is not the standard's
    /// (<see cref="s_usrFolders"/>): <c>/usr/storagr/config/storagr.json</c>. Windows paths (<c>C:\...</c>, <c>\\server\...</c>)
    /// are a host's.
    /// </summary>
    private static bool IsContainerFolder(string path)
    {
        if (path.Length < 2 || path[0] != '/' || path[1] == '/')
        {
            return false;
        }

        var end = path.IndexOf('/', 1);
        if (end <= 1)
        {
            return false;
        }

        var root = path.Substring(1, end - 1);
        if (!s_hostRoots.Contains(root))
        {
            return true;
        }

        // /usr/<folder>/...: the folder must be one of the standard's.
        var next = path.IndexOf('/', end + 1);
        return root == "usr" && next > end + 1 && !s_usrFolders.Contains(path.Substring(end + 1, next - end - 1));
    }

    /// <summary>
    /// Paths a container shares by design (<see cref="s_sharedByDesign"/>), and paths under <c>SPOF008.allowed_prefixes</c> (.editorconfig, comma-separated) are not reported: where a
    /// container mounts its configuration (a Kubernetes ConfigMap at /etc/config/), one shared source fills it.
    /// </summary>
    private static bool IsAllowed(OperationAnalysisContext context, string path)
    {
        foreach (var prefix in s_sharedByDesign)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var prefix in SpofOptions.GetList(context.Options, context.Operation.Syntax.SyntaxTree, Descriptor.Id, "allowed_prefixes"))
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(ImmutableArray<INamedTypeSymbol> types, ITypeSymbol type)
    {
        foreach (var candidate in types)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, type))
            {
                return true;
            }
        }

        return false;
    }
}
