namespace Katas.Analyzers.Tests;

public sealed class IdentifierWordsTests
{
    [Theory]
    [InlineData("HealthProbe", "Health Probe")]
    [InlineData("checkAllAsync", "check All Async")]
    [InlineData("HTTPProbe", "HTTP Probe")]
    [InlineData("metadataAddress", "metadata Address")]
    [InlineData("_backend2Url", "backend 2 Url")]
    [InlineData("IO", "IO")]
    [InlineData("Try_Receive", "Try Receive")]
    [InlineData("", "")]
    public void An_identifier_splits_into_the_words_a_rule_reads(string identifier, string expected) =>
        Assert.Equal(expected, string.Join(" ", IdentifierWords.Of(identifier)));
}
