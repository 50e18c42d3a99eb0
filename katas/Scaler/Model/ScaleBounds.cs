namespace Katas.Scaler;

/// <summary>
/// The fewest and the most replicas a service may run: the <c>minReplicas</c> and <c>maxReplicas</c> of a
/// Kubernetes HorizontalPodAutoscaler, or the minimum and maximum size of an AWS Auto Scaling group.
/// </summary>
/// <remarks>
/// A plain value, like the spec of a Kubernetes object: whoever uses it checks it (a negative
/// <see cref="Min"/>, or a <see cref="Min"/> above <see cref="Max"/>, is rejected there with a clear error).
/// </remarks>
/// <param name="Min">The fewest replicas, 0 or more.</param>
/// <param name="Max">The most replicas, <see cref="Min"/> or more.</param>
public sealed record ScaleBounds(int Min, int Max)
{
    public override string ToString() => $"[{Min}, {Max}]";
}
