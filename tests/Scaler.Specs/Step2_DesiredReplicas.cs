using Katas.Specs;

namespace Katas.Scaler.Specs;

/// <summary>
/// Step 2: the HorizontalPodAutoscaler's formula. desired = ceil(current × currentUtilization /
/// targetUtilization); no change while the ratio is within 1 ± 0.1; never outside [min, max].
/// </summary>
/// <remarks>
/// Exactly ±10% is an edge of doubles: |1 - 1.1| is 0.10000000000000009 and |1 - 0.9| is
/// 0.09999999999999998. Kubernetes computes in doubles, so one spec sits on that edge on purpose (the
/// sale day of step 6 has syncs there); the others stay away from it.
/// </remarks>
[Step(2)]
public sealed class Step2_DesiredReplicas
{
    private static readonly ScaleBounds s_wide = new(1, 100);

    [Fact]
    [Ko("수업의 예: 90 %인 레플리카 3개는 목표 50 %에서 6개가 필요합니다")]
    public void The_lesson_example_3_replicas_at_90_percent_with_a_50_percent_target_need_6()
    {
        var desired = Bounded.Call(() => ReplicaCalculator.DesiredReplicas(currentReplicas: 3, currentUtilization: 90, targetUtilization: 50, s_wide));

        Assert.True(desired == 6, $"3 replicas at 90% with a 50% target: ratio 1.8, 3 × 1.8 = 5.4 replicas of work, so 6; the answer was {desired}.");
    }

    [Theory]
    [InlineData(1, 60, 50, 2)]   // 1.2 replicas of work need 2
    [InlineData(4, 30, 50, 3)]   // 2.4 -> 3
    [InlineData(10, 72, 50, 15)] // 14.4 -> 15
    [InlineData(7, 20, 50, 3)]   // 2.8 -> 3
    [Ko("레플리카의 소수점 부분은 올림합니다")]
    public void A_fraction_of_a_replica_is_rounded_up(int current, double utilization, double target, int expected)
    {
        var desired = Bounded.Call(() => ReplicaCalculator.DesiredReplicas(current, utilization, target, s_wide));

        Assert.True(desired == expected, $"{current} replicas at {utilization}% with a {target}% target are {current * utilization / target} replicas of work: {expected}, rounded up. The answer was {desired}.");
    }

    [Theory]
    [InlineData(3, 52.5)] // ratio 1.05
    [InlineData(3, 47.5)] // ratio 0.95
    [InlineData(20, 46.5)] // ratio 0.93: 18.6 would round up to 19
    [InlineData(10, 54)] // ratio 1.08: 10.8 would round up to 11
    [Ko("허용 오차 안에서는 아무것도 바뀌지 않습니다")]
    public void Within_the_tolerance_nothing_changes(int current, double utilization)
    {
        var desired = Bounded.Call(() => ReplicaCalculator.DesiredReplicas(current, utilization, targetUtilization: 50, s_wide));

        Assert.True(desired == current, $"{utilization}% against a 50% target is a ratio of {utilization / 50}, within 1 ± 0.1: {current} replicas should stay {current}, but the answer was {desired}.");
    }

    [Fact]
    [Ko("목표에서 정확히 10 % 벗어난 경우는 Kubernetes처럼 double로 판정합니다")]
    public void Exactly_10_percent_off_target_is_decided_in_doubles_as_Kubernetes_does()
    {
        var above = Bounded.Call(() => ReplicaCalculator.DesiredReplicas(10, 55, 50, s_wide));
        var below = Bounded.Call(() => ReplicaCalculator.DesiredReplicas(10, 45, 50, s_wide));

        Assert.True(
            above == 11 && below == 10,
            $"10 replicas at 55% and at 45% of a 50% target should give 11 and 10, but gave {above} and {below}. Kubernetes computes in double: " +
            "55/50 is 1.1000000000000001, |1 - ratio| is 0.10000000000000009, just outside the 0.1 tolerance, so 10 × ratio = 11 replicas; " +
            "45/50 is 0.9, |1 - 0.9| is 0.09999999999999998, inside, so 10 stay. Use double (not decimal or float), the ratio first and then the product, and compare with <=.");
    }

    [Fact]
    [Ko("허용 오차를 조금이라도 벗어나면 스케일합니다")]
    public void Just_outside_the_tolerance_it_scales()
    {
        Assert.Equal(12, Bounded.Call(() => ReplicaCalculator.DesiredReplicas(10, 56, 50, s_wide))); // ratio 1.12 -> 11.2 -> 12
        Assert.Equal(9, Bounded.Call(() => ReplicaCalculator.DesiredReplicas(10, 44, 50, s_wide))); // ratio 0.88 -> 8.8 -> 9
    }

    [Fact]
    [Ko("다른 허용 오차를 지킵니다")]
    public void A_different_tolerance_is_honoured()
    {
        Assert.Equal(4, Bounded.Call(() => ReplicaCalculator.DesiredReplicas(3, 52.5, 50, s_wide, tolerance: 0.01))); // 1.05 is outside 1 ± 0.01
        Assert.Equal(3, Bounded.Call(() => ReplicaCalculator.DesiredReplicas(3, 60, 50, s_wide, tolerance: 0.25))); // 1.2 is inside 1 ± 0.25
    }

    [Fact]
    [Ko("허용 오차의 경계에 정확히 놓인 비율은 허용 오차 안입니다")]
    public void A_ratio_exactly_on_the_edge_of_the_tolerance_is_within_it()
    {
        // 62.5/50 = 1.25 and 37.5/50 = 0.75 are exact in doubles, and so is |1 - ratio| = 0.25.
        var above = Bounded.Call(() => ReplicaCalculator.DesiredReplicas(4, 62.5, 50, s_wide, tolerance: 0.25));
        var below = Bounded.Call(() => ReplicaCalculator.DesiredReplicas(4, 37.5, 50, s_wide, tolerance: 0.25));

        Assert.True(
            above == 4 && below == 4,
            "With a tolerance of 0.25, ratios 1.25 and 0.75 lie exactly on its edge, and Kubernetes keeps the count there: no change while " +
            $"|1 - ratio| <= tolerance (replica_calculator.go), so compare with <=, not <. 4 replicas should stay 4; the answers were {above} and {below}.");
    }

    [Fact]
    [Ko("놀고 있는 레플리카는 있는 일만큼으로 스케일 다운합니다")]
    public void Idle_replicas_scale_down_to_the_work_there_is()
    {
        Assert.Equal(4, Bounded.Call(() => ReplicaCalculator.DesiredReplicas(10, 17, 50, s_wide))); // 3.4 -> 4
        Assert.Equal(1, Bounded.Call(() => ReplicaCalculator.DesiredReplicas(10, 0, 50, s_wide))); // nothing to do: the minimum
    }

    [Fact]
    [Ko("답은 절대 최댓값을 넘지 않습니다")]
    public void The_answer_never_exceeds_the_maximum()
    {
        var desired = Bounded.Call(() => ReplicaCalculator.DesiredReplicas(8, 100, 50, new ScaleBounds(1, 10)));

        Assert.True(desired == 10, $"8 replicas at 100% with a 50% target want 16, but the maximum is 10; the answer was {desired}.");
    }

    [Fact]
    [Ko("답은 절대 최솟값 밑으로 내려가지 않습니다")]
    public void The_answer_never_falls_below_the_minimum()
    {
        var desired = Bounded.Call(() => ReplicaCalculator.DesiredReplicas(4, 10, 50, new ScaleBounds(2, 10)));

        Assert.True(desired == 2, $"4 replicas at 10% with a 50% target want 1 (0.8 rounded up), but the minimum is 2; the answer was {desired}.");
    }

    [Fact]
    [Ko("범위 밖의 개수는 허용 오차 안이어도 범위 안으로 들여옵니다")]
    public void A_count_outside_the_bounds_is_brought_inside_even_within_the_tolerance()
    {
        Assert.Equal(10, Bounded.Call(() => ReplicaCalculator.DesiredReplicas(12, 50, 50, new ScaleBounds(1, 10))));
        Assert.Equal(2, Bounded.Call(() => ReplicaCalculator.DesiredReplicas(1, 50, 50, new ScaleBounds(2, 10))));
    }

    [Fact]
    [Ko("터무니없는 사용률은 오버플로가 아니라 최댓값을 줍니다")]
    public void An_absurd_utilization_gives_the_maximum_not_an_overflow()
    {
        Assert.Equal(10, Bounded.Call(() => ReplicaCalculator.DesiredReplicas(1_000, 1e300, 50, new ScaleBounds(1, 10))));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    [Ko("0 이상의 유한한 수가 아닌 사용률은 거부됩니다")]
    public void A_utilization_that_is_not_a_finite_number_of_0_or_more_is_rejected(double utilization)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Bounded.Call(() => ReplicaCalculator.DesiredReplicas(3, utilization, 50, s_wide)));

        Assert.Equal("currentUtilization", error.ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-50.0)]
    [InlineData(double.NaN)]
    [Ko("0 이하이거나 NaN인 목표는 거부됩니다")]
    public void A_target_of_0_or_less_or_NaN_is_rejected(double target)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Bounded.Call(() => ReplicaCalculator.DesiredReplicas(3, 50, target, s_wide)));

        Assert.Equal("targetUtilization", error.ParamName);
    }

    [Fact]
    [Ko("음수 레플리카 개수는 거부됩니다")]
    public void A_negative_replica_count_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Bounded.Call(() => ReplicaCalculator.DesiredReplicas(-1, 50, 50, s_wide)));

        Assert.Equal("currentReplicas", error.ParamName);
        Assert.Contains("-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Ko("음수이거나 NaN인 허용 오차는 거부됩니다")]
    public void A_negative_or_NaN_tolerance_is_rejected()
    {
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Bounded.Call(() => ReplicaCalculator.DesiredReplicas(3, 50, 50, s_wide, -0.1))).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Bounded.Call(() => ReplicaCalculator.DesiredReplicas(3, 50, 50, s_wide, double.NaN))).ParamName);
    }

    [Theory]
    [InlineData(5, 2)]
    [InlineData(-1, 3)]
    [Ko("잘못된 범위는 거부됩니다")]
    public void Invalid_bounds_are_rejected(int min, int max)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Bounded.Call(() => ReplicaCalculator.DesiredReplicas(3, 50, 50, new ScaleBounds(min, max))));

        Assert.Equal("bounds", error.ParamName);
    }
}
