namespace Katas.DriftChecker;

/// <summary>The drift of a fleet: every server against one baseline.</summary>
/// <param name="Baseline">
/// The baseline the servers were compared with, without ignored keys: the values a plan sets.
/// It may hold secrets: use it to fix servers, never to print.
/// </param>
/// <param name="Servers">One entry per server, in the order the servers were given.</param>
/// <param name="AmbiguousKeys">Keys without a majority value (only when the baseline was inferred); empty otherwise.</param>
public sealed record DriftReport(
    IReadOnlyDictionary<string, string> Baseline,
    IReadOnlyList<ServerDrift> Servers,
    IReadOnlyList<AmbiguousKey> AmbiguousKeys)
{
    /// <summary>How many servers have <paramref name="status"/>.</summary>
    public int Count(DriftStatus status) => Servers.Count(server => server.Status == status);

    /// <summary>The entry of <paramref name="server"/>.</summary>
    /// <exception cref="KeyNotFoundException">The report has no such server.</exception>
    public ServerDrift this[string server] =>
        Servers.FirstOrDefault(entry => entry.Server == server)
        ?? throw new KeyNotFoundException($"The report has no server '{server}'.");
}
