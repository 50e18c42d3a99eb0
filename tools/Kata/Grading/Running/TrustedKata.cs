using Katas.Tool.Course;
using Katas.Tool.Grading.Compiling;

namespace Katas.Tool.Grading.Running;

/// <summary>One kata as the grader trusts it: the course's built specs, its given types, and the specs it expects to see.</summary>
/// <param name="SpecDirectory">A copy of the spec project's build output, readable by the sandbox's user.</param>
/// <param name="SpecAssembly">The spec assembly in <paramref name="SpecDirectory"/>.</param>
/// <param name="ExpectedSpecs">Every spec of the kata (full name and step), from a run of the course's own starter.</param>
internal sealed record TrustedKata(
    KataDefinition Definition,
    string SpecDirectory,
    string SpecAssembly,
    KataCompiler Compiler,
    IReadOnlyList<ExpectedSpec> ExpectedSpecs,
    IReadOnlyDictionary<int, string> StepTitles)
{
    public string Name => Definition.Name;

    public string KataAssemblyFileName => Compiler.AssemblyName + ".dll";
}

/// <summary>A spec the grader expects to see run: its full name, display name and step.</summary>
internal sealed record ExpectedSpec(string Name, string DisplayName, int Step);
