using System.Reflection;
using Xunit.v3;

namespace Katas.Specs;

/// <summary>
/// Marks a spec assembly as the specs of one kata: <c>[assembly: Kata("HealthChecker")]</c>.
/// </summary>
/// <remarks>
/// It does three things, so that a spec assembly needs this one line:
/// <list type="bullet">
/// <item>tags every spec with the trait <c>Kata=&lt;name&gt;</c>;</item>
/// <item>runs the spec classes in step order and the specs of a class in source order (<see cref="StepOrderer"/>);</item>
/// <item>skips the specs of later steps while an earlier step fails (<see cref="StepGate"/>), so that
/// plain <c>dotnet test</c> shows the current step's failures and not a wall of red.</item>
/// </list>
/// The assembly must also run its specs one at a time in a single collection:
/// <c>[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class KataAttribute(string name) : Attribute, ITraitAttribute, ITestClassOrdererAttribute, ITestMethodOrdererAttribute, IBeforeAfterTestAttribute
{
    /// <summary>The trait name that carries the kata's name.</summary>
    public const string TraitName = "Kata";

    public string Name { get; } = name;

    public Type OrdererType => typeof(StepOrderer);

    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [new(TraitName, Name)];

    public void Before(MethodInfo methodUnderTest, IXunitTest test) => StepGate.Before(methodUnderTest);

    public void After(MethodInfo methodUnderTest, IXunitTest test) => StepGate.After(methodUnderTest);
}
