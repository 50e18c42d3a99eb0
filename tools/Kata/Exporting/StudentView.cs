namespace Katas.Tool.Exporting;

/// <summary>
/// Which files of the course repository a student's template leaves out: the reference solutions and
/// everything built on them, and what only maintainers use. Paths are relative, with '/'.
/// </summary>
internal static class StudentView
{
    /// <summary>The folder whose contents are laid over the copy: the template's own README, .gitignore, workflow.</summary>
    public const string TemplateFolder = "templates/student/";

    private static readonly string[] s_maintainerFolders =
    [
        "solutions/",                          // the reference solutions
        "maintainers/",                        // the maintainers' solution (everything, solutions and tool tests)
        "benchmarks/",                         // measure the reference solutions
        "tools/SaleDay.Reference/",            // the sale day built against the reference solutions
        "tools/perf/",                         // maintainers' timing scripts
        "tests/watch/",                        // the terminal session the check drives through `./kata watch`
        "tests/terminal/",                     // the pair session the check drives in tmux
        "tests/grading/",                      // the generator of graded classes, for the grader's tests and timing
        "analyzers/perf/",
        "analyzers/RealCodeCheck/",            // runs the rules over other code bases, for the rule pages' figures
        "analyzers/Katas.Analyzers.Package/",  // the analyzers as a NuGet package, for other repositories
        "templates/",                          // the template itself is laid over the copy, not copied
        ".ci/",                                // this repository's CI; the template has the Classroom workflow
        ".github/",
    ];

    private static readonly string[] s_maintainerFiles =
    [
        "README.md",       // the template's own README replaces the course's
        "README.ko.md",
    ];

    /// <summary>True for a file that stays out of the student's template.</summary>
    public static bool IsMaintainerOnly(string relative)
    {
        if (s_maintainerFiles.Contains(relative, StringComparer.Ordinal)
            || s_maintainerFolders.Any(f => relative.StartsWith(f, StringComparison.Ordinal)))
        {
            return true;
        }

        // docs/ is for course authors, except the sale day's story, which the kata loop points students to.
        if (relative.StartsWith("docs/", StringComparison.Ordinal))
        {
            return relative != "docs/sale-day.md";
        }

        // tests/<Kata>.Specs.Solution compiles the specs against solutions/; tests/*.Tests test the tooling.
        if (relative.StartsWith("tests/", StringComparison.Ordinal) && relative.IndexOf('/', "tests/".Length) is var end and > 0)
        {
            var project = relative["tests/".Length..end];
            return project.EndsWith(".Specs.Solution", StringComparison.Ordinal) || project.EndsWith(".Tests", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>A solution file other than the one at the root that the tool reads: a maintainers' view.</summary>
    public static bool IsOtherSolution(string relative, string studentSolution) =>
        (relative.EndsWith(".sln", StringComparison.Ordinal) || relative.EndsWith(".slnx", StringComparison.Ordinal))
        && relative != studentSolution;
}
