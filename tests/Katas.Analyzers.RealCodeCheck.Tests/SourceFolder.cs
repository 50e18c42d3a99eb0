namespace Katas.Analyzers.RealCodeCheck.Tests;

/// <summary>A folder of sources written for one test, deleted after it.</summary>
internal sealed class SourceFolder : IDisposable
{
    public SourceFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "real-code-check-" + Guid.NewGuid().ToString("N"));

    public SourceFolder With(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder left behind harms nothing.
        }
    }
}
