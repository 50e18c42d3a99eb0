using Xunit.Sdk;
using Xunit.v3;

namespace Katas.Specs;

/// <summary>
/// Runs spec classes in step order and the specs of a class in the order they are written, so that the
/// first failure a student sees is the simplest spec of the earliest unfinished step. In the root's test
/// application, which holds every kata, the katas (the namespaces of their specs) come one after the other.
/// </summary>
public sealed class StepOrderer : ITestClassOrderer, ITestMethodOrderer
{
    public IReadOnlyCollection<TTestClass?> OrderTestClasses<TTestClass>(IReadOnlyCollection<TTestClass?> testClasses)
        where TTestClass : ITestClass =>
        testClasses
            .OrderBy(c => (c as IXunitTestClass)?.Class.Namespace, StringComparer.Ordinal)
            .ThenBy(c => StepAttribute.Of((c as IXunitTestClass)?.Class) ?? int.MaxValue)
            .ThenBy(c => c?.TestClassName, StringComparer.Ordinal)
            .ToArray();

    public IReadOnlyCollection<TTestMethod?> OrderTestMethods<TTestMethod>(IReadOnlyCollection<TTestMethod?> testMethods)
        where TTestMethod : ITestMethod =>
        // Metadata tokens of methods follow their order in the source file.
        testMethods
            .OrderBy(m => (m as IXunitTestMethod)?.Method.MetadataToken ?? int.MaxValue)
            .ToArray();
}
