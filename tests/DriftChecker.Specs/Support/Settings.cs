namespace Katas.DriftChecker.Specs;

/// <summary>Settings for a spec, written as the lines of an app.conf: <c>Settings.Of("version=1.2", "port=80")</c>.</summary>
internal static class Settings
{
    /// <summary>A dictionary of the pairs, in the order given. Each pair splits at its first '='.</summary>
    public static Dictionary<string, string> Of(params string[] pairs)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            settings.Add(pair[..equals], pair[(equals + 1)..]);
        }

        return settings;
    }

    /// <summary>The lesson's app.conf at <paramref name="version"/>: the same on every server but the version.</summary>
    public static Dictionary<string, string> AppConf(string version) =>
        Of($"version={version}", "http.port=8080", "db.host=db.internal", "db.pool_size=20", "cache.ttl_seconds=300");
}
