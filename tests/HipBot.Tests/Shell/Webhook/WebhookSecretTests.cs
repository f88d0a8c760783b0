using HipBot.Shell.Webhook;

namespace HipBot.Tests.Shell.Webhook;

public class WebhookSecretTests
{
    [Theory]
    [InlineData("Secret_-123", true)]
    [InlineData("Secret_-12", false)]
    [InlineData("Secret_-1234", false)]
    [InlineData("secret_-123", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_the_exact_secret_matches(string? presented, bool matches) =>
        Assert.Equal(matches, new WebhookSecret("Secret_-123").Matches(presented));
}
