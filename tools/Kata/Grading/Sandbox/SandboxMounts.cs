namespace Katas.Tool.Grading.Sandbox;

/// <summary>What one sandboxed run may see: folders read-only, single files laid over them, and folders it may write.</summary>
/// <param name="ReadOnly">Folders visible read-only, at the same path as outside.</param>
/// <param name="Overlays">(inside path, outside file): a file shown in place of another, read-only (the student's kata assembly over the starter's).</param>
/// <param name="Writable">Folders the run may write (its results and scratch).</param>
internal sealed record SandboxMounts(IReadOnlyList<string> ReadOnly, IReadOnlyList<(string Inside, string Outside)> Overlays, IReadOnlyList<string> Writable);
