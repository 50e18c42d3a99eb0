namespace Katas.Scaler.Specs;

/// <summary>A strategy written by the spec: it answers with a function and keeps what it was shown.</summary>
public sealed class ScriptedStrategy(int initialReplicas, Func<ScalingObservation, int> decide, string name = "Scripted") : IScalingStrategy
{
    private readonly List<ScalingObservation> _observations = [];

    /// <summary>Always the same count.</summary>
    public static ScriptedStrategy Fixed(int replicas) => new(replicas, _ => replicas, $"Fixed ({replicas})");

    public string Name { get; } = name;

    public int InitialReplicas { get; } = initialReplicas;

    /// <summary>Every observation, in order.</summary>
    public IReadOnlyList<ScalingObservation> Observations => _observations;

    public int Decide(ScalingObservation observation)
    {
        _observations.Add(observation);
        return decide(observation);
    }
}
