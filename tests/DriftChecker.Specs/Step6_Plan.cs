using Katas.Specs;

namespace Katas.DriftChecker.Specs;

/// <summary>
/// Step 6: the plan that brings every server back: a Terraform-like text ("Plan: N to add, N to change,
/// N to destroy."), an RFC 6902 JSON Patch per server, and the exit codes of
/// <c>terraform plan -detailed-exitcode</c>: 0 in sync, 2 drift, 1 error.
/// </summary>
[Step(6)]
public sealed class Step6_Plan
{
    private const string Secret = "s3cr3t-Pa55";

    [Fact]
    [Ko("수업의 플릿에는 변경 두 개가 필요하고 종료 코드는 2입니다")]
    public void The_lessons_fleet_needs_two_changes_and_exits_with_2()
    {
        var plan = DriftPlan.For(LessonReport());

        Assert.Equal((0, 2, 0), (plan.ToAdd, plan.ToChange, plan.ToDestroy));
        Assert.Equal(DriftPlan.DriftExitCode, plan.ExitCode);
        Assert.Equal(
            """
              ~ server2
                  ~ version = "1.1" -> "1.2"
              ~ server3
                  ~ version = "1.3" -> "1.2"

            Plan: 0 to add, 2 to change, 0 to destroy.

            """.ReplaceLineEndings("\n"),
            plan.ToText());
    }

    [Fact]
    [Ko("동기화된 플릿은 변경이 없고 종료 코드는 0입니다")]
    public void A_fleet_in_sync_has_no_changes_and_exits_with_0()
    {
        var report = new DriftDetector().CheckFleet(Settings.AppConf("1.2"), [ServerConfig.Of("server1", Settings.AppConf("1.2"))]);

        var plan = DriftPlan.For(report);

        Assert.Equal(DriftPlan.InSyncExitCode, plan.ExitCode);
        Assert.Equal((0, 0, 0), (plan.ToAdd, plan.ToChange, plan.ToDestroy));
        Assert.Equal("No changes. Every server matches the baseline.\n", plan.ToText());
    }

    [Fact]
    [Ko("없는 키는 추가하고, 바뀐 키는 변경하고, 남는 키는 제거합니다")]
    public void A_missing_key_is_added_a_changed_one_changed_and_an_extra_one_destroyed()
    {
        var report = new DriftDetector().CheckFleet(
            Settings.Of("version=1.2", "cache.ttl=300", "http.port=8080"),
            [ServerConfig.Of("server2", Settings.Of("version=1.1", "http.port=8080", "debug=true"))]);

        var plan = DriftPlan.For(report);

        Assert.Equal((1, 1, 1), (plan.ToAdd, plan.ToChange, plan.ToDestroy));
        Assert.Equal(
            """
              ~ server2
                  + cache.ttl = "300"
                  - debug = "true" -> null
                  ~ version = "1.1" -> "1.2"

            Plan: 1 to add, 1 to change, 1 to destroy.

            """.ReplaceLineEndings("\n"),
            plan.ToText());
    }

    [Fact]
    [Ko("삭제된 설정은 키 하나하나 다시 만듭니다")]
    public void A_deleted_config_is_created_again_key_by_key()
    {
        var report = new DriftDetector().CheckFleet(Settings.Of("version=1.2", "http.port=8080"), [ServerConfig.Deleted("server5")]);

        var plan = DriftPlan.For(report);

        Assert.Equal((2, 0, 0), (plan.ToAdd, plan.ToChange, plan.ToDestroy));
        Assert.Equal(DriftPlan.DriftExitCode, plan.ExitCode);
        Assert.StartsWith("  + server5\n      + http.port = \"8080\"\n      + version = \"1.2\"\n", plan.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    [Ko("확인하지 못한 서버가 있으면 계획은 종료 코드 1의 오류입니다")]
    public void A_server_that_was_not_checked_makes_the_plan_an_error_with_exit_code_1()
    {
        var report = new DriftDetector().CheckFleet(
            Settings.AppConf("1.2"),
            [ServerConfig.Of("server2", Settings.AppConf("1.1")), ServerConfig.Unreachable("server4", "connection refused")]);

        var plan = DriftPlan.For(report);

        Assert.True(plan.ExitCode == DriftPlan.ErrorExitCode, $"server4 was not checked: the plan cannot say the fleet is fixed, so the exit code is 1, not {plan.ExitCode}.");
        Assert.Contains("  ! server4: not checked (connection refused)\n", plan.ToText(), StringComparison.Ordinal);
        Assert.Contains("Plan: 0 to add, 1 to change, 0 to destroy.\n", plan.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    [Ko("애매한 키는 결정하지 않고 보여 주며, 종료 코드는 1입니다")]
    public void An_ambiguous_key_is_shown_not_decided_and_the_exit_code_is_1()
    {
        var servers = new[] { "1.2", "1.1", "1.3" }.Select((version, i) => ServerConfig.Of($"server{i + 1}", Settings.AppConf(version))).ToArray();

        var plan = DriftPlan.For(new DriftDetector().CheckFleet(servers));

        Assert.Equal(DriftPlan.ErrorExitCode, plan.ExitCode);
        Assert.Equal(
            """
              ! version: ambiguous, 1 server each for "1.1", "1.2", "1.3"

            Plan: 0 to add, 0 to change, 0 to destroy.

            """.ReplaceLineEndings("\n"),
            plan.ToText());
    }

    [Fact]
    [Ko("계획에는 비밀이 절대 출력되지 않습니다")]
    public void Secrets_are_never_printed_in_the_plan()
    {
        var report = new DriftDetector(DriftRules.Default).CheckFleet(
            Settings.Of("version=1.2", $"db.password={Secret}"),
            [
                ServerConfig.Of("server2", Settings.Of("version=1.2")),
                ServerConfig.Of("server3", Settings.Of("version=1.2", "db.password=old-Pa55", "auth.token=leaked-t0ken")),
                ServerConfig.Deleted("server5"),
            ]);

        var text = DriftPlan.For(report).ToText();

        foreach (var secret in new[] { Secret, "old-Pa55", "leaked-t0ken" })
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"The plan prints a secret:\n{text}");
        }

        Assert.Contains("      + db.password = (sensitive value)\n", text, StringComparison.Ordinal);
        Assert.Contains("      ~ db.password = (sensitive value)\n", text, StringComparison.Ordinal);
        Assert.Contains("      - auth.token = (sensitive value) -> null\n", text, StringComparison.Ordinal);
        Assert.Contains("  + server5\n      + db.password = (sensitive value)\n      + version = \"1.2\"\n", text, StringComparison.Ordinal);
    }

    [Fact]
    [Ko("바뀐 서버의 패치는 값을 바꿉니다")]
    public void The_patch_of_a_changed_server_replaces_the_value()
    {
        var plan = DriftPlan.For(LessonReport());

        Assert.Equal([("replace", "/version", "1.2")], JsonPatch.Operations(plan.JsonPatchFor("server2")));
        Assert.Equal([("replace", "/version", "1.2")], JsonPatch.Operations(plan.JsonPatchFor("server3")));
        Assert.Empty(JsonPatch.Operations(plan.JsonPatchFor("server1")));
    }

    [Fact]
    [Ko("패치는 없는 것을 추가하고 남는 것을 제거합니다")]
    public void The_patch_adds_what_is_missing_and_removes_what_is_extra()
    {
        var baseline = Settings.Of("version=1.2", "cache.ttl=300", "http.port=8080");
        var server = Settings.Of("version=1.1", "http.port=8080", "debug=true");
        var plan = DriftPlan.For(new DriftDetector().CheckFleet(baseline, [ServerConfig.Of("server2", server)]));

        var patch = plan.JsonPatchFor("server2");

        Assert.Equal(
            [("add", "/cache.ttl", "300"), ("remove", "/debug", null), ("replace", "/version", "1.2")],
            JsonPatch.Operations(patch).OrderBy(operation => operation.Path, StringComparer.Ordinal));
        Assert.Equal(baseline, JsonPatch.Apply(server, patch));
    }

    [Theory]
    [InlineData("paths/root", "/paths~1root")]
    [InlineData("tilde~key", "/tilde~0key")]
    [InlineData("odd~1key", "/odd~01key")]
    [Ko("패치 경로는 물결표와 슬래시를 이스케이프한 JSON 포인터입니다")]
    public void Patch_paths_are_JSON_pointers_with_tilde_and_slash_escaped(string key, string path)
    {
        var plan = DriftPlan.For(new DriftDetector().CheckFleet(Settings.Of($"{key}=new"), [ServerConfig.Of("server1", Settings.Of($"{key}=old"))]));

        Assert.Equal([("replace", path, "new")], JsonPatch.Operations(plan.JsonPatchFor("server1")));
    }

    [Fact]
    [Ko("패치를 적용해야 하므로 패치는 비밀을 실제 값으로 설정합니다")]
    public void The_patch_sets_a_secret_to_its_real_value_because_applying_it_must()
    {
        var baseline = Settings.Of("version=1.2", $"db.password={Secret}");
        var server = Settings.Of("version=1.2", "db.password=old-Pa55");
        var plan = DriftPlan.For(new DriftDetector(DriftRules.Default).CheckFleet(baseline, [ServerConfig.Of("server2", server)]));

        Assert.Equal(baseline, JsonPatch.Apply(server, plan.JsonPatchFor("server2")));
    }

    [Fact]
    [Ko("삭제된 설정의 패치는 설정을 처음부터 다시 만듭니다")]
    public void The_patch_of_a_deleted_config_rebuilds_it_from_nothing()
    {
        var baseline = Settings.Of("version=1.2", "http.port=8080");
        var plan = DriftPlan.For(new DriftDetector().CheckFleet(baseline, [ServerConfig.Deleted("server5")]));

        Assert.Equal(baseline, JsonPatch.Apply(null, plan.JsonPatchFor("server5")));
    }

    [Fact]
    [Ko("확인하지 못했거나 보고서에 없는 서버에는 패치가 없습니다")]
    public void There_is_no_patch_for_a_server_that_was_not_checked_or_not_in_the_report()
    {
        var plan = DriftPlan.For(new DriftDetector().CheckFleet(Settings.AppConf("1.2"), [ServerConfig.Unreachable("server4", "connection refused")]));

        Assert.Throws<InvalidOperationException>(() => plan.JsonPatchFor("server4"));
        Assert.ThrowsAny<ArgumentException>(() => plan.JsonPatchFor("server9"));
    }

    [Fact]
    [Ko("모든 패치를 적용하면 생성된 플릿이 다시 동기화됩니다")]
    public void Applying_every_patch_brings_a_generated_fleet_back_in_sync()
    {
        var fleet = GeneratedFleet.Create(servers: 500, keys: 50, seed: 6902);
        var detector = new DriftDetector();
        var plan = DriftPlan.For(detector.CheckFleet(fleet.Baseline, fleet.Servers));

        var patched = fleet.Servers.Select(server => ServerConfig.Of(server.Server, JsonPatch.Apply(server.Settings, plan.JsonPatchFor(server.Server)))).ToArray();
        var after = DriftPlan.For(detector.CheckFleet(fleet.Baseline, patched));

        Assert.Equal(DriftPlan.DriftExitCode, plan.ExitCode);
        Assert.Equal(DriftPlan.InSyncExitCode, after.ExitCode);
        Assert.Equal(fleet.Drift.Values.Sum(differences => differences.Count), plan.ToAdd + plan.ToChange + plan.ToDestroy);
    }


    [Fact]
    [Ko("제거할 키만 있어도 드리프트이고 종료 코드는 2입니다")]
    public void Keys_only_to_destroy_are_drift_too_and_exit_with_2()
    {
        var report = new DriftDetector().CheckFleet(Settings.Of("version=1.2"), [ServerConfig.Of("server2", Settings.Of("version=1.2", "debug=true"))]);

        var plan = DriftPlan.For(report);

        Assert.Equal((0, 0, 1), (plan.ToAdd, plan.ToChange, plan.ToDestroy));
        Assert.True(plan.ExitCode == DriftPlan.DriftExitCode, $"server2 has a key the baseline lacks: 1 to destroy is drift, exit code 2, but the exit code was {plan.ExitCode}. Add the three counts up.");
    }

    [Fact]
    [Ko("값은 백슬래시와 따옴표를 이스케이프해 따옴표로 감싸고, 없는 값은 없다고 밝힙니다")]
    public void Values_are_quoted_with_backslash_and_quote_escaped_and_absent_values_named()
    {
        var report = new DriftDetector().CheckFleet(
            Settings.Of("motd=say \"hi\"", @"path=C:\shop"),
            [ServerConfig.Of("server2", Settings.Of("motd=hello", @"path=D:\shop"))]);

        var text = DriftPlan.For(report).ToText();

        Assert.Contains("      ~ motd = \"hello\" -> \"say \\\"hi\\\"\"\n", text, StringComparison.Ordinal);
        Assert.Contains("      ~ path = \"D:\\\\shop\" -> \"C:\\\\shop\"\n", text, StringComparison.Ordinal);
    }

    [Fact]
    [Ko("애매한 키는 값마다 몇 대의 서버가 가졌는지, 없는 값은 없음으로 밝힙니다")]
    public void An_ambiguous_key_names_how_many_servers_hold_each_value_and_a_missing_value_as_absent()
    {
        var servers = new[]
        {
            ServerConfig.Of("server1", Settings.Of("version=1.2", "cache=on")),
            ServerConfig.Of("server2", Settings.Of("version=1.2", "cache=on")),
            ServerConfig.Of("server3", Settings.Of("version=1.3")),
            ServerConfig.Of("server4", Settings.Of("version=1.3")),
        };

        var text = DriftPlan.For(new DriftDetector().CheckFleet(servers)).ToText();

        Assert.Contains("  ! cache: ambiguous, 2 servers each for (absent), \"on\"\n", text, StringComparison.Ordinal);
        Assert.Contains("  ! version: ambiguous, 2 servers each for \"1.2\", \"1.3\"\n", text, StringComparison.Ordinal);
    }

    [Fact]
    [Ko("패치는 더하기 기호와 꺾쇠괄호를 읽기 쉽게 그대로 둡니다")]
    public void The_patch_keeps_plus_and_angle_brackets_readable()
    {
        var report = new DriftDetector().CheckFleet(Settings.Of("search.query=a+b<c>"), [ServerConfig.Of("server2", Settings.Of("search.query=x"))]);

        var patch = DriftPlan.For(report).JsonPatchFor("server2");

        Assert.True(
            patch.Contains("a+b<c>", StringComparison.Ordinal),
            $"The patch is JSON for a machine, not HTML: `a+b<c>` should stay as it is, not become \\u002B or \\u003C. Use JavaScriptEncoder.UnsafeRelaxedJsonEscaping. The patch: {patch}");
    }

    [Fact]
    [Ko("보고서나 서버 이름이 빠지면 거부됩니다")]
    public void A_missing_report_or_server_name_is_rejected()
    {
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => DriftPlan.For(null!)).ParamName);
        Assert.Equal("server", Assert.Throws<ArgumentNullException>(() => DriftPlan.For(LessonReport()).JsonPatchFor(null!)).ParamName);
    }

    private static DriftReport LessonReport() =>
        new DriftDetector().CheckFleet(
            Settings.AppConf("1.2"),
            [
                ServerConfig.Of("server1", Settings.AppConf("1.2")),
                ServerConfig.Of("server2", Settings.AppConf("1.1")),
                ServerConfig.Of("server3", Settings.AppConf("1.3")),
            ]);
}
