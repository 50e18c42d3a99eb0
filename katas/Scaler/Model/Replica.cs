namespace Katas.Scaler;

/// <summary>One running copy of the service: a container, a pod, a server process.</summary>
/// <param name="Name">A name unique in its replica set, for example <c>web-3</c>.</param>
/// <param name="Address">Where it answers, for example <c>http://127.0.0.1:41234/</c>.</param>
public sealed record Replica(string Name, Uri Address)
{
    public override string ToString() => Name;
}
