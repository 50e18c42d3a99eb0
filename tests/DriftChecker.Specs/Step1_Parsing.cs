using Katas.Specs;

namespace Katas.DriftChecker.Specs;

/// <summary>
/// Step 1: read app.conf and JSON files into flat key/value settings. Malformed input is an error that
/// names the source and the line, never a partial result.
/// </summary>
[Step(1)]
public sealed class Step1_Parsing
{
    [Fact]
    [Ko("app.conf 파일에서 모든 키와 그 값을 읽습니다")]
    public void An_app_conf_file_gives_every_key_and_its_value()
    {
        const string text = """
            # app.conf of the shop
            version = 1.2

            ; the port the app listens on
            http.port=8080
               feature.new_checkout   =   on
            """;

        var settings = Bounded.Call(() => ConfigParser.Parse("app.conf", text, ConfigFormat.Conf));

        Assert.Equal(Settings.Of("version=1.2", "http.port=8080", "feature.new_checkout=on"), settings);
    }

    [Fact]
    [Ko("섹션 이름이 그 아래 키들의 접두사가 됩니다")]
    public void A_section_prefixes_the_keys_below_it()
    {
        const string text = """
            version = 1.2
            [db]
            host = db.internal
            port = 5432
            [ cache ]
            ttl_seconds = 300
            """;

        var settings = Bounded.Call(() => ConfigParser.Parse("app.conf", text, ConfigFormat.Conf));

        Assert.Equal(Settings.Of("version=1.2", "db.host=db.internal", "db.port=5432", "cache.ttl_seconds=300"), settings);
    }

    [Fact]
    [Ko("값은 첫 번째 등호 뒤의 모든 것입니다")]
    public void A_value_is_everything_after_the_first_equals_sign()
    {
        const string text = """
            api.signature = c2VjcmV0==
            search.query = color=red&size=m
            motd =
            """;

        var settings = Bounded.Call(() => ConfigParser.Parse("app.conf", text, ConfigFormat.Conf));

        Assert.Equal("c2VjcmV0==", settings["api.signature"]);
        Assert.Equal("color=red&size=m", settings["search.query"]);
        Assert.Equal("", settings["motd"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# nothing here yet\n; really nothing\n")]
    [Ko("주석과 빈 줄뿐인 파일에는 키가 없습니다")]
    public void A_file_of_comments_and_blank_lines_has_no_keys(string text)
    {
        var settings = Bounded.Call(() => ConfigParser.Parse("app.conf", text, ConfigFormat.Conf));

        Assert.Empty(settings);
    }

    [Fact]
    [Ko("등호가 없는 줄은 출처와 줄 번호를 밝히는 오류입니다")]
    public void A_line_without_an_equals_sign_is_an_error_naming_the_source_and_the_line()
    {
        const string text = "version = 1.2\n\nthis line is not a setting\nport = 80\n";

        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("server2/app.conf", text, ConfigFormat.Conf)));

        Assert.Equal("server2/app.conf", error.SourceName);
        Assert.Equal(3, error.LineNumber);
        Assert.StartsWith("server2/app.conf, line 3: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Ko("비밀이 들어 있을 수 있으므로 오류는 그 줄을 인용하지 않습니다")]
    public void The_error_never_quotes_the_line_because_it_may_hold_a_secret()
    {
        const string text = "version = 1.2\ndb.password hunter2\n";

        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.conf", text, ConfigFormat.Conf)));

        Assert.Equal(2, error.LineNumber);
        Assert.False(error.Message.Contains("hunter2", StringComparison.Ordinal), $"The error message shows the password: {error.Message}");
    }

    [Fact]
    [Ko("Windows 줄 끝도 줄 번호를 똑같이 셉니다")]
    public void Windows_line_endings_count_lines_the_same_way()
    {
        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.conf", "version = 1.2\r\n\r\nbroken\r\n", ConfigFormat.Conf)));

        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
    [Ko("두 번 설정된 키는 조용한 덮어쓰기가 아니라 오류입니다")]
    public void A_key_set_twice_is_an_error_not_a_silent_overwrite()
    {
        const string text = "version = 1.2\nport = 80\nversion = 1.3\n";

        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.conf", text, ConfigFormat.Conf)));

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("'version'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[db\nhost = x\n", 1)]
    [InlineData("version = 1\n[]\n", 2)]
    [InlineData("version = 1\n = orphan value\n", 2)]
    [Ko("깨진 섹션 머리글과 빈 키는 오류입니다")]
    public void Broken_section_headers_and_empty_keys_are_errors(string text, int line)
    {
        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.conf", text, ConfigFormat.Conf)));

        Assert.Equal(line, error.LineNumber);
    }

    [Fact]
    [Ko("JSON 객체는 중첩된 객체와 배열을 점으로 이은 키로 바꿉니다")]
    public void A_JSON_object_gives_dotted_keys_for_nested_objects_and_arrays()
    {
        const string json = """
            {
              "version": "1.2",
              "db": { "host": "db.internal", "port": 5432 },
              "debug": false,
              "hosts": [ "web-1", "web-2" ],
              "motd": null
            }
            """;

        var settings = Bounded.Call(() => ConfigParser.Parse("app.json", json, ConfigFormat.Json));

        Assert.Equal(
            Settings.Of("version=1.2", "db.host=db.internal", "db.port=5432", "debug=false", "hosts.0=web-1", "hosts.1=web-2", "motd="),
            settings);
    }

    [Fact]
    [Ko("JSON 숫자는 원래 텍스트를 그대로 유지합니다")]
    public void A_JSON_number_keeps_its_text()
    {
        var settings = Bounded.Call(() => ConfigParser.Parse("app.json", """{ "version": 1.20, "ratio": 1e3 }""", ConfigFormat.Json));

        Assert.Equal("1.20", settings["version"]);
        Assert.Equal("1e3", settings["ratio"]);
    }

    [Fact]
    [Ko("잘못된 JSON은 출처와 줄 번호를 밝히는 오류입니다")]
    public void Malformed_JSON_is_an_error_naming_the_source_and_the_line()
    {
        const string json = "{\n  \"version\": \"1.2\",\n  \"port\" 8080\n}\n";

        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("server3/app.json", json, ConfigFormat.Json)));

        Assert.Equal("server3/app.json", error.SourceName);
        Assert.Equal(3, error.LineNumber);
        Assert.StartsWith("server3/app.json, line 3: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[ \"version\", \"1.2\" ]")]
    [InlineData("\"1.2\"")]
    [Ko("객체가 아닌 JSON은 1번 줄의 오류입니다")]
    public void JSON_that_is_not_an_object_is_an_error_on_line_1(string json)
    {
        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.json", json, ConfigFormat.Json)));

        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    [Ko("두 번 설정된 JSON 키는 그 줄 번호와 함께 오류입니다")]
    public void A_JSON_key_set_twice_is_an_error_with_its_line()
    {
        const string json = "{\n  \"version\": \"1.2\",\n  \"port\": 80,\n  \"version\": \"1.3\"\n}";

        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.json", json, ConfigFormat.Json)));

        Assert.Equal(4, error.LineNumber);
        Assert.Contains("'version'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Ko("중간에 잘린 JSON 파일은 그때까지 읽은 키가 아니라 오류입니다")]
    public void A_JSON_file_cut_off_in_the_middle_is_an_error_not_the_keys_read_so_far()
    {
        const string json = "{\n  \"version\": \"1.2\",\n  \"db\": {\n    \"host\": \"db.internal\"";

        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.json", json, ConfigFormat.Json)));

        Assert.Equal("app.json", error.SourceName);
    }

    [Fact]
    [Ko("바이트 순서 표시(BOM)는 첫 키의 일부가 아닙니다")]
    public void A_byte_order_mark_is_not_part_of_the_first_key()
    {
        var settings = Bounded.Call(() => ConfigParser.Parse("app.conf", "\uFEFFversion = 1.2\n", ConfigFormat.Conf));

        Assert.True(
            settings.ContainsKey("version"),
            $"An editor saved app.conf with a byte order mark (U+FEFF) in front; the first key should still be `version`, but the keys were: {string.Join(", ", settings.Keys)}.");
    }

    [Fact]
    [Ko("손으로 쓴 JSON에는 주석과 끝 쉼표가 있어도 됩니다")]
    public void Hand_written_JSON_may_have_comments_and_trailing_commas()
    {
        const string json = """
            {
              // the shop's settings
              "version": "1.2",
              "debug": true,
            }
            """;

        var settings = Bounded.Call(() => ConfigParser.Parse("appsettings.json", json, ConfigFormat.Json));

        Assert.Equal(Settings.Of("version=1.2", "debug=true"), settings);
    }

    [Fact]
    [Ko("잘못된 JSON의 오류는 파서의 위치 문구 없이 무엇이 틀렸는지 말합니다")]
    public void The_error_for_malformed_JSON_says_what_is_wrong_without_the_readers_position_text()
    {
        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.json", "{\n  \"version\": 1.2 1.3\n}", ConfigFormat.Json)));

        Assert.True(
            error.Message.Contains("invalid JSON: ", StringComparison.Ordinal) && error.Message.Length > error.Message.IndexOf("invalid JSON: ", StringComparison.Ordinal) + 20
            && !error.Message.Contains("LineNumber", StringComparison.Ordinal) && !error.Message.Contains("BytePositionInLine", StringComparison.Ordinal),
            $"The error should say `invalid JSON: ` and what the JSON reader found wrong, without its own \"LineNumber: ... BytePositionInLine: ...\" (the line is given already): {error.Message}");
    }

    [Fact]
    [Ko("출처 이름이나 텍스트가 빠지면 거부됩니다")]
    public void A_missing_source_name_or_text_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Bounded.Call(() => ConfigParser.Parse("app.conf", null!, ConfigFormat.Conf)));
        Assert.ThrowsAny<ArgumentException>(() => Bounded.Call(() => ConfigParser.Parse(" ", "version = 1.2", ConfigFormat.Conf)));
    }

}
