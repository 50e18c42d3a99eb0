namespace Katas.Tool.Grading.Tests;

/// <summary>A student's submission written into a temporary folder: only the files a test gives it.</summary>
internal sealed class TestSubmission : IDisposable
{
    public TestSubmission(string name = "student")
    {
        Parent = Directory.CreateTempSubdirectory("kata-submission-").FullName;
        Root = Path.Combine(Parent, name);
        Directory.CreateDirectory(Path.Combine(Root, "katas"));
    }

    /// <summary>The folder holding the submission (a class of one).</summary>
    public string Parent { get; }

    public string Root { get; }

    public TestSubmission With(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TestSubmission WithKata(string kata, string text) => With($"katas/{kata}/{kata}.cs", text);

    public TestSubmission WithLink(string relativePath, string target)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Parent, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
