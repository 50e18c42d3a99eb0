using System.Diagnostics;
using System.Globalization;
using Katas.Analyzers.RealCodeCheck;

// Usage: check.sh FOLDER [--summary]
// Prints every hit of the SPOF rules as path:line:column: RULE message, then a table of hits and time per
// rule. Exit codes: 0 the folder was checked; 1 a rule threw (AD0001); 2 bad arguments or no such folder.
var summaryOnly = args.Contains("--summary");
var folders = args.Where(a => a != "--summary").ToArray();
if (folders.Length != 1 || folders[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: check.sh FOLDER [--summary]   (the C# sources to check; nothing is built)");
    return 2;
}

var root = Path.GetFullPath(folders[0]).TrimEnd(Path.DirectorySeparatorChar);
if (!Directory.Exists(root))
{
    Console.Error.WriteLine($"check.sh: no folder '{folders[0]}'.");
    return 2;
}

var projects = SourceProject.Find(root);
var run = new RuleRun();
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
return run.Exceptions.IsEmpty ? 0 : 1;
