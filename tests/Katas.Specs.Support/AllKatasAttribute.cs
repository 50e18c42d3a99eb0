using System.Reflection;
using Xunit.v3;

namespace Katas.Specs;

/// <summary>
/// Marks the one spec assembly that holds the specs of every kata (<c>tests/Katas.Specs</c>, the test
/// application plain <c>dotnet test</c> runs at the root): <c>[assembly: AllKatas]</c>.
/// </summary>
/// <remarks>
/// It is <see cref="KataAttribute"/> for several katas at once: the spec classes run kata by kata, in
/// step order (<see cref="StepOrderer"/>), and each kata's later steps stay locked while one of its
/// earlier steps fails (<see cref="StepGate"/> keeps a gate per kata). It tags no trait: a trait of an
/// assembly would be the same for every kata. The assembly must also run its specs one at a time:
/// <c>[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class AllKatasAttribute : Attribute, ITestClassOrdererAttribute, ITestMethodOrdererAttribute, IBeforeAfterTestAttribute
{
    public Type OrdererType => typeof(StepOrderer);

    public void Before(MethodInfo methodUnderTest, IXunitTest test) => StepGate.Before(methodUnderTest);

    public void After(MethodInfo methodUnderTest, IXunitTest test) => StepGate.After(methodUnderTest);
}
