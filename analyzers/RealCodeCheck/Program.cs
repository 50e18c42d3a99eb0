using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Katas.Analyzers.RealCodeCheck;

// Usage: check.sh FOLDER [--summary] [--references DLL_FOLDER] [--rules SPOF008,SPOF002] [--course] | check.sh FOLDER --projects
// Prints every hit of the SPOF rules as path:line:column: RULE message, then a table of hits and time per
// rule. The rules read the code with the options the NuGet package sets (SPOF001.in_desktop_applications = false), as a
// project that references the package gets them; --course runs them with their own defaults, as the course's projects do.
// --rules runs only the rules named (to measure one rule's change again over many code bases). --projects runs no rule:
// it lists each project as the check reads it (test or production, the build properties the rules see and the desktop
// user interface assemblies it references), to see why a project's hits count as test code or as a desktop application's. Exit codes: 0 the folder was checked; 1 a rule threw (AD0001); 2 bad arguments or no such folder; 3 the
// compiler threw on a project (named; the other projects were checked).
const string Usage = "usage: check.sh FOLDER [--summary] [--references DLL_FOLDER] [--rules SPOF001,SPOF008] [--course] | check.sh FOLDER --projects   (the C# sources to check; nothing is built)";
var summaryOnly = false;
var courseDefaults = false;
var projectsOnly = false;
string? referenceFolder = null;
string? ruleList = null;
var folders = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--summary":
            summaryOnly = true;
            break;
        case "--course":
            courseDefaults = true;
            break;
        case "--projects":
            projectsOnly = true;
            break;
        case "--references" when i + 1 < args.Length && referenceFolder is null:
            referenceFolder = args[++i];
            break;
        case "--references":
            Console.Error.WriteLine($"check.sh: --references takes one folder of DLLs.\n{Usage}");
            return 2;
        case "--rules" when i + 1 < args.Length && ruleList is null:
            ruleList = args[++i];
            break;
        case "--rules":
            Console.Error.WriteLine($"check.sh: --rules takes one comma-separated list of rule ids.\n{Usage}");
            return 2;
        default:
            folders.Add(args[i]);
            break;
    }
}

if (folders.Count != 1 || folders[0].StartsWith('-'))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var root = Path.GetFullPath(folders[0]).TrimEnd(Path.DirectorySeparatorChar);
if (!Directory.Exists(root))
{
    Console.Error.WriteLine($"check.sh: no folder '{folders[0]}'.");
    return 2;
}

IReadOnlyList<string> packageAssemblies = [];
if (referenceFolder is not null)
{
    if (!Directory.Exists(referenceFolder))
    {
        Console.Error.WriteLine($"check.sh: no folder '{referenceFolder}' (--references).");
        return 2;
    }

    packageAssemblies = LooseCompilation.AssembliesIn(referenceFolder);
    if (packageAssemblies.Count == 0)
    {
        Console.Error.WriteLine($"check.sh: no .NET assembly (*.dll) in '{referenceFolder}' (--references).");
        return 2;
    }
}

var rules = RuleRun.AllRules;
if (ruleList is not null)
{
    var named = ruleList.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    var unknown = named.Length == 0 ? ruleList : named.FirstOrDefault(id => !RuleRun.AllRules.Contains(id, StringComparer.OrdinalIgnoreCase));
    if (unknown is not null)
    {
        Console.Error.WriteLine($"check.sh: no rule '{unknown}' (--rules); the rules are {string.Join(", ", RuleRun.AllRules)}.");
        return 2;
    }

    rules = [.. RuleRun.AllRules.Where(id => named.Contains(id, StringComparer.OrdinalIgnoreCase))];
}

var projects = SourceProject.Find(root);
if (projectsOnly)
{
    foreach (var project in projects)
    {
        var where = project.ProjectFile is null ? "(no project file)" : Path.GetRelativePath(root, project.ProjectFile);
        var properties = string.Join(' ', project.BuildProperties.Select(p => $"{p.Key}={p.Value}")
            .Concat(project.DesktopAssemblies.Select(assembly => "references " + assembly)));
        Console.WriteLine($"{where}\t{(project.IsTest ? "test" : "production")}\t{project.Files.Count} files\t{properties}".TrimEnd());
    }

    Console.WriteLine($"{projects.Count} projects ({projects.Count(p => p.IsTest)} test projects)");
    return 0;
}

var options = courseDefaults ? ImmutableDictionary<string, string>.Empty : PackageConfiguration.OptionsFor(rules);
var run = new RuleRun(LooseCompilation.References(packageAssemblies), rules, options);
var clock = Stopwatch.StartNew();
await run.RunAsync(projects, CancellationToken.None);
clock.Stop();

if (!summaryOnly)
{
    foreach (var hit in run.Hits.OrderBy(h => h.Path, StringComparer.Ordinal).ThenBy(h => h.Line).ThenBy(h => h.Rule, StringComparer.Ordinal))
    {
        Console.WriteLine($"{Path.GetRelativePath(root, hit.Path)}:{hit.Line}:{hit.Column}: {hit.Rule}{(hit.InTestCode ? " (test code)" : "")} {hit.Message}");
    }

    Console.WriteLine();
}

var invariant = CultureInfo.InvariantCulture;
Console.WriteLine($"{run.Files} files in {projects.Count} projects ({projects.Count(p => p.IsTest)} test projects), {clock.Elapsed.TotalSeconds.ToString("0.0", invariant)} s");
if (packageAssemblies.Count > 0)
{
    Console.WriteLine($"with {packageAssemblies.Count} package assemblies from {referenceFolder}");
}

Console.WriteLine(courseDefaults
    ? "with the rules' own defaults (--course)"
    : "with the NuGet package's options: " + (options.IsEmpty
        ? "none for these rules"
        : string.Join(", ", options.OrderBy(o => o.Key, StringComparer.OrdinalIgnoreCase).Select(PackageConfiguration.Spelled))));
Console.WriteLine("rule     production  test   time (ms)");
foreach (var (rule, time) in run.Times.OrderBy(t => t.Key, StringComparer.Ordinal))
{
    var production = run.Hits.Count(h => h.Rule == rule && !h.InTestCode);
    var test = run.Hits.Count(h => h.Rule == rule && h.InTestCode);
    Console.WriteLine($"{rule}  {production,10}  {test,4}  {time.TotalMilliseconds.ToString("0", invariant),10}");
}

foreach (var exception in run.Exceptions)
{
    Console.Error.WriteLine($"AD0001 {exception}");
}

Console.WriteLine($"AD0001 (a rule threw): {run.Exceptions.Count}");
foreach (var failure in run.CompilerFailures)
{
    Console.Error.WriteLine($"check.sh: {failure}");
}

if (run.CompilerFailures.Count > 0)
{
    Console.WriteLine($"projects the compiler failed on: {run.CompilerFailures.Count}");
}

return !run.Exceptions.IsEmpty ? 1 : run.CompilerFailures.Count > 0 ? 3 : 0;
