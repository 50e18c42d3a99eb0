using Katas.Tool.Cli;

namespace Katas.Tool.Course;

/// <summary>Which implementation a spec project is compiled against.</summary>
internal enum Implementation
{
    /// <summary>katas/: the student's code.</summary>
    Starter,

    /// <summary>solutions/: the reference solution.</summary>
    Solution,
}

/// <summary>Where things are in the repository. Every path the tool uses comes from here.</summary>
internal sealed class RepositoryLayout
{
    /// <summary>The solution at the root: the student's katas and specs, what plain <c>dotnet test</c> and an IDE open.</summary>
    public const string SolutionFileName = "Katas.sln";

    /// <summary>Every project of the repository, for the maintainers (<c>./kata check</c>), relative to the root.</summary>
    public const string MaintainerSolutionFileName = "maintainers/Katas.All.sln";

    private RepositoryLayout(string root) => Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    public string Root { get; }

    public string KatasDirectory => Path.Combine(Root, "katas");

    public string SolutionsDirectory => Path.Combine(Root, "solutions");

    public string TestsDirectory => Path.Combine(Root, "tests");

    public string SolutionFile => Path.Combine(Root, SolutionFileName);

    public string MaintainerSolutionFile => Path.Combine(Root, MaintainerSolutionFileName);

    /// <summary>The tool's scratch space (ignored by git): result files, the generated solutions it builds.</summary>
    public string ScratchDirectory => Path.Combine(Root, ".kata");

    public string KataDirectory(string kata) => Path.Combine(KatasDirectory, kata);

    public string KataProject(string kata, Implementation implementation) => Path.Combine(
        implementation == Implementation.Starter ? KatasDirectory : SolutionsDirectory, kata, kata + ".csproj");

    public string SpecProjectDirectory(string kata, Implementation implementation) =>
        Path.Combine(TestsDirectory, implementation == Implementation.Starter ? kata + ".Specs" : kata + ".Specs.Solution");

    /// <summary>The one test application of every kata's specs (tests/Katas.Specs): what plain <c>dotnet test</c> at the root runs.</summary>
    public string AllSpecsProject => Path.Combine(TestsDirectory, "Katas.Specs", "Katas.Specs.csproj");

    public string SpecProject(string kata, Implementation implementation)
    {
        var directory = SpecProjectDirectory(kata, implementation);
        return Path.Combine(directory, Path.GetFileName(directory) + ".csproj");
    }

    /// <summary>The built spec assembly, or null when it has not been built.</summary>
    public string? SpecAssembly(string kata, Implementation implementation) =>
        NewestBuildOutput(SpecProjectDirectory(kata, implementation), Path.GetFileName(SpecProjectDirectory(kata, implementation)) + ".dll");

    /// <summary>The built assembly of a test project such as tests/Kata.Tool.Tests, or null.</summary>
    public static string? TestAssembly(string projectFile) =>
        NewestBuildOutput(Path.GetDirectoryName(projectFile)!, Path.GetFileNameWithoutExtension(projectFile) + ".dll");

    /// <summary>The guide of a kata in a language: README.md or README.ko.md.</summary>
    public string Guide(string kata, Language language) =>
        Path.Combine(KataDirectory(kata), language == Language.Korean ? "README.ko.md" : "README.md");

    /// <summary>The compiler's log of the last compile of the student's kata project (see katas/Directory.Build.targets).</summary>
    public string? StudentDiagnosticsLog(string kata)
    {
        var obj = Path.Combine(KataDirectory(kata), "obj");
        return Directory.Exists(obj)
            ? Directory.EnumerateFiles(obj, "diagnostics.sarif", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
    }

    /// <summary>A path relative to the root with forward slashes, for messages: katas/HealthChecker/HealthChecker.cs.</summary>
    public string Relative(string path) =>
        Path.IsPathRooted(path) && IsInside(path) ? Path.GetRelativePath(Root, path).Replace('\\', '/') : path;

    public bool IsInside(string path)
    {
        var full = Path.GetFullPath(path);
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || full == Root;
    }

    /// <summary>
    /// The repository the tool works on: <paramref name="explicitRoot"/> when given, else the nearest
    /// folder holding Katas.sln above the current directory, else above the tool itself.
    /// </summary>
    /// <param name="language">The language of the message when there is none.</param>
    public static RepositoryLayout Find(string? explicitRoot, string currentDirectory, string toolDirectory, Language language = Language.English)
    {
        var texts = CourseTexts.For(language);
        if (explicitRoot is not null)
        {
            return File.Exists(Path.Combine(explicitRoot, SolutionFileName))
                ? new RepositoryLayout(explicitRoot)
                : throw new UsageException(UsageTexts.Format(texts.NotAKataRepository, explicitRoot, SolutionFileName));
        }

        return FindUpwards(currentDirectory) ?? FindUpwards(toolDirectory)
            ?? throw new UsageException(UsageTexts.Format(texts.NoKataRepository, SolutionFileName, currentDirectory));
    }

    private static RepositoryLayout? FindUpwards(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)) && Directory.Exists(Path.Combine(directory.FullName, "katas")))
            {
                return new RepositoryLayout(directory.FullName);
            }
        }

        return null;
    }

    private static string? NewestBuildOutput(string projectDirectory, string fileName)
    {
        var bin = Path.Combine(projectDirectory, "bin");
        return Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, fileName, SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "ref" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault()
            : null;
    }
}
