namespace HipBot.Tests;

public class SmokeTests
{
    [Fact]
    public void The_build_runs_tests() => Assert.True(true);
}
