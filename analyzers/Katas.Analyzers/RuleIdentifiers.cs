namespace Katas.Analyzers;

/// <summary>The ids of the SPOF rules. An id is never reused for another rule.</summary>
internal static class RuleIdentifiers
{
    public const string HardcodedSingleEndpoint = "SPOF001";
}
