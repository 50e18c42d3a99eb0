using System.Collections.Concurrent;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Katas.Analyzers.RealCodeCheck;

/// <summary>
/// A compilation of one project's sources, and those of the projects it references, against the shared
/// frameworks this tool runs on (Microsoft.NETCore.App and Microsoft.AspNetCore.App). NuGet packages are
/// not restored: code that uses them binds loosely (errors are counted, not fatal), and the rules see
/// what binds, as an IDE does on a project that has not been restored. A folder of package assemblies
/// (<c>--references</c>) lets the types of those packages bind too.
/// </summary>
internal static class LooseCompilation
{
    public static CSharpCompilation Create(
        SourceProject project, IReadOnlyList<string> referencedFiles, IReadOnlyList<MetadataReference> references, CancellationToken cancellationToken)
    {
        var parseOptions = new CSharpParseOptions(project.LanguageVersion);
        var trees = project.Files.Concat(referencedFiles)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path, cancellationToken: cancellationToken))
            .ToList();
        if (project.GlobalUsings.Count > 0)
        {
            var usings = string.Join("\n", project.GlobalUsings.Select(u => $"global using global::{u};"));
            trees.Add(CSharpSyntaxTree.ParseText(usings, parseOptions, "GlobalUsings.g.cs", cancellationToken: cancellationToken));
        }

        return CSharpCompilation.Create(
            project.Name,
            trees,
            [.. references, .. DesktopStubs(project, references)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }

    /// <summary>
    /// An empty assembly for each desktop user interface assembly the project references (<see cref="SourceProject.DesktopAssemblies"/>)
    /// and no package assembly given with <c>--references</c> provides: the name is what the rules read.
    /// </summary>
    private static IEnumerable<MetadataReference> DesktopStubs(SourceProject project, IReadOnlyList<MetadataReference> references)
    {
        var given = references.Select(r => Path.GetFileNameWithoutExtension(r.Display)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return project.DesktopAssemblies.Where(name => !given.Contains(name)).Select(name => s_stubs.GetOrAdd(name, EmptyAssembly));
    }

    private static readonly ConcurrentDictionary<string, MetadataReference> s_stubs = new(StringComparer.Ordinal);

    private static MetadataReference EmptyAssembly(string name)
    {
        using var image = new MemoryStream();
        var emitted = CSharpCompilation.Create(name, [], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException($"An empty assembly named {name} could not be emitted: {string.Join("; ", emitted.Diagnostics)}");
        }

        return MetadataReference.CreateFromImage(image.ToArray(), filePath: name + ".dll");
    }

    /// <summary>
    /// The shared frameworks' assemblies, then the package assemblies whose name none of them has (a package
    /// folder often holds its own copy of a framework assembly: two of one name would make every use ambiguous).
    /// </summary>
    public static IReadOnlyList<MetadataReference> References(IReadOnlyList<string> packageAssemblies)
    {
        var framework = FrameworkAssemblies();
        var names = framework.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. framework.Concat(packageAssemblies.Where(p => !names.Contains(Path.GetFileName(p))))
            .Select(p => MetadataReference.CreateFromFile(p))];
    }

    /// <summary>The .NET assemblies directly in a folder, such as the build output of a project that references the packages.</summary>
    public static IReadOnlyList<string> AssembliesIn(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.dll").Where(IsManaged).Order(StringComparer.Ordinal)];

    private static IReadOnlyList<string> FrameworkAssemblies()
    {
        // The runtime's own assemblies, then ASP.NET Core's from the shared framework of the same version beside it.
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var aspNetCore = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtime)!)!, "Microsoft.AspNetCore.App", Path.GetFileName(runtime));
        var folders = Directory.Exists(aspNetCore) ? new[] { runtime, aspNetCore } : [runtime];
        return [.. folders.SelectMany(AssembliesIn)];
    }

    private static bool IsManaged(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
