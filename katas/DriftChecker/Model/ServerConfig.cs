namespace Katas.DriftChecker;

/// <summary>
/// The configuration of one server as it was collected: read, deleted (the server has none), or not
/// checked (it could not be read). Build one with <see cref="Of"/>, <see cref="Deleted"/> or
/// <see cref="Unreachable"/>.
/// </summary>
public sealed record ServerConfig
{
    private ServerConfig(string server, IReadOnlyDictionary<string, string>? settings, string? notCheckedReason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(server);
        Server = server;
        Settings = settings;
        NotCheckedReason = notCheckedReason;
    }

    /// <summary>The server's name, unique in a fleet: <c>server1</c>.</summary>
    public string Server { get; }

    /// <summary>The settings that were read; null when the server has none or could not be read.</summary>
    public IReadOnlyDictionary<string, string>? Settings { get; }

    /// <summary>Why the configuration could not be read; null when it could.</summary>
    public string? NotCheckedReason { get; }

    /// <summary>The settings of <paramref name="server"/>, read from its configuration file.</summary>
    public static ServerConfig Of(string server, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(server, settings, null);
    }

    /// <summary><paramref name="server"/> answered, but it has no configuration file (CloudFormation's DELETED).</summary>
    public static ServerConfig Deleted(string server) => new(server, null, null);

    /// <summary>The configuration of <paramref name="server"/> could not be read, and why: <c>connection refused</c>.</summary>
    public static ServerConfig Unreachable(string server, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(server, null, reason);
    }
}
