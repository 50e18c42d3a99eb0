namespace Katas.Analyzers;

internal static class RuleCategories
{
    /// <summary>Code that takes a service down when one part fails.</summary>
    public const string Reliability = "Reliability";

    /// <summary>Code that cannot follow the load.</summary>
    public const string Scalability = "Scalability";

    /// <summary>Code that makes servers differ from one another.</summary>
    public const string Configuration = "Configuration";
}
