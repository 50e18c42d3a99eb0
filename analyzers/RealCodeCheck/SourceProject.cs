using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace Katas.Analyzers.RealCodeCheck;

/// <summary>
/// The C# files of one project of the folder: those under the folder of its .csproj and under no deeper
/// .csproj. Files under no .csproj at all make one project of their own. What the real build would add is
/// guessed from the project file, the Directory.Build.props above it and the files they import: its project
/// references' sources, implicit and explicit global usings, whether it is a test project, and the properties that
/// say it is built into a container image or is a desktop application.
/// </summary>
internal sealed partial class SourceProject
{
    private static readonly HashSet<string> s_skippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", "node_modules" };

    private static readonly string[] s_implicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly string[] s_webImplicitUsings =
    [
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    // The Worker SDK's (a background service, a systemd or Windows service): the Web SDK's generic-host part.
    private static readonly string[] s_workerImplicitUsings =
    [
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting",
        "Microsoft.Extensions.Logging",
    ];

    private SourceProject(string name, string? projectFile, IReadOnlyList<string> files)
    {
        Name = name;
        ProjectFile = projectFile;
        Files = files;
    }

    public string Name { get; }

    public string? ProjectFile { get; }

    public IReadOnlyList<string> Files { get; private set; }

    /// <summary>
    /// MSBuild's IsTestProject, or a reference to the test SDK, a test framework or a library only tests use:
    /// what the rules' own test-project check (SpofOptions.IsTestProject) sees in a real build. The test SDK that a
    /// referenced project lets flow on (<see cref="FlowingTestSdk"/>) sets IsTestProject in a build too.
    /// </summary>
    public bool IsTest { get; private set; }

    /// <summary>
    /// The build properties the package's build props make visible to the rules that say the project is built into a
    /// container image (<c>SpofDockerfile</c> for a Dockerfile beside the project file, and <c>EnableSdkContainerSupport</c>,
    /// <c>ContainerRepository</c> or <c>DockerDefaultTargetOS</c>) or is a desktop application (<c>UseWPF</c>,
    /// <c>UseWindowsForms</c>, <c>UseMaui</c>, <c>UseWinUI</c>, or <c>TargetPlatformIdentifier</c> <c>UAP</c>), or a console
    /// program (<c>OutputType</c>, and <c>UsingMicrosoftNETSdkWeb</c> or <c>UsingMicrosoftNETSdkWorker</c> for a project
    /// built with those SDKs), when the project file or a Directory.Build.props above it sets them.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> BuildProperties { get; private set; } = [];

    /// <summary>
    /// The assemblies of a desktop user interface the project references by name: an older project's
    /// <c>&lt;Reference Include="PresentationFramework" /&gt;</c> or <c>System.Windows.Forms</c>, or the package of
    /// Avalonia, .NET MAUI or the Windows App SDK (whose assembly is <c>Microsoft.WinUI</c>). The compiler of a real build
    /// sees these assemblies, and the rules take a project that references one for a desktop application; the check
    /// restores nothing, so it gives the compilation an empty assembly of each name instead.
    /// </summary>
    public IReadOnlyList<string> DesktopAssemblies { get; private set; } = [];

    /// <summary>The global usings the build would generate (ImplicitUsings, &lt;Using Include="..."/&gt;).</summary>
    public IReadOnlyList<string> GlobalUsings { get; private set; } = [];

    /// <summary>
    /// The C# version the build compiles the project with: its <c>LangVersion</c> (the newest one its settings name, as
    /// one may be set per target framework), else the newest this Roslyn knows. Code written for C# 8 can mean
    /// something else in C# 14: <c>field</c> inside a property accessor names the property's backing field there.
    /// </summary>
    public LanguageVersion LanguageVersion { get; private set; } = LanguageVersion.Latest;

    /// <summary>The .csproj files this one references, directly or not.</summary>
    public IReadOnlyList<string> References { get; private set; } = [];

    public static IReadOnlyList<SourceProject> Find(string root)
    {
        var files = new List<string>();
        var projectFiles = new List<string>();
        Collect(root, files, projectFiles);

        var projectFolders = projectFiles
            .GroupBy(p => Path.GetDirectoryName(p)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        // A project with no file of its own may still compile files it links or takes from a shared project: it is
        // kept until those are given out, and left out if it got none.
        var owned = files.ToLookup(f => OwningProject(f, root, projectFolders), StringComparer.Ordinal);
        var projects = projectFolders.Values.Where(p => !owned.Contains(p))
            .Select(p => new SourceProject(Path.GetFileNameWithoutExtension(p), p, []))
            .Concat(owned.Select(g => new SourceProject(
                g.Key.Length == 0 ? "(no project)" : Path.GetFileNameWithoutExtension(g.Key),
                g.Key.Length == 0 ? null : g.Key,
                [.. g.Order(StringComparer.Ordinal)])))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToArray();

        var graph = new ProjectReferenceGraph(root);
        foreach (var project in projects)
        {
            project.ReadProjectFile(root, graph);
        }

        return GiveLinkedFilesToTheirProjects(projects, projectFiles);
    }

    /// <summary>
    /// A file under no project's folder that projects link (<c>&lt;Compile Include="..\Shared\X.cs" /&gt;</c>) is
    /// compiled with them: with a production project that links it when there is one, else with a test project, so that
    /// a helper only test projects compile is test code, as in a build.
    /// </summary>
    private static IReadOnlyList<SourceProject> GiveLinkedFilesToTheirProjects(SourceProject[] projects, IEnumerable<string> projectFiles)
    {
        if (projects.FirstOrDefault(p => p.ProjectFile is null) is not { } unowned)
        {
            return [.. projects.Where(p => p.Files.Count > 0)];
        }

        var includers = LinkedSourceFiles.Includers(projectFiles, unowned.Files);
        if (includers.Count == 0)
        {
            return [.. projects.Where(p => p.Files.Count > 0)];
        }

        var byFile = projects.Where(p => p.ProjectFile is not null).ToDictionary(p => p.ProjectFile!, StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, linking) in includers)
        {
            var owner = linking.Select(p => byFile.GetValueOrDefault(p)).OfType<SourceProject>()
                .OrderBy(p => p.IsTest).FirstOrDefault();
            if (owner is not null)
            {
                owner.Files = [.. owner.Files.Append(file).Order(StringComparer.Ordinal)];
                given.Add(file);
            }
        }

        unowned.Files = [.. unowned.Files.Where(f => !given.Contains(f))];
        return [.. projects.Where(p => p.Files.Count > 0)];
    }

    private static void Collect(string folder, List<string> files, List<string> projectFiles)
    {
        files.AddRange(Directory.EnumerateFiles(folder, "*.cs"));
        projectFiles.AddRange(Directory.EnumerateFiles(folder, "*.csproj"));
        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            if (!s_skippedFolders.Contains(Path.GetFileName(child)))
            {
                Collect(child, files, projectFiles);
            }
        }
    }

    private static string OwningProject(string file, string root, Dictionary<string, string> projectFolders)
    {
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length >= root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (projectFolders.TryGetValue(folder, out var project))
            {
                return project;
            }
        }

        return "";
    }

    private void ReadProjectFile(string root, ProjectReferenceGraph graph)
    {
        if (ProjectFile is null)
        {
            GlobalUsings = s_implicitUsings;
            return;
        }

        // The project file, the Directory.Build.props above it and the files they import, as one text to look for
        // settings in. A shared file's conditioned elements count only where they apply to this project (a test
        // framework for *.Tests).
        var project = TryRead(ProjectFile);
        var settings = string.Join("\n", BuildFileTexts(ProjectFile, project, root));
        IsTest = TestProjectPattern().IsMatch(settings);

        var properties = BuildPropertyPattern().Matches(settings)
            .Select(m => KeyValuePair.Create(m.Groups["name"].Value, m.Groups["value"].Value.Trim()))
            .ToList();
        if (File.Exists(Path.Combine(Path.GetDirectoryName(ProjectFile)!, "Dockerfile")))
        {
            properties.Add(KeyValuePair.Create("SpofDockerfile", "true"));
        }

        // The SDK sets these in a build: a web or worker project is a service, not a console program.
        if (WebOrWorkerSdkPattern().Match(project) is { Success: true } sdk)
        {
            properties.Add(KeyValuePair.Create(sdk.Groups["kind"].Value == "Worker" ? "UsingMicrosoftNETSdkWorker" : "UsingMicrosoftNETSdkWeb", "true"));
        }

        BuildProperties = properties;
        DesktopAssemblies = [.. DesktopReferencePattern().Matches(settings)
            .Select(m => DesktopAssembly(m.Groups["name"].Value))
            .Distinct(StringComparer.Ordinal)];
        LanguageVersion = NewestLanguageVersion(settings);

        var usings = new List<string>();
        if (ImplicitUsingsPattern().IsMatch(settings))
        {
            usings.AddRange(s_implicitUsings);
            if (project.Contains("Microsoft.NET.Sdk.Web", StringComparison.Ordinal))
            {
                usings.AddRange(s_webImplicitUsings);
            }
            else if (project.Contains("Microsoft.NET.Sdk.Worker", StringComparison.Ordinal))
            {
                usings.AddRange(s_workerImplicitUsings);
            }
        }

        usings.AddRange(UsingItemPattern().Matches(settings).Select(m => m.Groups["name"].Value));
        GlobalUsings = [.. usings.Distinct(StringComparer.Ordinal)];
        References = graph.Reachable(ProjectFile);
        IsTest = IsTest || References.Any(graph.LetsTestSdkFlow);
    }

    private static string DesktopAssembly(string reference) => reference.ToLowerInvariant() switch
    {
        "presentationframework" => "PresentationFramework",
        "system.windows.forms" => "System.Windows.Forms",
        "microsoft.maui.controls" => "Microsoft.Maui.Controls",
        "microsoft.windowsappsdk" => "Microsoft.WinUI",
        _ => "Avalonia",
    };

    private static LanguageVersion NewestLanguageVersion(string settings)
    {
        var versions = LangVersionPattern().Matches(settings)
            .Select(m => LanguageVersionFacts.TryParse(m.Groups["value"].Value.Trim(), out var version) ? version.MapSpecifiedToEffectiveVersion() : (LanguageVersion?)null)
            .OfType<LanguageVersion>()
            .ToList();
        return versions.Count == 0 ? LanguageVersion.Latest : versions.Max();
    }

    private static List<string> BuildFileTexts(string projectFile, string project, string root)
    {
        var projectName = Path.GetFileNameWithoutExtension(projectFile);
        var projectDirectory = Path.GetDirectoryName(projectFile)!;
        var texts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in BuildFilesAbove(projectFile, root))
        {
            Add(file, depth: 0);
        }

        return texts;

        void Add(string file, int depth)
        {
            // An import cycle or a deep chain ends here: a real build would have failed on the first.
            if (depth > 8 || !seen.Add(file))
            {
                return;
            }

            var applying = BuildFileConditions.ForProject(file == projectFile ? project : TryRead(file), projectName, projectFile);
            if (Path.GetFileName(file) == "Directory.Packages.props")
            {
                applying = WithoutPackageVersions(applying);
            }

            texts.Add(file == projectFile ? project : applying);
            foreach (var imported in BuildFileImports.Of(file, applying, projectDirectory))
            {
                Add(imported, depth + 1);
            }
        }
    }

    private static IEnumerable<string> BuildFilesAbove(string projectFile, string root)
    {
        yield return projectFile;
        var packages = false;
        for (var folder = Path.GetDirectoryName(projectFile); folder is not null && folder.Length >= root.Length; folder = Path.GetDirectoryName(folder))
        {
            var props = Path.Combine(folder, "Directory.Build.props");
            if (File.Exists(props))
            {
                yield return props;
            }

            // Central package management: the SDK imports the nearest Directory.Packages.props into every project, and a
            // PackageReference there (under a condition on the project's name or path) is the project's own.
            var central = Path.Combine(folder, "Directory.Packages.props");
            if (!packages && File.Exists(central))
            {
                packages = true;
                yield return central;
            }
        }
    }

    /// <summary>
    /// A Directory.Packages.props without its <c>PackageVersion</c> items: they only pin the version of a package a project
    /// may reference (<c>&lt;PackageVersion Include="xunit" Version="..." /&gt;</c> makes no project a test project).
    /// </summary>
    private static string WithoutPackageVersions(string text)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (System.Xml.XmlException)
        {
            return "";
        }

        document.Descendants().Where(e => e.Name.LocalName == "PackageVersion").Remove();
        return document.ToString();
    }

    /// <summary>
    /// The projects one project file references: its own <c>ProjectReference</c> items and those of the
    /// Directory.Build.props above it and the files they import (Sitko.Core's tests get their test library that way), each
    /// path taken from the project's folder, as MSBuild takes an imported item's.
    /// </summary>
    internal static IEnumerable<string> DirectReferences(string projectFile, string root)
    {
        var projectDirectory = Path.GetDirectoryName(projectFile)!;
        foreach (var text in BuildFileTexts(projectFile, TryRead(projectFile), root))
        {
            XDocument document;
            try
            {
                document = XDocument.Parse(text);
            }
            catch (System.Xml.XmlException)
            {
                continue;
            }

            foreach (var element in document.Descendants().Where(e => e.Name.LocalName == "ProjectReference"))
            {
                if (element.Attribute("Include")?.Value is { Length: > 0 } include && !include.Contains("$(", StringComparison.Ordinal))
                {
                    yield return Path.GetFullPath(Path.Combine(projectDirectory, include.Replace('\\', Path.DirectorySeparatorChar)));
                }
            }
        }
    }

    internal static string TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    // The MSTest project SDK (Sdk="MSTest.Sdk/3.7.0"), a package reference, or an assembly reference of an older
    // project (Include="xunit.core, Version=2.1.0.3179, ..."); BenchmarkDotNet's benchmarks count as tests do.
    [GeneratedRegex(@"<IsTestProject>\s*true|Sdk=""MSTest\.Sdk|Include=""(?:Microsoft\.NET\.Test\.Sdk|" + TestLibraries.PackagePattern + @")(?:""|,)", RegexOptions.IgnoreCase)]
    private static partial Regex TestProjectPattern();

    [GeneratedRegex(@"<(?<name>EnableSdkContainerSupport|ContainerRepository|DockerDefaultTargetOS|UseWPF|UseWindowsForms|UseMaui|UseWinUI|TargetPlatformIdentifier|OutputType)>(?<value>[^<]+)</\k<name>>")]
    private static partial Regex BuildPropertyPattern();

    // Sdk="Microsoft.NET.Sdk.Web", <Sdk Name="Microsoft.NET.Sdk.Worker" />; Blazor WebAssembly's SDK builds on the web one.
    [GeneratedRegex(@"Microsoft\.NET\.Sdk\.(?<kind>Web|Worker|BlazorWebAssembly)\b")]
    private static partial Regex WebOrWorkerSdkPattern();

    // A Reference or PackageReference item: Include="PresentationFramework" or Include="System.Windows.Forms, Version=4.0.0.0, ...".
    [GeneratedRegex(@"<(?:Package)?Reference\s+Include=""(?<name>PresentationFramework|System\.Windows\.Forms|Avalonia|Avalonia\.Desktop|Microsoft\.Maui\.Controls|Microsoft\.WindowsAppSDK)(?:""|\s*,)", RegexOptions.IgnoreCase)]
    private static partial Regex DesktopReferencePattern();

    [GeneratedRegex(@"<LangVersion(?:\s[^>]*)?>(?<value>[^<]+)</LangVersion>", RegexOptions.IgnoreCase)]
    private static partial Regex LangVersionPattern();

    [GeneratedRegex(@"<ImplicitUsings>\s*(?:enable|true)\s*</ImplicitUsings>", RegexOptions.IgnoreCase)]
    private static partial Regex ImplicitUsingsPattern();

    [GeneratedRegex(@"<Using\s+Include=""(?<name>[\w.]+)""\s*/>")]
    private static partial Regex UsingItemPattern();
}
