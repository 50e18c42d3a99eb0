namespace Katas.Tool.Course;

/// <summary>A step's section in a guide: its heading, first paragraph (the goal) and hints.</summary>
/// <param name="Line">The 1-based line of the heading, for <c>README.md:42</c> links.</param>
internal sealed record GuideStep(int Number, string Title, int Line, string Goal, IReadOnlyList<string> Hints);
