using System.Globalization;

namespace Katas.Tool.Pairing;

/// <summary>Steps ("Kata/N") for people: "HealthChecker 1-3, 5; RoundRobin 1".</summary>
internal static class StepList
{
    public static string Describe(IEnumerable<string> steps)
    {
        var byKata = steps
            .Select(s => s.Split('/'))
            .Where(parts => parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .GroupBy(parts => parts[0], parts => int.Parse(parts[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return string.Join("; ", byKata.Select(kata => kata.Key + " " + Ranges(kata.Distinct().Order().ToArray())));
    }

    private static string Ranges(int[] numbers)
    {
        var ranges = new List<string>();
        for (var i = 0; i < numbers.Length; i++)
        {
            var start = numbers[i];
            while (i + 1 < numbers.Length && numbers[i + 1] == numbers[i] + 1)
            {
                i++;
            }

            ranges.Add(start == numbers[i] ? start.ToString(CultureInfo.InvariantCulture) : $"{start}-{numbers[i]}");
        }

        return string.Join(", ", ranges);
    }
}
