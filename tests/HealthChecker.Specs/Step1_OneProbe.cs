using System.Net;
using Katas.Specs;

namespace Katas.HealthChecker.Specs;

/// <summary>Step 1: one HTTP probe. 200-399 is healthy, anything else is unhealthy with a reason.</summary>
[Step(1)]
public sealed class Step1_OneProbe
{
    private static readonly Uri s_target = new("http://web-1.test/health");
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(1);

    [Fact]
    [Ko("200 응답은 정상입니다")]
    public async Task A_200_answer_is_healthy()
    {
        using var handler = StubHttpHandler.Answering(HttpStatusCode.OK);

        var result = await new HttpProbe(handler.CreateClient()).ProbeAsync(s_target, s_timeout);

        Assert.True(result.IsHealthy, $"A 200 answer should be healthy, but the result was: {result}");
        Assert.Equal(200, result.StatusCode);
        Assert.Equal("HTTP 200", result.Reason);
    }

    [Fact]
    [Ko("프로브는 대상에 GET 요청을 한 번 보냅니다")]
    public async Task The_probe_sends_one_GET_to_the_target()
    {
        using var handler = StubHttpHandler.Answering(HttpStatusCode.OK);

        await new HttpProbe(handler.CreateClient()).ProbeAsync(s_target, s_timeout);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(s_target, request.RequestUri);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(204)]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(399)]
    [Ko("200부터 399까지의 모든 상태 코드는 정상입니다")]
    public async Task Every_status_from_200_to_399_is_healthy(int status)
    {
        using var handler = StubHttpHandler.Answering((HttpStatusCode)status);

        var result = await new HttpProbe(handler.CreateClient()).ProbeAsync(s_target, s_timeout);

        Assert.True(result.IsHealthy, $"HTTP {status} is in 200-399 and should be healthy, but the result was: {result}");
        Assert.Equal(status, result.StatusCode);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    [Ko("그 밖의 모든 상태 코드는 비정상이고 이유에 그 코드가 나옵니다")]
    public async Task Every_other_status_is_unhealthy_and_the_reason_names_it(int status)
    {
        using var handler = StubHttpHandler.Answering((HttpStatusCode)status);

        var result = await new HttpProbe(handler.CreateClient()).ProbeAsync(s_target, s_timeout);

        Assert.False(result.IsHealthy, $"HTTP {status} is outside 200-399 and should be unhealthy, but the result was: {result}");
        Assert.Equal(status, result.StatusCode);
        Assert.Equal($"HTTP {status}", result.Reason);
    }

    [Fact]
    [Ko("거부된 연결은 예외가 아니라 비정상 결과입니다")]
    public async Task A_refused_connection_is_an_unhealthy_result_not_an_exception()
    {
        using var handler = StubHttpHandler.Refusing();

        var result = await new HttpProbe(handler.CreateClient()).ProbeAsync(s_target, s_timeout);

        Assert.False(result.IsHealthy);
        Assert.Equal("connection refused", result.Reason);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    [Ko("그 밖의 전송 오류는 오류 메시지와 함께 비정상입니다")]
    public async Task Any_other_transport_error_is_unhealthy_with_the_error_message()
    {
        const string message = "Name or service not known (web-1.test:80)";
        using var handler = StubHttpHandler.Failing(message);

        var result = await new HttpProbe(handler.CreateClient()).ProbeAsync(s_target, s_timeout);

        Assert.False(result.IsHealthy);
        Assert.Equal(message, result.Reason);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    [Ko("절대 URL이 아닌 대상은 거부됩니다")]
    public async Task A_target_that_is_not_an_absolute_url_is_rejected()
    {
        using var handler = StubHttpHandler.Answering(HttpStatusCode.OK);
        var probe = new HttpProbe(handler.CreateClient());

        var relative = await Assert.ThrowsAsync<ArgumentException>(() => probe.ProbeAsync(new Uri("/health", UriKind.Relative), s_timeout));
        await Assert.ThrowsAsync<ArgumentNullException>(() => probe.ProbeAsync(null!, s_timeout));
        Assert.Empty(handler.Requests);
        Assert.True(
            relative.Message.Contains("/health", StringComparison.Ordinal),
            $"The error \"{relative.Message}\" should show the target it rejects (/health), so that the caller sees which one is wrong.");
        Assert.Equal("client", Assert.Throws<ArgumentNullException>(() => new HttpProbe(null!)).ParamName);
    }

    [Fact]
    [Ko("kubelet처럼 프로브마다 새 연결을 요청합니다")]
    public async Task Every_probe_asks_for_a_new_connection_as_the_kubelet_does()
    {
        using var handler = StubHttpHandler.Answering(HttpStatusCode.OK);

        await new HttpProbe(handler.CreateClient()).ProbeAsync(s_target, s_timeout);

        var request = Assert.Single(handler.Requests);
        Assert.True(
            request.Headers.ConnectionClose == true,
            "The probe's request should say `Connection: close` (request.Headers.ConnectionClose = true). The kubelet's HTTP prober " +
            "disables keep-alives: a probe over a pooled connection can call a server healthy that no longer accepts new connections.");
    }
}
