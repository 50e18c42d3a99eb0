namespace Katas.Tool.Grading.Submissions;

/// <summary>Where a submission's course files are: the folder itself, or the one folder inside it that holds <c>katas/</c>.</summary>
internal static class SubmissionFolder
{
    /// <returns>The folder holding <c>katas/</c>, or null with <paramref name="problem"/> saying why not.</returns>
    public static string? Find(string path, out string? problem)
    {
        problem = null;
        var folder = new DirectoryInfo(path);
        if (!folder.Exists)
        {
            problem = $"'{path}' is not a folder.";
            return null;
        }

        if (folder.LinkTarget is not null)
        {
            problem = $"'{path}' is a link; the grader does not follow links out of a submission.";
            return null;
        }

        if (HasKatas(folder))
        {
            return folder.FullName;
        }

        // A folder holding one clone (what an LMS download or `gh classroom clone` often makes).
        var inner = folder.EnumerateDirectories().Where(d => d.LinkTarget is null && !d.Name.StartsWith('.') && HasKatas(d)).Take(2).ToArray();
        if (inner.Length == 1)
        {
            return inner[0].FullName;
        }

        problem = inner.Length == 0
            ? $"'{path}' has no katas/ folder: it is not a clone of the course."
            : $"'{path}' holds more than one clone of the course; grade each one, or the folder with --class.";
        return null;
    }

    private static bool HasKatas(DirectoryInfo folder)
    {
        var katas = new DirectoryInfo(Path.Combine(folder.FullName, "katas"));
        return katas.Exists && katas.LinkTarget is null;
    }
}
