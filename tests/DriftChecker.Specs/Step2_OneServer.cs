using Katas.Specs;

namespace Katas.DriftChecker.Specs;

/// <summary>
/// Step 2: one server against the baseline, key by key, as CloudFormation reports drift: ADD, REMOVE,
/// NOT_EQUAL, and the server IN_SYNC or MODIFIED.
/// </summary>
[Step(2)]
public sealed class Step2_OneServer
{
    private static readonly Dictionary<string, string> s_baseline = Settings.Of("version=1.2", "http.port=8080", "db.host=db.internal");

    [Fact]
    [Ko("같은 설정은 차이 없이 동기화(IN_SYNC) 상태입니다")]
    public void The_same_settings_are_in_sync_with_no_differences()
    {
        var drift = new DriftDetector().Compare("server1", s_baseline, Settings.Of("version=1.2", "http.port=8080", "db.host=db.internal"));

        Assert.Equal(DriftStatus.InSync, drift.Status);
        Assert.Equal("server1", drift.Server);
        Assert.Empty(drift.Differences);
    }

    [Fact]
    [Ko("키의 순서는 상관없습니다")]
    public void The_order_of_the_keys_does_not_matter()
    {
        // The same three settings, written in another order: nothing drifted.
        var reordered = Settings.Of("db.host=db.internal", "version=1.2", "http.port=8080");

        var drift = new DriftDetector().Compare("server1", s_baseline, reordered);

        Assert.True(
            drift.Status == DriftStatus.InSync && drift.Differences.Count == 0,
            $"The server has the same settings in another order, but it was reported {drift.Status} with: {string.Join("; ", drift.Differences)}");
    }

    [Fact]
    [Ko("바뀐 값은 기댓값과 실제 값을 담은 NOT_EQUAL입니다")]
    public void A_changed_value_is_NOT_EQUAL_with_the_expected_and_the_actual_value()
    {
        var drift = new DriftDetector().Compare("server2", s_baseline, Settings.Of("version=1.1", "http.port=8080", "db.host=db.internal"));

        Assert.Equal(DriftStatus.Modified, drift.Status);
        Assert.Equal([new PropertyDifference("version", "1.2", "1.1", DifferenceType.NotEqual)], drift.Differences);
    }

    [Fact]
    [Ko("서버에 없는 키는 기댓값을 담은 REMOVE입니다")]
    public void A_key_the_server_lacks_is_REMOVE_with_the_expected_value()
    {
        var drift = new DriftDetector().Compare("server2", s_baseline, Settings.Of("version=1.2", "http.port=8080"));

        Assert.True(
            drift.Differences.Count == 1,
            $"The server lacks db.host: that is drift (REMOVE), but the differences were: [{string.Join("; ", drift.Differences)}]");
        Assert.Equal(new PropertyDifference("db.host", "db.internal", null, DifferenceType.Remove), drift.Differences[0]);
        Assert.Equal(DriftStatus.Modified, drift.Status);
    }

    [Fact]
    [Ko("서버에만 있는 키는 실제 값을 담은 ADD입니다")]
    public void A_key_only_the_server_has_is_ADD_with_the_actual_value()
    {
        var drift = new DriftDetector().Compare("server3", s_baseline, Settings.Of("version=1.2", "http.port=8080", "db.host=db.internal", "debug=true"));

        Assert.Equal(DriftStatus.Modified, drift.Status);
        Assert.Equal([new PropertyDifference("debug", null, "true", DifferenceType.Add)], drift.Differences);
    }

    [Fact]
    [Ko("설정이 없는 서버에는 모든 키가 없습니다")]
    public void A_server_with_no_settings_lacks_every_key()
    {
        var drift = new DriftDetector().Compare("server4", s_baseline, Settings.Of());

        Assert.Equal(DriftStatus.Modified, drift.Status);
        Assert.All(drift.Differences, difference => Assert.Equal(DifferenceType.Remove, difference.DifferenceType));
        Assert.Equal(3, drift.Differences.Count);
    }

    [Fact]
    [Ko("차이는 키 순서대로 나옵니다")]
    public void Differences_come_ordered_by_key()
    {
        var actual = Settings.Of("zone=b", "version=1.3", "db.host=db.internal", "admin.enabled=true");

        var drift = new DriftDetector().Compare("server3", s_baseline, actual);

        Assert.Equal(
            [
                new PropertyDifference("admin.enabled", null, "true", DifferenceType.Add),
                new PropertyDifference("http.port", "8080", null, DifferenceType.Remove),
                new PropertyDifference("version", "1.2", "1.3", DifferenceType.NotEqual),
                new PropertyDifference("zone", null, "b", DifferenceType.Add),
            ],
            drift.Differences);
    }

    [Theory]
    [InlineData("1.2", "1.20")]
    [InlineData("true", "True")]
    [InlineData("db.internal", "DB.internal")]
    [Ko("값은 텍스트 그대로 정확히 비교합니다")]
    public void Values_are_compared_exactly_as_text(string expected, string actual)
    {
        var drift = new DriftDetector().Compare("server1", Settings.Of($"value={expected}"), Settings.Of($"value={actual}"));

        Assert.Equal([new PropertyDifference("value", expected, actual, DifferenceType.NotEqual)], drift.Differences);
    }

    [Fact]
    [Ko("키는 대소문자를 구분합니다")]
    public void Keys_are_case_sensitive()
    {
        var drift = new DriftDetector().Compare("server1", Settings.Of("Version=1.2"), Settings.Of("version=1.2"));

        Assert.Equal(
            [new PropertyDifference("Version", "1.2", null, DifferenceType.Remove), new PropertyDifference("version", null, "1.2", DifferenceType.Add)],
            drift.Differences);
    }

    [Fact]
    [Ko("빠진 인자는 거부됩니다")]
    public void Missing_arguments_are_rejected()
    {
        var detector = new DriftDetector();

        Assert.Throws<ArgumentNullException>(() => detector.Compare("server1", null!, s_baseline));
        Assert.Throws<ArgumentNullException>(() => detector.Compare("server1", s_baseline, null!));
        Assert.ThrowsAny<ArgumentException>(() => detector.Compare("", s_baseline, s_baseline));
    }
}
