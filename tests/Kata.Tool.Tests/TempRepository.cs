using Katas.Tool.Course;

namespace Katas.Tool.Tests;

/// <summary>A minimal repository in a temporary folder: Katas.sln, katas/, and the files a test writes.</summary>
internal sealed class TempRepository : IDisposable
{
    public TempRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "kata-tool-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "katas"));
        File.WriteAllText(Path.Combine(Root, RepositoryLayout.SolutionFileName), "");
        Layout = RepositoryLayout.Find(Root, Root, Root);
    }

    public string Root { get; }

    public RepositoryLayout Layout { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
