using System.Globalization;
using System.Reflection;
using Xunit.v3;

namespace Katas.Specs;

/// <summary>
/// Tags a spec class with the kata step it belongs to: <c>[Step(2)]</c>. The number matches a step in
/// the kata's <c>kata.json</c> and its guide; the trait <c>Step=2</c> lets tools and IDEs group by it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StepAttribute : Attribute, ITraitAttribute
{
    /// <summary>The trait name that carries the step number.</summary>
    public const string TraitName = "Step";

    public StepAttribute(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        Number = number;
    }

    public int Number { get; }

    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() =>
        [new(TraitName, Number.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The step of a spec class, or null when it has none.</summary>
    public static int? Of(Type? specClass) => specClass?.GetCustomAttribute<StepAttribute>()?.Number;
}
