using System.Security.Cryptography;
using System.Text;
using Katas.Tool.Course;
using Katas.Tool.Grading.Compiling;
using Katas.Tool.Grading.Model;

namespace Katas.Tool.Grading.Submissions;

/// <summary>
/// Reads a submission as untrusted input: only the files each kata.json lists in <c>studentFiles</c> are
/// taken, never through a link, never larger than <see cref="MaxFileBytes"/>, only as valid UTF-8.
/// Every other file that differs from the course is listed by name and not used.
/// </summary>
internal sealed class SubmissionReader(RepositoryLayout course, CourseCatalog catalog)
{
    public const int MaxFileBytes = 512 * 1024;

    /// <summary>The most files of a submission listed as ignored: a submission with a huge tree is not worth more.</summary>
    private const int MaxListed = 500;

    private static readonly HashSet<string> s_skippedFolders = new(StringComparer.Ordinal) { ".git", "bin", "obj", ".kata", ".vs", ".idea", ".vscode", "node_modules", "TestResults" };

    public SubmissionFiles Read(string root)
    {
        var sources = new Dictionary<string, IReadOnlyList<StudentSource>>(StringComparer.Ordinal);
        var ignored = new List<IgnoredFile>();
        var studentPaths = new HashSet<string>(StringComparer.Ordinal);

        foreach (var kata in catalog.Katas)
        {
            var files = new List<StudentSource>();
            foreach (var file in kata.StudentFiles)
            {
                var relative = $"katas/{kata.Name}/{file}";
                studentPaths.Add(relative);
                switch (ReadStudentFile(root, relative, out var text))
                {
                    case null:
                        files.Add(new StudentSource(relative, text!));
                        break;
                    case "missing":
                        break;
                    case var reason:
                        ignored.Add(new IgnoredFile(relative, FileChange.Refused, reason));
                        break;
                }
            }

            if (files.Count > 0)
            {
                sources[kata.Name] = files;
            }
        }

        Inventory(root, studentPaths, ignored);
        return new SubmissionFiles(sources, ignored);
    }

    /// <returns>null when read; "missing"; or why the file was refused.</returns>
    private static string? ReadStudentFile(string root, string relative, out string? text)
    {
        text = null;
        var path = root;
        foreach (var part in relative.Split('/'))
        {
            path = Path.Combine(path, part);
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                return "a link: the grader does not follow links out of a submission";
            }

            if (!info.Exists && !Directory.Exists(path))
            {
                return "missing";
            }
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return "not a file";
        }

        if (file.Length > MaxFileBytes)
        {
            return $"larger than {MaxFileBytes / 1024} KB";
        }

        var bytes = File.ReadAllBytes(path);
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            return text.Contains('\0', StringComparison.Ordinal) ? "not text (it holds NUL characters)" : null;
        }
        catch (DecoderFallbackException)
        {
            return "not UTF-8 text";
        }
    }

    /// <summary>Lists the submission's files that the grader does not use and that differ from the course.</summary>
    private void Inventory(string root, HashSet<string> studentPaths, List<IgnoredFile> ignored)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var listed = 0;
        foreach (var (relative, info) in Walk(root))
        {
            seen.Add(relative);
            if (studentPaths.Contains(relative) || listed >= MaxListed)
            {
                continue;
            }

            var coursePath = Path.Combine(course.Root, relative);
            if (info.LinkTarget is not null)
            {
                ignored.Add(new IgnoredFile(relative, File.Exists(coursePath) ? FileChange.Changed : FileChange.Added, "a link (not followed)"));
                listed++;
            }
            else if (!File.Exists(coursePath))
            {
                ignored.Add(new IgnoredFile(relative, FileChange.Added));
                listed++;
            }
            else if (!SameContent(info.FullName, coursePath))
            {
                ignored.Add(new IgnoredFile(relative, FileChange.Changed));
                listed++;
            }
        }

        // What a student could have deleted to change the grade: the course's katas and specs.
        foreach (var (relative, _) in Walk(course.Root).Where(f => IsStudentVisible(f.Relative)))
        {
            if (!seen.Contains(relative) && !studentPaths.Contains(relative) && listed++ < MaxListed)
            {
                ignored.Add(new IgnoredFile(relative, FileChange.Removed));
            }
        }

        ignored.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
    }

    private static bool IsStudentVisible(string relative) =>
        relative.StartsWith("katas/", StringComparison.Ordinal)
        || (relative.StartsWith("tests/", StringComparison.Ordinal) && relative.Split('/')[1].EndsWith(".Specs", StringComparison.Ordinal));

    /// <summary>Every file below the root, as (relative path with '/', info), without entering links or build folders.</summary>
    private static IEnumerable<(string Relative, FileSystemInfo Info)> Walk(string root)
    {
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            FileSystemInfo[] entries;
            try
            {
                entries = folder.GetFileSystemInfos();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                if (entry is DirectoryInfo directory && directory.LinkTarget is null)
                {
                    if (!s_skippedFolders.Contains(entry.Name))
                    {
                        pending.Push(directory);
                    }
                }
                else
                {
                    yield return (relative, entry);
                }
            }
        }
    }

    private static bool SameContent(string a, string b)
    {
        var first = new FileInfo(a);
        var second = new FileInfo(b);
        if (first.Length != second.Length)
        {
            return false;
        }

        if (first.Length > 16 * 1024 * 1024)
        {
            return false;
        }

        return SHA256.HashData(File.ReadAllBytes(a)).AsSpan().SequenceEqual(SHA256.HashData(File.ReadAllBytes(b)));
    }
}
