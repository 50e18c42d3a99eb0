namespace Katas.Tool.Grading.Running;

internal static class Folders
{
    /// <summary>Copies every file below <paramref name="source"/> to the same place below <paramref name="target"/>.</summary>
    public static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
