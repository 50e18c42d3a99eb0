using Katas.Specs;
using Microsoft.Extensions.Time.Testing;

namespace Katas.Scaler.Specs;

/// <summary>
/// Step 3: decisions over time, as the HPA without <c>behavior</c> makes them (the controller's
/// normalizeDesiredReplicas). A scale-down goes only as low as the highest recommendation of the last
/// 300 s; a scale-up goes at most to max(2 × the replicas running now, 4) at each sync.
/// </summary>
[Step(3)]
public sealed class Step3_Stabilization
{
    private const double Target = 50;

    private readonly FakeTimeProvider _time = new();

    [Fact]
    [Ko("2단계의 공식을 따릅니다")]
    public void It_follows_the_formula_of_step_2()
    {
        var autoscaler = Autoscaler(min: 1, max: 20);

        Assert.Equal(6, autoscaler.Recommend(3, 90));
    }

    [Fact]
    [Ko("부하가 떨어져도 안정화 창 안에서는 스케일 다운하지 않습니다")]
    public void A_drop_in_load_does_not_scale_down_within_the_stabilization_window()
    {
        var autoscaler = Autoscaler(min: 1, max: 20);
        Assert.Equal(6, autoscaler.Recommend(6, 50));

        _time.Advance(TimeSpan.FromSeconds(60));
        var afterOneMinute = autoscaler.Recommend(6, 10);
        _time.Advance(TimeSpan.FromSeconds(239));
        var after299Seconds = autoscaler.Recommend(6, 10);

        Assert.True(afterOneMinute == 6, $"Load fell at 60 s, but 6 replicas were recommended at 0 s, inside the 300 s window: stay at 6. The answer was {afterOneMinute}.");
        Assert.True(after299Seconds == 6, $"At 299 s the recommendation of 6 from 0 s is still inside the window: stay at 6. The answer was {after299Seconds}.");
    }

    [Fact]
    [Ko("높은 권장값이 창을 벗어나면 스케일 다운합니다")]
    public void Once_the_high_recommendation_leaves_the_window_it_scales_down()
    {
        var autoscaler = Autoscaler(min: 1, max: 20);
        autoscaler.Recommend(6, 50);
        _time.Advance(TimeSpan.FromSeconds(60));
        autoscaler.Recommend(6, 10);

        _time.Advance(TimeSpan.FromSeconds(241));
        var desired = autoscaler.Recommend(6, 10);

        Assert.True(desired == 2, $"At 301 s the 6 from 0 s has left the window; the recommendations left are 2 (6 × 10/50 = 1.2, rounded up). The answer was {desired}.");
    }

    [Fact]
    [Ko("정확히 창 하나만큼 지난 권장값도 아직 셉니다")]
    public void A_recommendation_exactly_one_window_old_still_counts()
    {
        var autoscaler = Autoscaler(min: 1, max: 20);
        autoscaler.Recommend(6, 50);

        _time.Advance(TimeSpan.FromSeconds(300));
        var atTheEdge = autoscaler.Recommend(6, 10);
        _time.Advance(TimeSpan.FromSeconds(1));
        var justAfter = autoscaler.Recommend(6, 10);

        Assert.True(atTheEdge == 6, $"Kubernetes forgets a recommendation only when it is older than the window: at exactly 300 s the 6 still counts. The answer was {atTheEdge}.");
        Assert.Equal(2, justAfter);
    }

    [Fact]
    [Ko("첫 동기화는 그때의 레플리카 수를 권장값으로 기억하므로 창 하나가 지나기 전에는 스케일 다운하지 않습니다")]
    public void The_first_sync_remembers_the_replicas_it_found_so_it_does_not_scale_down_within_one_window()
    {
        var autoscaler = Autoscaler(min: 1, max: 20);
        var first = autoscaler.Recommend(10, 10); // the formula wants 10 × 10/50 = 2

        _time.Advance(TimeSpan.FromSeconds(300));
        var atTheEdge = autoscaler.Recommend(10, 10);
        _time.Advance(TimeSpan.FromSeconds(1));
        var justAfter = autoscaler.Recommend(10, 10);

        Assert.True(
            first == 10 && atTheEdge == 10 && justAfter == 2,
            "At its first sync the Kubernetes controller records the replicas it found as a recommendation (recordInitialRecommendation " +
            "in horizontal.go), so a new autoscaler does not scale a fleet down before one window has passed: 10 replicas at 10% stay 10 " +
            $"at 0 s and at 300 s, and become 2 at 301 s. The answers were {first}, {atTheEdge} and {justAfter}.");
    }

    [Fact]
    [Ko("첫 동기화가 기억한 개수도 최댓값을 넘지 않습니다")]
    public void The_replicas_found_at_the_first_sync_never_lift_an_answer_above_the_maximum()
    {
        var autoscaler = Autoscaler(min: 1, max: 10);
        Assert.Equal(10, autoscaler.Recommend(15, 50)); // someone scaled by hand above the maximum

        _time.Advance(TimeSpan.FromSeconds(15));
        var desired = autoscaler.Recommend(10, 50);

        Assert.True(
            desired == 10,
            $"The first sync remembered 15 replicas, above the maximum of 10. The highest recommendation of the window is 15, but no answer " +
            $"may leave the bounds: 10. The answer was {desired}.");
    }

    [Fact]
    [Ko("최신도 가장 오래된 것도 아닌, 창 안의 가장 높은 권장값이 이깁니다")]
    public void The_highest_recommendation_of_the_window_wins_not_the_latest_or_the_oldest()
    {
        var autoscaler = Autoscaler(min: 1, max: 20);
        autoscaler.Recommend(8, 50); // 8 at 0 s
        _time.Advance(TimeSpan.FromSeconds(100));
        autoscaler.Recommend(8, 17); // 8 × 0.34 = 2.72 -> 3 at 100 s
        _time.Advance(TimeSpan.FromSeconds(100));
        autoscaler.Recommend(8, 30); // 8 × 0.6 = 4.8 -> 5 at 200 s

        _time.Advance(TimeSpan.FromSeconds(101));
        var desired = autoscaler.Recommend(8, 17); // 3 at 301 s; the 8 has left the window

        Assert.True(desired == 5, $"At 301 s the window holds 3 (100 s), 5 (200 s) and 3 (now): the highest is 5. The answer was {desired}.");
    }

    [Fact]
    [Ko("스케일 업은 창 때문에 늦어지지 않습니다")]
    public void Scaling_up_is_not_delayed_by_the_window()
    {
        var autoscaler = Autoscaler(min: 1, max: 20);
        autoscaler.Recommend(3, 50);

        _time.Advance(TimeSpan.FromSeconds(10));
        var desired = autoscaler.Recommend(3, 90);

        Assert.True(desired == 6, $"More load must be met at once: 3 replicas at 90% want 6 now. The answer was {desired}.");
    }

    [Theory]
    [InlineData(1, 4)]  // max(2 × 1, 4)
    [InlineData(3, 6)]  // max(2 × 3, 4)
    [InlineData(5, 10)] // max(2 × 5, 4)
    [Ko("스케일 업은 두 배 또는 4개까지로 제한됩니다")]
    public void A_scale_up_is_limited_to_double_or_4(int current, int limit)
    {
        var autoscaler = Autoscaler(min: 1, max: 100);

        var desired = autoscaler.Recommend(current, 1_000); // the formula wants 20 × current

        Assert.True(desired == limit, $"{current} replicas at 1000% want {20 * current}, but one sync allows at most max(2 × {current}, 4) = {limit}. The answer was {desired}.");
    }

    [Fact]
    [Ko("동기화마다 그때 실행 중인 레플리카 수로 스케일 업을 제한합니다")]
    public void Each_sync_limits_the_scale_up_by_the_replicas_running_at_that_sync()
    {
        var autoscaler = Autoscaler(min: 1, max: 100);
        Assert.Equal(4, autoscaler.Recommend(2, 1_000));

        _time.Advance(TimeSpan.FromSeconds(15));
        var second = autoscaler.Recommend(4, 1_000);
        _time.Advance(TimeSpan.FromSeconds(15));
        var third = autoscaler.Recommend(8, 1_000);

        Assert.True(
            second == 8 && third == 16,
            $"An HPA without `behavior` (normalizeDesiredReplicas in Kubernetes' horizontal.go) caps every sync at max(2 × the replicas running now, 4): " +
            $"4 replicas may become 8, and 8 may become 16. The answers were {second} and {third}. No earlier scale-up is remembered: that is the `behavior` policies' rule, which this kata leaves out.");
    }

    [Fact]
    [Ko("제한은 절대 최댓값을 넘지 않습니다")]
    public void The_limit_never_goes_above_the_maximum()
    {
        var autoscaler = Autoscaler(min: 1, max: 6);

        Assert.Equal(6, autoscaler.Recommend(5, 1_000));
    }

    [Fact]
    [Ko("범위 밖의 개수는 곧바로 범위 안으로 돌아옵니다")]
    public void A_count_outside_the_bounds_goes_back_inside_at_once()
    {
        var autoscaler = Autoscaler(min: 2, max: 10);

        Assert.Equal(10, autoscaler.Recommend(15, 50));
        Assert.Equal(2, autoscaler.Recommend(0, 50));
    }

    [Fact]
    [Ko("잘못된 입력은 그 값의 이름과 함께 거부됩니다")]
    public void Bad_input_is_rejected_with_the_name_of_the_value()
    {
        var autoscaler = Autoscaler(min: 1, max: 10);

        Assert.Equal("currentUtilization", Assert.Throws<ArgumentOutOfRangeException>(() => autoscaler.Recommend(3, double.NaN)).ParamName);
        Assert.Equal("currentUtilization", Assert.Throws<ArgumentOutOfRangeException>(() => autoscaler.Recommend(3, -5)).ParamName);
        Assert.Equal("currentReplicas", Assert.Throws<ArgumentOutOfRangeException>(() => autoscaler.Recommend(-2, 50)).ParamName);

        // Above the maximum the answer does not depend on the utilization, but a NaN is still a broken metric.
        var aboveMax = Record.Exception(() => autoscaler.Recommend(20, double.NaN));
        Assert.True(
            aboveMax is ArgumentOutOfRangeException { ParamName: "currentUtilization" },
            $"Recommend(20, NaN) with a maximum of 10 should still reject the NaN utilization: check the input before anything else. It {(aboveMax is null ? "returned a count" : "threw " + aboveMax.GetType().Name)}.");
    }

    [Fact]
    [Ko("잘못된 설정은 오토스케일러를 만들 때 거부됩니다")]
    public void Invalid_settings_are_rejected_when_the_autoscaler_is_made()
    {
        Assert.ThrowsAny<ArgumentException>(() => new HorizontalAutoscaler(new AutoscalerSettings(new ScaleBounds(5, 2), Target), _time));
        Assert.ThrowsAny<ArgumentException>(() => new HorizontalAutoscaler(new AutoscalerSettings(new ScaleBounds(1, 10), 0), _time));
        Assert.ThrowsAny<ArgumentException>(() => new HorizontalAutoscaler(new AutoscalerSettings(new ScaleBounds(1, 10), double.NaN), _time));
        Assert.ThrowsAny<ArgumentException>(() => new HorizontalAutoscaler(new AutoscalerSettings(new ScaleBounds(1, 10), Target) { Tolerance = -0.1 }, _time));
        Assert.ThrowsAny<ArgumentException>(() => new HorizontalAutoscaler(new AutoscalerSettings(new ScaleBounds(1, 10), Target) { ScaleDownStabilizationWindow = TimeSpan.FromSeconds(-1) }, _time));
        Assert.Equal("settings", Assert.Throws<ArgumentNullException>(() => new HorizontalAutoscaler(null!, _time)).ParamName);
    }

    private HorizontalAutoscaler Autoscaler(int min, int max) =>
        new(new AutoscalerSettings(new ScaleBounds(min, max), Target), _time);
}
