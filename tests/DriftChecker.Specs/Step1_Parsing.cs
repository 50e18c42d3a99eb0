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
    public void A_file_of_comments_and_blank_lines_has_no_keys(string text)
    {
        var settings = Bounded.Call(() => ConfigParser.Parse("app.conf", text, ConfigFormat.Conf));

        Assert.Empty(settings);
    }

    [Fact]
    public void A_line_without_an_equals_sign_is_an_error_naming_the_source_and_the_line()
    {
        const string text = "version = 1.2\n\nthis line is not a setting\nport = 80\n";

        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("server2/app.conf", text, ConfigFormat.Conf)));

        Assert.Equal("server2/app.conf", error.SourceName);
        Assert.Equal(3, error.LineNumber);
        Assert.StartsWith("server2/app.conf, line 3: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_never_quotes_the_line_because_it_may_hold_a_secret()
    {
        const string text = "version = 1.2\ndb.password hunter2\n";

        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.conf", text, ConfigFormat.Conf)));

        Assert.Equal(2, error.LineNumber);
        Assert.False(error.Message.Contains("hunter2", StringComparison.Ordinal), $"The error message shows the password: {error.Message}");
    }

    [Fact]
    public void Windows_line_endings_count_lines_the_same_way()
    {
        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.conf", "version = 1.2\r\n\r\nbroken\r\n", ConfigFormat.Conf)));

        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
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
    public void Broken_section_headers_and_empty_keys_are_errors(string text, int line)
    {
        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.conf", text, ConfigFormat.Conf)));

        Assert.Equal(line, error.LineNumber);
    }

    [Fact]
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
    public void A_JSON_number_keeps_its_text()
    {
        var settings = Bounded.Call(() => ConfigParser.Parse("app.json", """{ "version": 1.20, "ratio": 1e3 }""", ConfigFormat.Json));

        Assert.Equal("1.20", settings["version"]);
        Assert.Equal("1e3", settings["ratio"]);
    }

    [Fact]
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
    public void JSON_that_is_not_an_object_is_an_error_on_line_1(string json)
    {
        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.json", json, ConfigFormat.Json)));

        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void A_JSON_key_set_twice_is_an_error_with_its_line()
    {
        const string json = "{\n  \"version\": \"1.2\",\n  \"port\": 80,\n  \"version\": \"1.3\"\n}";

        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.json", json, ConfigFormat.Json)));

        Assert.Equal(4, error.LineNumber);
        Assert.Contains("'version'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_JSON_file_cut_off_in_the_middle_is_an_error_not_the_keys_read_so_far()
    {
        const string json = "{\n  \"version\": \"1.2\",\n  \"db\": {\n    \"host\": \"db.internal\"";

        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.json", json, ConfigFormat.Json)));

        Assert.Equal("app.json", error.SourceName);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_key()
    {
        var settings = Bounded.Call(() => ConfigParser.Parse("app.conf", "\uFEFFversion = 1.2\n", ConfigFormat.Conf));

        Assert.True(
            settings.ContainsKey("version"),
            $"An editor saved app.conf with a byte order mark (U+FEFF) in front; the first key should still be `version`, but the keys were: {string.Join(", ", settings.Keys)}.");
    }

    [Fact]
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
    public void The_error_for_malformed_JSON_says_what_is_wrong_without_the_readers_position_text()
    {
        var error = Assert.Throws<ConfigFormatException>(() => Bounded.Call(() => ConfigParser.Parse("app.json", "{\n  \"version\": 1.2 1.3\n}", ConfigFormat.Json)));

        Assert.True(
            error.Message.Contains("invalid JSON: ", StringComparison.Ordinal) && error.Message.Length > error.Message.IndexOf("invalid JSON: ", StringComparison.Ordinal) + 20
            && !error.Message.Contains("LineNumber", StringComparison.Ordinal) && !error.Message.Contains("BytePositionInLine", StringComparison.Ordinal),
            $"The error should say `invalid JSON: ` and what the JSON reader found wrong, without its own \"LineNumber: ... BytePositionInLine: ...\" (the line is given already): {error.Message}");
    }

    [Fact]
    public void A_missing_source_name_or_text_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Bounded.Call(() => ConfigParser.Parse("app.conf", null!, ConfigFormat.Conf)));
        Assert.ThrowsAny<ArgumentException>(() => Bounded.Call(() => ConfigParser.Parse(" ", "version = 1.2", ConfigFormat.Conf)));
    }

}
