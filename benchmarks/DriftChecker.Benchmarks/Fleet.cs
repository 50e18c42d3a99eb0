using System.Globalization;
using Bogus;

namespace Katas.DriftChecker.Benchmarks;

/// <summary>
/// A fleet made up from a fixed seed: every server has the baseline's keys in its own order, its own
/// hostname (ignored by the default rules) and a database password (a secret); a fifth of the servers
/// drifted by one to three keys.
/// </summary>
internal static class Fleet
{
    public static (Dictionary<string, string> Baseline, List<ServerConfig> Servers) Generate(int servers, int keys, int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var baseline = new Dictionary<string, string>(keys, StringComparer.Ordinal) { ["db.password"] = faker.Internet.Password(20) };
        while (baseline.Count < keys)
        {
            var key = $"{faker.Hacker.Noun().Replace(' ', '_')}.{faker.Database.Column()}_{baseline.Count}";
            baseline[key] = faker.Random.Bool() ? faker.System.Semver() : faker.Random.Int(1, 65535).ToString(CultureInfo.InvariantCulture);
        }

        var keyOrder = baseline.Keys.ToArray();
        var fleet = new List<ServerConfig>(servers);
        for (var s = 0; s < servers; s++)
        {
            var name = $"web-{s:D5}";
            var settings = new Dictionary<string, string>(keys + 2, StringComparer.Ordinal) { ["hostname"] = name };
            foreach (var key in faker.Random.Shuffle(keyOrder))
            {
                settings.Add(key, baseline[key]);
            }

            if (faker.Random.Double() < 0.2)
            {
                foreach (var key in faker.Random.ListItems(keyOrder, faker.Random.Int(1, 3)))
                {
                    if (faker.Random.Bool())
                    {
                        settings[key] = baseline[key] + "-drift";
                    }
                    else
                    {
                        settings.Remove(key);
                    }
                }

                settings["debug." + name] = "true";
            }

            fleet.Add(ServerConfig.Of(name, settings));
        }

        return (baseline, fleet);
    }
}
