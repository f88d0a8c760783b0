using HipBot.Core.Groups;

namespace HipBot.Tests.Core.Groups;

public class GroupAuthorizationTests
{
    [Theory]
    [InlineData(ChatRole.Creator, AdminDecision.Allowed)]
    [InlineData(ChatRole.Administrator, AdminDecision.Allowed)]
    [InlineData(ChatRole.Member, AdminDecision.Refused)]
    [InlineData(ChatRole.Restricted, AdminDecision.Refused)]
    [InlineData(ChatRole.Left, AdminDecision.Refused)]
    [InlineData(ChatRole.Kicked, AdminDecision.Refused)]
    [InlineData(null, AdminDecision.Refused)]
    public void A_person_is_an_admin_only_when_Telegram_says_so(ChatRole? role, AdminDecision decision) =>
        Assert.Equal(decision, GroupAuthorization.Decide(new PersonActor(7, "Ana", role)));

    [Fact]
    public void An_anonymous_admin_is_sent_to_prove_who_they_are() =>
        Assert.Equal(AdminDecision.ProveInPrivate, GroupAuthorization.Decide(new AnonymousAdmin()));
}
