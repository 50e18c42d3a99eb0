namespace Katas.Analyzers.RealCodeCheck;

/// <summary>
/// The project references of one folder's projects, each project file read once. Every project walks the projects it
/// references, directly or not; in a code base whose projects share a deep graph (Orleans, Aspire) most walks cross the
/// same files, and each file's references come from it and the Directory.Build.props above it.
/// </summary>
internal sealed class ProjectReferenceGraph(string root)
{
    private readonly Dictionary<string, string[]> _direct = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _letsTestSdkFlow = new(StringComparer.Ordinal);

    /// <summary>The .csproj files the project references, directly or not, in ordinal order; never the project itself.</summary>
    public IReadOnlyList<string> Reachable(string projectFile)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([projectFile]);
        while (pending.Count > 0)
        {
            foreach (var reference in Direct(pending.Pop()))
            {
                if (seen.Add(reference))
                {
                    pending.Push(reference);
                }
            }
        }

        seen.Remove(projectFile);
        return [.. seen.Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether the project file passes the test SDK's build assets on (<see cref="FlowingTestSdk"/>).</summary>
    public bool LetsTestSdkFlow(string projectFile)
    {
        if (!_letsTestSdkFlow.TryGetValue(projectFile, out var flows))
        {
            _letsTestSdkFlow[projectFile] = flows = FlowingTestSdk.From(projectFile);
        }

        return flows;
    }

    private string[] Direct(string projectFile)
    {
        if (!_direct.TryGetValue(projectFile, out var references))
        {
            _direct[projectFile] = references = [.. SourceProject.DirectReferences(projectFile, root).Where(File.Exists)];
        }

        return references;
    }
}
