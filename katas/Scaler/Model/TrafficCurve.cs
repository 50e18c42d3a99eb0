namespace Katas.Scaler;

/// <summary>
/// Requests arriving at a service, second by second. A user's visit counts as one request.
/// </summary>
public sealed class TrafficCurve
{
    /// <summary>The lesson's normal traffic: 100 users a minute.</summary>
    public const int LessonNormalUsersPerMinute = 100;

    /// <summary>The lesson's sale-day traffic: 10,000 users a minute, 100 times normal.</summary>
    public const int LessonSaleUsersPerMinute = 10_000;

    private readonly int[] _requestsPerSecond;

    /// <param name="name">A short description for the cost table.</param>
    /// <param name="requestsPerSecond">Requests arriving in each second; copied.</param>
    /// <exception cref="ArgumentException">The curve is empty or has a negative count.</exception>
    public TrafficCurve(string name, IEnumerable<int> requestsPerSecond)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(requestsPerSecond);
        _requestsPerSecond = requestsPerSecond.ToArray();
        if (_requestsPerSecond.Length == 0)
        {
            throw new ArgumentException("A traffic curve needs at least one second.", nameof(requestsPerSecond));
        }

        for (var second = 0; second < _requestsPerSecond.Length; second++)
        {
            if (_requestsPerSecond[second] < 0)
            {
                throw new ArgumentException($"Second {second} has {_requestsPerSecond[second]} requests; a count cannot be negative.", nameof(requestsPerSecond));
            }

            TotalRequests += _requestsPerSecond[second];
        }

        Name = name;
    }

    public string Name { get; }

    /// <summary>How many seconds the curve lasts.</summary>
    public int Seconds => _requestsPerSecond.Length;

    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    /// <summary>All requests of the curve.</summary>
    public long TotalRequests { get; }

    /// <summary>Requests arriving in each second.</summary>
    public ReadOnlySpan<int> RequestsPerSecond => _requestsPerSecond;

    /// <summary>Requests arriving in <paramref name="second"/>.</summary>
    public int this[int second] => _requestsPerSecond[second];

    /// <summary>
    /// Builds a curve from a rate in users a minute, given for each second. Fractions of a user are
    /// carried to the next second, so 100 users a minute arrive as 1 or 2 a second and exactly 100 a minute.
    /// </summary>
    public static TrafficCurve FromUsersPerMinute(string name, int seconds, Func<int, int> usersPerMinuteAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seconds, 1);
        ArgumentNullException.ThrowIfNull(usersPerMinuteAt);

        var perSecond = new int[seconds];
        long carried = 0;
        for (var second = 0; second < seconds; second++)
        {
            var rate = usersPerMinuteAt(second);
            if (rate < 0)
            {
                throw new ArgumentException($"The rate at second {second} is {rate} users a minute; it cannot be negative.", nameof(usersPerMinuteAt));
            }

            carried += rate;
            perSecond[second] = (int)(carried / 60);
            carried %= 60;
        }

        return new TrafficCurve(name, perSecond);
    }

    /// <summary>
    /// The lesson's sale day, 24 hours: 100 users a minute, then at 10:00 a flash sale brings 10,000 users
    /// a minute within one minute, until 14:00, when traffic falls back to normal over ten minutes.
    /// </summary>
    public static TrafficCurve LessonSaleDay()
    {
        const int saleStart = 10 * 3600;
        const int rampUp = 60;
        const int saleEnd = 14 * 3600;
        const int rampDown = 600;

        return FromUsersPerMinute("Lesson sale day: 100 -> 10,000 users/min at 10:00 for 4 h", 24 * 3600, second => second switch
        {
            < saleStart => LessonNormalUsersPerMinute,
            < saleStart + rampUp => Between(LessonNormalUsersPerMinute, LessonSaleUsersPerMinute, second - saleStart, rampUp),
            < saleEnd => LessonSaleUsersPerMinute,
            < saleEnd + rampDown => Between(LessonSaleUsersPerMinute, LessonNormalUsersPerMinute, second - saleEnd, rampDown),
            _ => LessonNormalUsersPerMinute,
        });
    }

    /// <summary>A straight line from <paramref name="from"/> to <paramref name="to"/>, <paramref name="step"/> of <paramref name="steps"/> along, in whole numbers.</summary>
    public static int Between(int from, int to, int step, int steps) =>
        from + (int)((long)(to - from) * step / steps);

    public override string ToString() => $"{Name} ({Seconds} s, {TotalRequests} requests)";
}
