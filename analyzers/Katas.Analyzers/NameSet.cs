using System;
using System.Collections.Immutable;

namespace Katas.Analyzers;

/// <summary>
/// A set of identifier names compared without case: what a rule looks for in parameter and property
/// names. A hash lookup, because it runs for every argument the compiler sees.
/// </summary>
internal sealed class NameSet(params string[] names)
{
    private readonly ImmutableHashSet<string> _names = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, names);

    public bool Contains(string name) => _names.Contains(name);
}
