namespace Katas.Tool.Grading.Running;

/// <summary>The modes of the grader's scratch folders: the sandbox runs as another user.</summary>
internal static class FileModes
{
    /// <summary>rwxr-xr-x: the sandbox's user may read, not write.</summary>
    public const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    /// <summary>rwxrwxrwx: the one folder the sandbox's user writes (its results, its home).</summary>
    public const UnixFileMode Writable = Readable | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
}
