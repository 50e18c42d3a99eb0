using System.Collections.Concurrent;
using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Katas.Analyzers.Tests;

/// <summary>
/// No analyzer ever throws (an exception would surface as AD0001 and silently switch the rule off): every
/// rule runs over every C# file of the repository, over each of them cut off at random points, and over
/// a corpus of odd but possible code.
/// </summary>
public sealed class NeverThrowsTests
{
    private static readonly HashSet<string> s_skippedFolders = new(StringComparer.Ordinal) { "bin", "obj", ".git", ".kata", "TestResults" };

    [Fact]
    public async Task No_rule_throws_on_any_file_of_this_repository()
    {
        var files = RepositoryFiles().ToArray();
        Assert.True(files.Length > 50, $"Only {files.Length} C# files found under {AllRules.RepositoryRoot}.");

        // One compilation per project folder, as the compiler would see them (types of one kata appear
        // once in katas/ and once in solutions/: together they would only add duplicate errors).
        foreach (var project in files.GroupBy(ProjectFolder))
        {
            await AssertNoAnalyzerExceptionAsync(project.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f)), project.Key);
        }
    }

    [Fact]
    public async Task No_rule_throws_on_files_cut_off_anywhere()
    {
        var random = new Random(20261125);
        var trees = RepositoryFiles()
            .Select(File.ReadAllText)
            .Where(text => text.Length > 200)
            .SelectMany(text => Enumerable.Range(0, 4).Select(_ => text[..random.Next(1, text.Length)]))
            .Select((text, i) => CSharpSyntaxTree.ParseText(text, path: $"cut{i}.cs"));

        await AssertNoAnalyzerExceptionAsync(trees, "files cut at random points");
    }

    [Theory]
    [MemberData(nameof(OddCode.Samples), MemberType = typeof(OddCode))]
    public async Task No_rule_throws_on_odd_code(string name, string source)
    {
        await AssertNoAnalyzerExceptionAsync([CSharpSyntaxTree.ParseText(source, path: name + ".cs", cancellationToken: TestContext.Current.CancellationToken)], name);
    }

    private static async Task AssertNoAnalyzerExceptionAsync(IEnumerable<SyntaxTree> trees, string what)
    {
        var compilation = CSharpCompilation.Create(
            "Corpus",
            trees,
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);

        var diagnostics = await new CompilationWithAnalyzers(compilation, [.. AllRules.Analyzers], options)
            .GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);

        Assert.True(exceptions.IsEmpty, $"An analyzer threw on {what}:\n{string.Join("\n", exceptions.Take(3))}");
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    private static IEnumerable<string> RepositoryFiles()
    {
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(AllRules.RepositoryRoot)]);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var file in directory.EnumerateFiles("*.cs"))
            {
                yield return file.FullName;
            }

            foreach (var child in directory.EnumerateDirectories().Where(d => !s_skippedFolders.Contains(d.Name)))
            {
                pending.Push(child);
            }
        }
    }

    private static string ProjectFolder(string file)
    {
        for (var directory = new DirectoryInfo(Path.GetDirectoryName(file)!); directory is not null; directory = directory.Parent)
        {
            if (directory.EnumerateFiles("*.csproj").Any())
            {
                return directory.FullName;
            }
        }

        return AllRules.RepositoryRoot;
    }
}
