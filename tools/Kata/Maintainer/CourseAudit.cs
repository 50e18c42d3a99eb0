using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Running;

namespace Katas.Tool.Maintainer;

/// <summary>
/// Checks that the course files fit together: manifests, guides in both languages, the student files
/// in katas/ and solutions/, the projects and their place in the two solutions (the student's Katas.sln, the maintainers' maintainers/Katas.All.sln), and the steps the specs name.
/// </summary>
internal static class CourseAudit
{
    public const string Section = "Course files";

    public static void Files(RepositoryLayout layout, CourseCatalog course, CheckLedger ledger)
    {
        foreach (var problem in course.Problems)
        {
            ledger.Fail(Section, problem.File, problem.ToString());
        }

        var student = SolutionText(layout.SolutionFile);
        var maintainers = SolutionText(layout.MaintainerSolutionFile);
        AllSpecsProject(layout, student, maintainers, ledger);
        foreach (var kata in course.Katas)
        {
            ledger.Pass(Section, $"{kata.Name}: kata.json");
            foreach (var language in new[] { Language.English, Language.Korean })
            {
                GuideCovers(layout, kata, language, ledger);
            }

            StudentFiles(layout, kata, ledger);
            foreach (var project in Projects(layout, kata))
            {
                var relative = layout.Relative(project);
                if (!File.Exists(project))
                {
                    ledger.Fail(Section, $"{kata.Name}: {relative}", $"{relative} is missing.");
                }
                else if (!maintainers.Contains(relative, StringComparison.Ordinal))
                {
                    ledger.Fail(Section, $"{kata.Name}: {relative}", $"{relative} is not in {RepositoryLayout.MaintainerSolutionFileName}: add it with `dotnet sln {RepositoryLayout.MaintainerSolutionFileName} add`.");
                }
                else
                {
                    ledger.Pass(Section, $"{kata.Name}: {relative}");
                }

                StudentSolutionHolds(layout, kata, project, student, ledger);
            }
        }
    }

    /// <summary>The points file of `./kata grade` is valid and gives points to every step of every kata.</summary>
    public static void PointsFile(RepositoryLayout layout, CourseCatalog course, CheckLedger ledger)
    {
        var path = Path.Combine(layout.Root, Grading.Scoring.GradingPoints.FileName);
        var name = $"{Grading.Scoring.GradingPoints.FileName} gives points to every step";
        var problems = Grading.Scoring.GradingPoints.Validate(path, course);
        if (problems.Count == 0)
        {
            ledger.Pass(Section, name);
        }
        else
        {
            ledger.Fail(Section, name, $"{Grading.Scoring.GradingPoints.FileName}: {string.Join(" ", problems)}");
        }
    }

    /// <summary>Every spec names a step of its kata, and every step has specs.</summary>
    public static void Steps(KataDefinition kata, IReadOnlyList<SpecResult> specs, CheckLedger ledger)
    {
        var name = $"{kata.Name}: every spec has a [Step] of kata.json";
        var strays = specs.Where(s => s.Step is not int step || kata.Steps.All(d => d.Number != step)).ToArray();
        if (strays.Length == 0)
        {
            ledger.Pass(Section, name);
        }
        else
        {
            ledger.Fail(Section, name, "No [Step(n)] of kata.json on: " + string.Join(", ", strays.Select(s => s.Name).Take(5)));
        }

        // `./kata --lang ko` shows the Korean title of a failing spec: every spec has one beside it.
        var koreanName = $"{kata.Name}: every spec has a Korean title [Ko(\"...\")]";
        var untitled = specs.Where(s => string.IsNullOrWhiteSpace(s.KoreanTitle)).Select(s => s.ClassName + "." + s.MethodName).Distinct(StringComparer.Ordinal).ToArray();
        if (untitled.Length == 0)
        {
            ledger.Pass(Section, koreanName);
        }
        else
        {
            ledger.Fail(Section, koreanName, $"{untitled.Length} without [Ko(\"...\")] above the method: " + string.Join(", ", untitled.Take(5)) + (untitled.Length > 5 ? ", ..." : ""));
        }

        foreach (var step in kata.Steps)
        {
            var stepName = $"{kata.Name}: step {step.Number} ({step.Slug}) has specs";
            if (specs.Any(s => s.Step == step.Number))
            {
                ledger.Pass(Section, stepName);
            }
            else
            {
                ledger.Fail(Section, stepName, $"No spec class is tagged [Step({step.Number})].");
            }
        }
    }

    /// <summary>
    /// The one test application of every kata's specs is in both solutions: the student's, where plain
    /// <c>dotnet test</c> at the root runs it, and the maintainers', whose build proves it compiles.
    /// </summary>
    private static void AllSpecsProject(RepositoryLayout layout, string student, string maintainers, CheckLedger ledger)
    {
        var relative = layout.Relative(layout.AllSpecsProject);
        var name = $"{relative} is in {RepositoryLayout.SolutionFileName} and {RepositoryLayout.MaintainerSolutionFileName}";
        if (!File.Exists(layout.AllSpecsProject))
        {
            ledger.Fail(Section, name, $"{relative} is missing: plain `dotnet test` at the root runs every kata's specs from it.");
        }
        else if (!student.Contains(relative, StringComparison.Ordinal) || !maintainers.Contains(relative, StringComparison.Ordinal))
        {
            ledger.Fail(Section, name, $"Add it to both with `dotnet sln <solution> add {relative}`.");
        }
        else
        {
            ledger.Pass(Section, name);
        }
    }

    /// <summary>
    /// The root solution is the student's view (plain <c>dotnet test</c>, an IDE): their kata is in it,
    /// with every kata's specs in the one test application <c>tests/Katas.Specs</c>. Each kata's own spec
    /// project (which <c>./kata</c> builds), the reference solution and the specs compiled against it are not.
    /// </summary>
    private static void StudentSolutionHolds(RepositoryLayout layout, KataDefinition kata, string project, string student, CheckLedger ledger)
    {
        var relative = layout.Relative(project);
        var belongs = project == layout.KataProject(kata.Name, Implementation.Starter);
        var holds = student.Contains(relative, StringComparison.Ordinal);
        var name = belongs
            ? $"{kata.Name}: {relative} is in {RepositoryLayout.SolutionFileName}"
            : $"{kata.Name}: {relative} is not in {RepositoryLayout.SolutionFileName}";
        if (holds == belongs)
        {
            ledger.Pass(Section, name);
        }
        else if (belongs)
        {
            ledger.Fail(Section, name, $"{RepositoryLayout.SolutionFileName} is the student's view in an IDE; add it with `dotnet sln add`.");
        }
        else if (project == layout.SpecProject(kata.Name, Implementation.Starter))
        {
            ledger.Fail(Section, name, $"`dotnet test` at the root runs every kata's specs from {layout.Relative(layout.AllSpecsProject)}: with {relative} in {RepositoryLayout.SolutionFileName} too, they would run twice. Remove it with `dotnet sln remove`; `./kata` builds it on its own.");
        }
        else
        {
            ledger.Fail(Section, name, $"{RepositoryLayout.SolutionFileName} is the student's view: `dotnet test` at the root would run the reference solution. Remove it with `dotnet sln remove`; it belongs in {RepositoryLayout.MaintainerSolutionFileName}.");
        }
    }

    private static string SolutionText(string path) => File.Exists(path) ? File.ReadAllText(path).Replace('\\', '/') : "";

    private static IEnumerable<string> Projects(RepositoryLayout layout, KataDefinition kata) =>
    [
        layout.KataProject(kata.Name, Implementation.Starter),
        layout.KataProject(kata.Name, Implementation.Solution),
        layout.SpecProject(kata.Name, Implementation.Starter),
        layout.SpecProject(kata.Name, Implementation.Solution),
    ];

    private static void GuideCovers(RepositoryLayout layout, KataDefinition kata, Language language, CheckLedger ledger)
    {
        var path = layout.Guide(kata.Name, language);
        var name = $"{kata.Name}: {layout.Relative(path)} covers every step";
        if (!File.Exists(path))
        {
            ledger.Fail(Section, name, $"{layout.Relative(path)} is missing.");
            return;
        }

        var guide = Guide.Load(layout, kata.Name, language);
        var heading = language == Language.Korean ? "## {0}단계: <제목>" : "## Step {0}: <title>";
        var problems = new List<string>();
        foreach (var step in kata.Steps)
        {
            if (!guide.Steps.TryGetValue(step.Number, out var section))
            {
                problems.Add($"no heading '{string.Format(System.Globalization.CultureInfo.InvariantCulture, heading, step.Number)}'");
            }
            else if (section.Goal.Length == 0)
            {
                problems.Add($"step {step.Number} (line {section.Line}) has no goal paragraph under its heading");
            }
            else if (section.Hints.Count == 0)
            {
                problems.Add($"step {step.Number} (line {section.Line}) has no hints ({(language == Language.Korean ? "### 힌트" : "### Hints")})");
            }
        }

        foreach (var extra in guide.Steps.Keys.Where(n => kata.Steps.All(s => s.Number != n)))
        {
            problems.Add($"step {extra} (line {guide.Steps[extra].Line}) is not in kata.json");
        }

        if (problems.Count == 0)
        {
            ledger.Pass(Section, name);
        }
        else
        {
            ledger.Fail(Section, name, $"{layout.Relative(path)}: {string.Join("; ", problems)}.");
        }
    }

    private static void StudentFiles(RepositoryLayout layout, KataDefinition kata, CheckLedger ledger)
    {
        foreach (var file in kata.StudentFiles)
        {
            foreach (var root in new[] { layout.KatasDirectory, layout.SolutionsDirectory })
            {
                var path = Path.Combine(root, kata.Name, file);
                if (File.Exists(path))
                {
                    ledger.Pass(Section, $"{kata.Name}: {layout.Relative(path)}");
                }
                else
                {
                    ledger.Fail(Section, $"{kata.Name}: {layout.Relative(path)}", $"{layout.Relative(path)} is missing; kata.json lists it as a student file.");
                }
            }
        }

        // The solution is the student files and nothing else: anything more would not be in the starter.
        var solutionDirectory = Path.Combine(layout.SolutionsDirectory, kata.Name);
        if (Directory.Exists(solutionDirectory))
        {
            var extras = Directory.EnumerateFiles(solutionDirectory, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(f))
                .Select(f => Path.GetRelativePath(solutionDirectory, f).Replace('\\', '/'))
                .Where(f => !kata.StudentFiles.Contains(f, StringComparer.Ordinal))
                .ToArray();
            var name = $"{kata.Name}: solutions/{kata.Name} holds only the student files";
            if (extras.Length == 0)
            {
                ledger.Pass(Section, name);
            }
            else
            {
                ledger.Fail(Section, name, $"solutions/{kata.Name} has files the starter does not: {string.Join(", ", extras)}. Shared types belong in katas/{kata.Name}/Model/.");
            }
        }
    }

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
}
