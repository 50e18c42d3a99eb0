using System.Globalization;
using Bogus;

namespace Katas.Scaler.Specs;

/// <summary>
/// Weeks of traffic made up from a seed with Bogus: a daily rhythm, one to three flash sales at random
/// days and hours, and noise in every second. The same seed gives the same week on every machine: only
/// whole numbers and Bogus' seeded randomizer are used.
/// </summary>
public static class TrafficGenerator
{
    private const int Day = 24 * 3600;
    private const int Week = 7 * Day;
    private const int SaleRampDown = 600;

    /// <summary>The daily rhythm in users a minute at the top of some hours; straight lines between them.</summary>
    private static readonly (int Hour, int UsersPerMinute)[] s_daily =
        [(0, 80), (6, 60), (9, 400), (12, 500), (18, 450), (21, 700), (24, 80)];

    /// <summary>One week of per-second traffic generated from <paramref name="seed"/>.</summary>
    public static TrafficCurve GenerateWeek(int seed)
    {
        var random = new Randomizer(seed);
        var sales = new Sale[random.Number(1, 3)];
        for (var i = 0; i < sales.Length; i++)
        {
            sales[i] = new Sale(
                Start: random.Number(0, 6) * Day + random.Number(8 * 3600, 20 * 3600),
                RampUp: random.Number(30, 600),
                Length: random.Number(30, 240) * 60,
                UsersPerMinute: random.Number(2_000, 10_000));
        }

        // Noise of -15% to +15% in every second, drawn in order before the curve is built.
        var noise = new int[Week];
        for (var second = 0; second < Week; second++)
        {
            noise[second] = random.Number(-15, 15);
        }

        var peak = sales.Max(s => s.UsersPerMinute);
        var name = string.Create(CultureInfo.InvariantCulture, $"Generated week (Bogus seed {seed}): {sales.Length} sale{(sales.Length == 1 ? "" : "s")}, up to {peak:N0} users/min");
        return TrafficCurve.FromUsersPerMinute(name, Week, second =>
        {
            var rate = Daily(second % Day);
            foreach (var sale in sales)
            {
                rate += sale.UsersPerMinuteAt(second);
            }

            return rate * (100 + noise[second]) / 100;
        });
    }

    private static int Daily(int secondOfDay)
    {
        for (var i = 1; i < s_daily.Length; i++)
        {
            var end = s_daily[i].Hour * 3600;
            if (secondOfDay < end)
            {
                var start = s_daily[i - 1].Hour * 3600;
                return TrafficCurve.Between(s_daily[i - 1].UsersPerMinute, s_daily[i].UsersPerMinute, secondOfDay - start, end - start);
            }
        }

        return s_daily[^1].UsersPerMinute;
    }

    private readonly record struct Sale(int Start, int RampUp, int Length, int UsersPerMinute)
    {
        public int UsersPerMinuteAt(int second)
        {
            var into = second - Start;
            if (into < 0 || into >= Length + SaleRampDown)
            {
                return 0;
            }

            if (into < RampUp)
            {
                return TrafficCurve.Between(0, UsersPerMinute, into, RampUp);
            }

            return into < Length ? UsersPerMinute : TrafficCurve.Between(UsersPerMinute, 0, into - Length, SaleRampDown);
        }
    }
}
