#!/usr/bin/env bash
# Measures what the SPOF analyzers cost in a build: generates a project of many files that use the
# APIs the rules look at, builds it with -p:ReportAnalyzer=true, and prints the SPOF analyzers' time
# beside the compile time and beside NetAnalyzers rules of the same kind:
#   CA2016 (forward the CancellationToken: invocation analysis, like SPOF003)
#   CA1849 (call async methods in async methods: invocation analysis, like SPOF006)
#
# Usage: analyzers/perf/measure.sh [files=3000] [runs=3]
set -euo pipefail
files="${1:-3000}"
runs="${2:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/analyzers/Katas.Analyzers" -c Release -nologo -v:q -tl:off >/dev/null
analyzer="$root/analyzers/Katas.Analyzers/bin/Release/netstandard2.0/Katas.Analyzers.dll"

cat > "$work/Perf.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <EnableNETAnalyzers>true</EnableNETAnalyzers>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>\$(NoWarn);CS1998;CS0168;CS0219;CS8618</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <Analyzer Include="$analyzer" />
  </ItemGroup>
</Project>
XML
cat > "$work/.editorconfig" <<'INI'
root = true
[*.cs]
dotnet_diagnostic.CA2016.severity = warning
dotnet_diagnostic.CA1849.severity = warning
INI

mkdir -p "$work/src"
for i in $(seq 1 "$files"); do
  cat > "$work/src/Service$i.cs" <<CS
namespace Perf;

public sealed class Service$i(HttpClient client, string[] backends)
{
    private int _next;
    private int _requests;
    private readonly object _gate = new();

    public string Pick()
    {
        lock (_gate)
        {
            return backends[_next++ % backends.Length];
        }
    }

    public async Task<int> CheckAsync(Uri target, CancellationToken cancellationToken)
    {
        _requests++;
        try
        {
            using var response = await client.GetAsync(target, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return text.Length + (int)response.StatusCode;
        }
        catch (HttpRequestException exception)
        {
            Console.WriteLine(exception.Message);
            return -1;
        }
    }

    public async Task<IReadOnlyList<int>> CheckAllAsync(IEnumerable<Uri> targets, CancellationToken cancellationToken)
    {
        var results = new List<int>();
        foreach (var target in targets.Where(t => t.IsAbsoluteUri).Take(10))
        {
            results.Add(await CheckAsync(target, cancellationToken));
            await Task.Delay(TimeSpan.FromMilliseconds(1), cancellationToken);
        }

        var settings = new Dictionary<string, string> { ["name"] = "service-$i", ["size"] = backends.Length.ToString() };
        return results.Count > 0 ? results : [settings.Count];
    }

    public Uri Address(string configured) => new Uri(new Uri(configured), "health");

    public string Config(string root) => File.ReadAllText(Path.Combine(root, "app.json"));
}
CS
done

echo "Generated $files files in $work; building $runs times (the first run warms the compiler server and is dropped)."
dotnet restore "$work" -nologo -v:q >/dev/null
for run in $(seq 0 "$runs"); do
  dotnet build "$work" -c Release --no-restore --no-incremental -nologo -tl:off -v:d -clp:PerformanceSummary -p:ReportAnalyzer=true > "$work/build$run.log" 2>&1
done

awk -v runs="$runs" '
  # ReportAnalyzer lines: "      0.123    4   Namespace.AnalyzerName (ID, ID)"
  /Total analyzer execution time:/ { next }
  # one line per analyzer type, ending with its rule ids: "0.313  11  Katas.Analyzers.BlockingWaitAnalyzer (SPOF006)"
  /^ *<?[0-9]+\.[0-9]+ +[0-9<]+ +[A-Za-z.]+ \(SPOF[0-9]+\)$/ { t = $1; sub(/</, "", t); spof[FILENAME] += t; rule[$NF] += t }
  /\(CA2016\)$/ { t = $1; sub(/</, "", t); ca2016[FILENAME] += t }
  /\(CA1849\)$/ { t = $1; sub(/</, "", t); ca1849[FILENAME] += t }
  /^ *[0-9]+ ms +Csc +[0-9]+ calls/ { csc[FILENAME] += $1 / 1000 }
  END {
    n = 0
    for (f in csc) if (f !~ /build0\.log$/) { n++; c += csc[f]; s += spof[f]; a += ca2016[f]; b += ca1849[f] }
    if (n == 0) { print "No measurements found: is -p:ReportAnalyzer supported by this SDK?"; exit 1 }
    printf "Average of %d builds:\n", n
    printf "  compile (Csc task)             %8.3f s\n", c / n
    printf "  SPOF analyzers, all 8 rules    %8.3f s  (%.2f%% of the compile)\n", s / n, 100 * s / c
    printf "  CA2016 alone (1 rule)          %8.3f s\n", a / n
    printf "  CA1849 alone (1 rule)          %8.3f s\n", b / n
    printf "Per SPOF rule (all builds, including the warm-up):\n"
    for (r in rule) printf "  %-10s %8.3f s\n", r, rule[r]
  }' "$work"/build*.log
