namespace Katas.HealthChecker;

/// <summary>The three kinds of Kubernetes probes. They differ in their state before the first probe.</summary>
public enum ProbeKind
{
    /// <summary>Ready to receive traffic? Starts as <see cref="ProbeState.Failure"/>: no traffic until proven ready.</summary>
    Readiness,

    /// <summary>Still alive, or should it be restarted? Starts as <see cref="ProbeState.Success"/>.</summary>
    Liveness,

    /// <summary>Has the application finished starting? Starts as <see cref="ProbeState.Unknown"/>.</summary>
    Startup,
}
