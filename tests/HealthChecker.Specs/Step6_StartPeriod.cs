using Katas.Specs;

namespace Katas.HealthChecker.Specs;

/// <summary>
/// Step 6: a container that is still booting gets a start period (Docker's HEALTHCHECK --start-period):
/// its failures do not count until it has succeeded once or the period is over.
/// </summary>
[Step(6)]
public sealed class Step6_StartPeriod
{
    private const bool Ok = true;
    private const bool Fail = false;

    private static readonly DateTimeOffset s_started = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan s_startPeriod = TimeSpan.FromSeconds(30);

    [Fact]
    [Ko("새 컨테이너는 실패 없이 starting 상태입니다")]
    public void A_new_container_is_starting_with_no_failures()
    {
        var health = new ContainerHealth(s_started, s_startPeriod);

        Assert.Equal(ContainerHealthStatus.Starting, health.Status);
        Assert.Equal(0, health.FailingStreak);
    }

    [Fact]
    [Ko("시작 기간 안의 실패는 세지 않습니다")]
    public void Failures_inside_the_start_period_do_not_count()
    {
        var health = new ContainerHealth(s_started, s_startPeriod, retries: 3);

        foreach (var second in new[] { 0, 5, 10, 15, 20, 29 })
        {
            Assert.Equal(ContainerHealthStatus.Starting, health.Record(Fail, At(second)));
        }

        Assert.Equal(0, health.FailingStreak);
    }

    [Fact]
    [Ko("시작 기간 안에 성공하면 곧바로 healthy가 됩니다")]
    public void A_success_inside_the_start_period_makes_it_healthy_at_once()
    {
        var health = new ContainerHealth(s_started, s_startPeriod);

        Assert.Equal(ContainerHealthStatus.Healthy, health.Record(Ok, At(3)));
    }

    [Fact]
    [Ko("시작 기간이 지나면 실패를 retries까지 셉니다")]
    public void After_the_start_period_failures_count_up_to_the_retries()
    {
        var health = new ContainerHealth(s_started, s_startPeriod, retries: 3);

        Assert.Equal(ContainerHealthStatus.Starting, health.Record(Fail, At(30)));
        Assert.Equal(ContainerHealthStatus.Starting, health.Record(Fail, At(40)));
        Assert.Equal(2, health.FailingStreak);
        Assert.Equal(ContainerHealthStatus.Unhealthy, health.Record(Fail, At(50)));
        Assert.Equal(3, health.FailingStreak);
    }

    [Fact]
    [Ko("시작 기간은 정확히 그 길이에서 끝납니다")]
    public void The_start_period_ends_exactly_at_its_length()
    {
        var health = new ContainerHealth(s_started, s_startPeriod, retries: 1);

        Assert.Equal(ContainerHealthStatus.Starting, health.Record(Fail, At(29.999)));
        Assert.Equal(ContainerHealthStatus.Unhealthy, health.Record(Fail, At(30)));
    }

    [Fact]
    [Ko("한 번 healthy가 되면 시작 기간은 더 이상 보호하지 않습니다")]
    public void Once_healthy_the_start_period_no_longer_protects()
    {
        var health = new ContainerHealth(s_started, s_startPeriod, retries: 3);
        health.Record(Ok, At(1));

        Assert.Equal(ContainerHealthStatus.Healthy, health.Record(Fail, At(2)));
        Assert.Equal(ContainerHealthStatus.Healthy, health.Record(Fail, At(3)));
        Assert.Equal(ContainerHealthStatus.Unhealthy, health.Record(Fail, At(4)));
    }

    [Fact]
    [Ko("성공하면 연속 실패가 초기화됩니다")]
    public void A_success_resets_the_failing_streak()
    {
        var health = new ContainerHealth(s_started, TimeSpan.Zero, retries: 3);

        health.Record(Fail, At(1));
        health.Record(Fail, At(2));
        health.Record(Ok, At(3));
        health.Record(Fail, At(4));

        Assert.Equal(ContainerHealthStatus.Healthy, health.Status);
        Assert.Equal(1, health.FailingStreak);
    }

    [Fact]
    [Ko("unhealthy 컨테이너는 한 번 성공하면 다시 healthy입니다")]
    public void An_unhealthy_container_is_healthy_again_after_one_success()
    {
        var health = new ContainerHealth(s_started, TimeSpan.Zero, retries: 1);
        health.Record(Fail, At(1));

        Assert.Equal(ContainerHealthStatus.Healthy, health.Record(Ok, At(2)));
        Assert.Equal(0, health.FailingStreak);
    }

    [Fact]
    [Ko("시작 기간이 없으면 처음 실패부터 셉니다")]
    public void Without_a_start_period_the_first_failures_count()
    {
        var health = new ContainerHealth(s_started, TimeSpan.Zero, retries: 2);

        Assert.Equal(ContainerHealthStatus.Starting, health.Record(Fail, At(0)));
        Assert.Equal(ContainerHealthStatus.Unhealthy, health.Record(Fail, At(1)));
    }

    [Fact]
    [Ko("음수 시작 기간이나 1보다 적은 retries는 거부됩니다")]
    public void A_negative_start_period_or_fewer_than_1_retry_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContainerHealth(s_started, TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContainerHealth(s_started, s_startPeriod, retries: 0));
    }

    private static DateTimeOffset At(double secondsAfterStart) => s_started.AddSeconds(secondsAfterStart);
}
