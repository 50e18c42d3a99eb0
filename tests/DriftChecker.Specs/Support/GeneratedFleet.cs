using Bogus;

namespace Katas.DriftChecker.Specs;

/// <summary>
/// A large fleet made up from a fixed seed, and the drift it was made with: most servers carry the
/// baseline (each with its keys in its own order), some have a value changed, a key removed or a key added.
/// </summary>
internal sealed class GeneratedFleet
{
    private GeneratedFleet(Dictionary<string, string> baseline, List<ServerConfig> servers, Dictionary<string, List<PropertyDifference>> drift)
    {
        Baseline = baseline;
        Servers = servers;
        Drift = drift;
    }

    public Dictionary<string, string> Baseline { get; }

    public List<ServerConfig> Servers { get; }

    /// <summary>The differences of every drifted server, ordered by key.</summary>
    public Dictionary<string, List<PropertyDifference>> Drift { get; }

    public static GeneratedFleet Create(int servers, int keys, int seed, double driftedShare = 0.2)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var baseline = new Dictionary<string, string>(keys, StringComparer.Ordinal);
        for (var i = 0; i < keys; i++)
        {
            var key = $"{faker.Hacker.Noun().Replace(' ', '_')}.{faker.Database.Column()}_{i}";
            baseline.Add(key, faker.Random.Int(0, 3) switch
            {
                0 => faker.Random.Int(1, 65535).ToString(System.Globalization.CultureInfo.InvariantCulture),
                1 => faker.Random.Bool() ? "true" : "false",
                2 => faker.System.Semver(),
                _ => faker.Internet.DomainName(),
            });
        }

        var keyOrder = baseline.Keys.ToArray();
        var fleet = new List<ServerConfig>(servers);
        var drift = new Dictionary<string, List<PropertyDifference>>(StringComparer.Ordinal);
        for (var s = 0; s < servers; s++)
        {
            var name = $"web-{s:D5}";
            var settings = new Dictionary<string, string>(keys, StringComparer.Ordinal);
            foreach (var key in faker.Random.Shuffle(keyOrder))
            {
                settings.Add(key, baseline[key]);
            }

            if (faker.Random.Double() < driftedShare)
            {
                drift[name] = Mutate(faker, name, settings, keyOrder, baseline);
            }

            fleet.Add(ServerConfig.Of(name, settings));
        }

        return new GeneratedFleet(baseline, fleet, drift);
    }

    private static List<PropertyDifference> Mutate(Faker faker, string server, Dictionary<string, string> settings, string[] keys, Dictionary<string, string> baseline)
    {
        var differences = new List<PropertyDifference>();
        var touched = faker.Random.ListItems(keys, faker.Random.Int(1, 3));
        foreach (var key in touched)
        {
            if (faker.Random.Bool())
            {
                var value = baseline[key] + "-" + faker.Random.AlphaNumeric(4);
                settings[key] = value;
                differences.Add(new PropertyDifference(key, baseline[key], value, DifferenceType.NotEqual));
            }
            else
            {
                settings.Remove(key);
                differences.Add(new PropertyDifference(key, baseline[key], null, DifferenceType.Remove));
            }
        }

        if (faker.Random.Bool())
        {
            var extra = $"debug.{faker.Hacker.Verb().Replace(' ', '_')}_{server}";
            var value = faker.Random.Bool() ? "true" : "false";
            settings[extra] = value;
            differences.Add(new PropertyDifference(extra, null, value, DifferenceType.Add));
        }

        differences.Sort((a, b) => string.CompareOrdinal(a.PropertyPath, b.PropertyPath));
        return differences;
    }
}
