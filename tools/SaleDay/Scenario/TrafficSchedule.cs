namespace Katas.SaleDay.Scenario;

/// <summary>
/// How many requests to send in each tick of the replay: the plan's rate with a jitter of up to 10 %
/// drawn from the seed. The same seed always gives the same schedule.
/// </summary>
internal sealed class TrafficSchedule
{
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    private readonly int[] _requests;

    public TrafficSchedule(SaleDayPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var random = new Random(plan.Seed);
        var ticks = (int)(plan.Length / Tick);
        _requests = new int[ticks];
        var carry = 0.0;
        for (var i = 0; i < ticks; i++)
        {
            var jitter = 1 + (random.NextDouble() - 0.5) * 0.2;
            var exact = plan.RateAt(i * Tick) * jitter * Tick.TotalSeconds + carry;
            _requests[i] = (int)exact;
            carry = exact - _requests[i];
        }
    }

    public int Ticks => _requests.Length;

    public int Total => _requests.Sum();

    public int RequestsIn(int tick) => _requests[tick];
}
