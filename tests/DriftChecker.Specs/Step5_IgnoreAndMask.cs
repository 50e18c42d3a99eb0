using Katas.Specs;

namespace Katas.DriftChecker.Specs;

/// <summary>
/// Step 5: host-specific keys (hostname, node id) are not compared; secrets are compared, but their
/// values are never shown.
/// </summary>
[Step(5)]
public sealed class Step5_IgnoreAndMask
{
    private const string Secret = "s3cr3t-Pa55";
    private const string OtherSecret = "hunter2-0ld";

    [Theory]
    [InlineData("hostname", true)]
    [InlineData("HOSTNAME", true)]
    [InlineData("web.hostname", true)]
    [InlineData("node.id", true)]
    [InlineData("cluster.node_id", true)]
    [InlineData("node_id", true)]
    [InlineData("hostname_alias", false)]
    [InlineData("version", false)]
    [InlineData("db.password", false)]
    [Ko("기본 규칙은 호스트마다 다른 키를 무시합니다")]
    public void The_default_rules_ignore_host_specific_keys(string key, bool ignored)
    {
        Assert.Equal(ignored, DriftRules.Default.IsIgnored(key));
    }

    [Theory]
    [InlineData("db.password", true)]
    [InlineData("DB_PASSWORD", true)]
    [InlineData("payment.client_secret", true)]
    [InlineData("auth.token", true)]
    [InlineData("maps.api_key", true)]
    [InlineData("stripe.apikey", true)]
    [InlineData("version", false)]
    [InlineData("hostname", false)]
    [Ko("기본 규칙은 비밀번호, 비밀, 토큰을 민감한 값으로 다룹니다")]
    public void The_default_rules_treat_passwords_secrets_and_tokens_as_sensitive(string key, bool sensitive)
    {
        Assert.Equal(sensitive, DriftRules.Default.IsSensitive(key));
    }

    [Theory]
    [InlineData("*.local", "cache.local", true)]
    [InlineData("*.local", "cache.local.size", false)]
    [InlineData("node.*.id", "node.eu-1.id", true)]
    [InlineData("node.*.id", "node.id", false)]
    [InlineData("build", "build", true)]
    [InlineData("build", "build.number", false)]
    [InlineData("build", "rebuild", false)]
    [InlineData("*", "anything.at.all", true)]
    [Ko("패턴은 키 전체와 맞춰 보고, 별표는 아무 문자열과도 맞습니다")]
    public void A_pattern_matches_the_whole_key_and_a_star_matches_any_run_of_characters(string pattern, string key, bool matches)
    {
        var rules = new DriftRules(ignore: [pattern], sensitive: []);

        Assert.Equal(matches, rules.IsIgnored(key));
    }

    [Fact]
    [Ko("빈 패턴은 거부됩니다")]
    public void Empty_patterns_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new DriftRules(null!, []));
        Assert.ThrowsAny<ArgumentException>(() => new DriftRules(["hostname", " "], []));
        Assert.ThrowsAny<ArgumentException>(() => new DriftRules([], [""]));
    }

    [Fact]
    [Ko("호스트마다 다른 키는 비교하지 않습니다")]
    public void Host_specific_keys_are_not_compared()
    {
        var baseline = Settings.Of("version=1.2", "hostname=web-1", "node.id=a1");
        var actual = Settings.Of("version=1.2", "hostname=web-2", "cluster.node_id=b7");

        var drift = new DriftDetector(DriftRules.Default).Compare("web-2", baseline, actual);

        Assert.True(
            drift.Status == DriftStatus.InSync,
            $"hostname and node ids differ on every server by design, but they were reported: {string.Join("; ", drift.Differences)}");
    }

    [Fact]
    [Ko("규칙이 없으면 같은 호스트별 키가 드리프트가 됩니다")]
    public void Without_rules_the_same_host_specific_keys_are_drift()
    {
        var drift = new DriftDetector().Compare("web-2", Settings.Of("version=1.2", "hostname=web-1"), Settings.Of("version=1.2", "hostname=web-2"));

        Assert.Equal([new PropertyDifference("hostname", "web-1", "web-2", DifferenceType.NotEqual)], drift.Differences);
    }

    [Fact]
    [Ko("호스트별 키는 투표하지 않고 애매해지지도 않습니다")]
    public void Host_specific_keys_do_not_vote_and_are_never_ambiguous()
    {
        var servers = Enumerable.Range(1, 3).Select(i => ServerConfig.Of($"web-{i}", Settings.Of("version=1.2", $"hostname=web-{i}"))).ToArray();

        var report = new DriftDetector(DriftRules.Default).CheckFleet(servers);

        Assert.Empty(report.AmbiguousKeys);
        Assert.Equal(Settings.Of("version=1.2"), report.Baseline);
        Assert.Equal(3, report.Count(DriftStatus.InSync));
    }

    [Fact]
    [Ko("무시한 키는 보고서의 기준선에서 빠집니다")]
    public void Ignored_keys_are_left_out_of_the_reports_baseline()
    {
        var report = new DriftDetector(DriftRules.Default).CheckFleet(
            Settings.Of("version=1.2", "hostname=web-1"), [ServerConfig.Of("web-1", Settings.Of("version=1.2", "hostname=web-1"))]);

        Assert.Equal(Settings.Of("version=1.2"), report.Baseline);
    }

    [Fact]
    [Ko("다른 비밀은 NOT_EQUAL이지만 그 값은 절대 보여 주지 않습니다")]
    public void A_secret_that_differs_is_NOT_EQUAL_but_its_values_are_never_shown()
    {
        var drift = new DriftDetector(DriftRules.Default).Compare(
            "server2", Settings.Of("version=1.2", $"db.password={Secret}"), Settings.Of("version=1.2", $"db.password={OtherSecret}"));

        var difference = Assert.Single(drift.Differences);
        Assert.Equal(DriftStatus.Modified, drift.Status);
        AssertShowsNoSecret(difference);
        Assert.Equal(new PropertyDifference("db.password", PropertyDifference.SensitiveValue, PropertyDifference.SensitiveValue, DifferenceType.NotEqual, IsSensitive: true), difference);
    }

    [Fact]
    [Ko("같은 비밀은 동기화 상태입니다")]
    public void A_secret_that_matches_is_in_sync()
    {
        var drift = new DriftDetector(DriftRules.Default).Compare("server1", Settings.Of($"db.password={Secret}"), Settings.Of($"db.password={Secret}"));

        Assert.Equal(DriftStatus.InSync, drift.Status);
    }

    [Fact]
    [Ko("서버에 없거나 더 있는 비밀도 가려집니다")]
    public void A_secret_the_server_lacks_or_adds_is_masked_too()
    {
        var drift = new DriftDetector(DriftRules.Default).Compare(
            "server3", Settings.Of("version=1.2", $"db.password={Secret}"), Settings.Of("version=1.2", $"auth.token={OtherSecret}"));

        Assert.Equal(
            [
                new PropertyDifference("auth.token", null, PropertyDifference.SensitiveValue, DifferenceType.Add, IsSensitive: true),
                new PropertyDifference("db.password", PropertyDifference.SensitiveValue, null, DifferenceType.Remove, IsSensitive: true),
            ],
            drift.Differences);
        Assert.All(drift.Differences, AssertShowsNoSecret);
    }

    [Fact]
    [Ko("삭제된 설정은 비밀을 가린 채 없다고 하고, 호스트별 키는 빼고 보고합니다")]
    public void A_deleted_config_lacks_its_secrets_masked_and_not_its_host_specific_keys()
    {
        var report = new DriftDetector(DriftRules.Default).CheckFleet(
            Settings.Of("version=1.2", "hostname=web-1", $"db.password={Secret}"), [ServerConfig.Deleted("server5")]);

        var drift = report["server5"];
        Assert.Equal(DriftStatus.Deleted, drift.Status);
        Assert.All(drift.Differences.Where(difference => difference.PropertyPath == "db.password"), AssertShowsNoSecret);
        Assert.False(
            drift.Differences.Any(difference => difference.PropertyPath == "hostname"),
            "hostname is host-specific: a server without a config does not lack it, it is never compared.");
        Assert.Equal(
            [
                new PropertyDifference("db.password", PropertyDifference.SensitiveValue, null, DifferenceType.Remove, IsSensitive: true),
                new PropertyDifference("version", "1.2", null, DifferenceType.Remove),
            ],
            drift.Differences);
    }

    [Fact]
    [Ko("비밀의 동점은 값을 보여 주지 않고 애매하다고 합니다")]
    public void A_tie_on_a_secret_is_ambiguous_without_showing_the_values()
    {
        var servers = new[]
        {
            ServerConfig.Of("server1", Settings.Of("version=1.2", $"db.password={Secret}")),
            ServerConfig.Of("server2", Settings.Of("version=1.2", $"db.password={OtherSecret}")),
        };

        var inferred = new DriftDetector(DriftRules.Default).InferBaseline(servers);

        var ambiguous = Assert.Single(inferred.AmbiguousKeys);
        Assert.Equal("db.password", ambiguous.Key);
        Assert.True(ambiguous.IsSensitive, "db.password is a secret: its ambiguity must say so.");
        Assert.Equal([PropertyDifference.SensitiveValue, PropertyDifference.SensitiveValue], ambiguous.TiedValues);
    }

    private static void AssertShowsNoSecret(PropertyDifference difference)
    {
        var shown = difference.ToString();
        Assert.False(
            shown.Contains(Secret, StringComparison.Ordinal) || shown.Contains(OtherSecret, StringComparison.Ordinal),
            $"A secret must be compared, never shown, but the difference shows it: {shown}");
        Assert.True(difference.IsSensitive, $"{difference.PropertyPath} holds a secret: mark the difference IsSensitive.");
    }

    [Fact]
    [Ko("패턴이나 키가 빠지면 거부됩니다")]
    public void Missing_patterns_or_keys_are_rejected()
    {
        Assert.Equal("ignore", Assert.Throws<ArgumentNullException>(() => new DriftRules(null!, [])).ParamName);
        Assert.Equal("sensitive", Assert.Throws<ArgumentNullException>(() => new DriftRules([], null!)).ParamName);
        Assert.Throws<ArgumentNullException>(() => DriftRules.Default.IsIgnored(null!));
        Assert.Throws<ArgumentNullException>(() => DriftRules.Default.IsSensitive(null!));
    }

}
