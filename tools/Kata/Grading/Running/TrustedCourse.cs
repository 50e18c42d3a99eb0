using System.Collections.Immutable;
using System.Reflection;
using Katas.Tool.Building;
using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Grading.Compiling;
using Katas.Tool.Running;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Katas.Tool.Grading.Running;

/// <summary>
/// The grader's own copy of the course, prepared once for a whole class: the specs built once per kata
/// from the grader's checkout (never from a submission), copied where the sandbox can read them, and the
/// list of specs each kata must show.
/// </summary>
internal sealed class TrustedCourse : IDisposable
{
    private TrustedCourse(string workDirectory, IReadOnlyList<TrustedKata> katas)
    {
        WorkDirectory = workDirectory;
        Katas = katas;
    }

    /// <summary>The grader's scratch folder for this run: trusted specs, then one folder per submission.</summary>
    public string WorkDirectory { get; }

    public IReadOnlyList<TrustedKata> Katas { get; }

    private int _submissions;

    /// <summary>A folder of its own for one submission's builds and results, never shared with another run.</summary>
    public string NewSubmissionDirectory() =>
        Path.Combine(WorkDirectory, "submissions", Interlocked.Increment(ref _submissions).ToString("D4", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Deletes the scratch folder: the copies of the specs and every submission's build and results.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A file still held open by a process that is being killed: the system's temp cleaner takes it.
        }
    }

    /// <exception cref="GradingException">The course's own specs do not build or run.</exception>
    public static async Task<TrustedCourse> PrepareAsync(RepositoryLayout layout, CourseCatalog course, Language language, Action<string> progress, CancellationToken cancellationToken)
    {
        progress("Building the course's specs...");
        var projects = course.Katas.Select(k => layout.SpecProject(k.Name, Implementation.Starter)).ToArray();
        var solution = ProjectSolution.Write(layout, "grade", projects);
        var build = await DotnetBuild.RunAsync(solution, layout.Root, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!build.Succeeded)
        {
            var errors = build.Errors.Take(10).Select(e => $"  {e.File}({e.Line}): {e.Code}: {e.Message}");
            throw new GradingException("The course's specs do not build, so nothing can be graded:" + Environment.NewLine + string.Join(Environment.NewLine, errors.DefaultIfEmpty("  " + build.Output.Trim().Split('\n').LastOrDefault())));
        }

        var work = Directory.CreateTempSubdirectory("kata-grade-").FullName;
        // The sandbox runs as another user: it must be able to read the trusted specs (and nothing else here).
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(work, FileModes.Readable);
        }

        var analyzers = KataCompiler.LoadAnalyzers(AnalyzerAssembly(layout));

        var katas = new List<TrustedKata>();
        foreach (var kata in course.Katas)
        {
            katas.Add(await PrepareKataAsync(layout, kata, work, analyzers, language, cancellationToken).ConfigureAwait(false));
        }

        return new TrustedCourse(work, katas);
    }

    private static async Task<TrustedKata> PrepareKataAsync(RepositoryLayout layout, KataDefinition kata, string work, ImmutableArray<DiagnosticAnalyzer> analyzers, Language language, CancellationToken cancellationToken)
    {
        var built = layout.SpecAssembly(kata.Name, Implementation.Starter)
            ?? throw new GradingException($"The specs of {kata.Name} were not built.");
        var specDirectory = Path.Combine(work, "specs", kata.Name);
        Folders.Copy(Path.GetDirectoryName(built)!, specDirectory);
        var specAssembly = Path.Combine(specDirectory, Path.GetFileName(built));

        // Which specs exist: the course's own starter runs them all (each fails), outside any submission.
        var run = await SpecRunner.RunAsync(specAssembly, Path.Combine(work, "expected", kata.Name), SpecRunOptions.ForSpecs(TimeSpan.FromMinutes(2), unlockAllSteps: true), cancellationToken).ConfigureAwait(false);
        if (!run.Completed || run.Results.Count == 0)
        {
            throw new GradingException($"The specs of {kata.Name} did not run on the course's starter: {run.Detail}");
        }

        var expected = run.Results
            .Where(r => r.Step is not null)
            .Select(r => new ExpectedSpec(r.Name, r.DisplayName, r.Step!.Value))
            .OrderBy(s => s.Step).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();

        var guide = Guide.Load(layout, kata.Name, language);
        var titles = kata.Steps.ToDictionary(s => s.Number, s => guide.Steps.TryGetValue(s.Number, out var section) ? section.Title : s.Slug);
        // The specs bind to the kata's assembly by name and version: the student's must carry the same.
        var version = AssemblyName.GetAssemblyName(Path.Combine(specDirectory, $"Katas.{kata.Name}.dll")).Version ?? new Version(1, 0, 0, 0);
        return new TrustedKata(kata, specDirectory, specAssembly, new KataCompiler(kata.Name, GivenSources(layout, kata, version), analyzers), expected, titles);
    }

    /// <summary>The kata's files that are not the student's (its given Model/ types), and the SDK's implicit usings.</summary>
    private static IEnumerable<StudentSource> GivenSources(RepositoryLayout layout, KataDefinition kata, Version version)
    {
        var directory = layout.KataDirectory(kata.Name);
        var studentFiles = kata.StudentFiles.Select(f => Path.GetFullPath(Path.Combine(directory, f))).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            if (studentFiles.Contains(Path.GetFullPath(file)) || relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            yield return new StudentSource($"katas/{kata.Name}/{relative}", File.ReadAllText(file));
        }

        // The usings the SDK adds to every C# project (ImplicitUsings=enable in Directory.Build.props).
        yield return new StudentSource(
            $"katas/{kata.Name}/obj/GlobalUsings.g.cs",
            "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\nglobal using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n");
        yield return new StudentSource(
            $"katas/{kata.Name}/obj/AssemblyInfo.g.cs",
            $"[assembly: System.Reflection.AssemblyVersion(\"{version}\")]\n");
    }

    private static string? AnalyzerAssembly(RepositoryLayout layout)
    {
        var bin = Path.Combine(layout.Root, "analyzers", "Katas.Analyzers", "bin");
        return Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, "Katas.Analyzers.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
    }
}
