namespace Katas.Scaler.Specs;

/// <summary>Approved texts, committed in tests/Scaler.Specs/Approved and copied next to the spec assembly.</summary>
internal static class Approved
{
    public static string Read(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Approved", fileName)).ReplaceLineEndings("\n");

    /// <summary>Writes <paramref name="text"/> next to the spec assembly as <c>name.received.md</c>, to compare by hand.</summary>
    public static string WriteReceived(string fileName, string text)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Approved", Path.ChangeExtension(fileName, ".received.md"));
        File.WriteAllText(path, text);
        return path;
    }
}
