namespace Katas.Analyzers;

/// <summary>The ids of the SPOF rules. An id is never reused for another rule.</summary>
internal static class RuleIdentifiers
{
    public const string HardcodedSingleEndpoint = "SPOF001";
    public const string SingleBackendPool = "SPOF002";
    public const string MissingTimeout = "SPOF003";
    public const string NonAtomicRotationCounter = "SPOF004";
    public const string SwallowedFailure = "SPOF005";
    public const string BlockingWait = "SPOF006";
    public const string FixedCapacity = "SPOF007";
    public const string HostLocalConfigurationPath = "SPOF008";
}
