using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Katas.Analyzers.RealCodeCheck;

/// <summary>
/// A compilation of one project's sources, and those of the projects it references, against the shared
/// frameworks this tool runs on (Microsoft.NETCore.App and Microsoft.AspNetCore.App). NuGet packages are
/// not restored: code that uses them binds loosely (errors are counted, not fatal), and the rules see
/// what binds, as an IDE does on a project that has not been restored.
/// </summary>
internal static class LooseCompilation
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_references = new(FrameworkReferences);

    public static CSharpCompilation Create(SourceProject project, IReadOnlyList<string> referencedFiles, CancellationToken cancellationToken)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
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
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }

    private static IReadOnlyList<MetadataReference> FrameworkReferences()
    {
        // The runtime's own assemblies, then ASP.NET Core's from the shared framework of the same version beside it.
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var aspNetCore = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtime)!)!, "Microsoft.AspNetCore.App", Path.GetFileName(runtime));
        var folders = Directory.Exists(aspNetCore) ? new[] { runtime, aspNetCore } : [runtime];
        return [.. folders.SelectMany(f => Directory.EnumerateFiles(f, "*.dll")).Where(IsManaged).Select(p => MetadataReference.CreateFromFile(p))];
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
