using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Katas.Analyzers.Tests;

/// <summary>Every SPOF analyzer in the analyzer assembly, found by reflection so a new rule cannot be forgotten.</summary>
internal static class AllRules
{
    public static IReadOnlyList<DiagnosticAnalyzer> Analyzers { get; } = typeof(HardcodedEndpointAnalyzer).Assembly
        .GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToArray();

    public static TheoryData<string> AnalyzerNames() => new(Analyzers.Select(a => a.GetType().Name));

    public static DiagnosticAnalyzer ByName(string name) => Analyzers.Single(a => a.GetType().Name == name);

    /// <summary>The repository root, found above the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The NuGet package's own global configuration, as a project that references the package reads it.</summary>
    public static (string Path, string Text) PackageConfiguration { get; } =
        ("/package/build/Katas.Analyzers.globalconfig",
         File.ReadAllText(Path.Combine(RepositoryRoot, "analyzers", "Katas.Analyzers.Package", "build", "Katas.Analyzers.globalconfig")));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Katas.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No Katas.sln above " + AppContext.BaseDirectory);
    }
}
