namespace Katas.HealthChecker;

/// <summary>One target and the result of probing it.</summary>
public sealed record TargetResult(Target Target, ProbeResult Result);
