using HipBot.Core.Groups;
using NodaTime;

namespace HipBot.Tests.Core.Groups;

public class SetupLinkTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 10, 0);

    [Theory]
    [InlineData("setup_AbC-123_xyz", true)]
    [InlineData("setup_", true)]
    [InlineData("join", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("setup_abc def", false)]
    [InlineData("setup_abc+/=", false)]
    [InlineData("setup_é", false)]
    [InlineData("Setup_abc", false)]
    public void Only_our_prefix_in_Telegrams_alphabet_looks_like_a_payload(string? text, bool looks) =>
        Assert.Equal(looks, SetupLink.LooksLikePayload(text));

    [Fact]
    public void A_payload_longer_than_64_characters_is_none_of_ours() =>
        Assert.False(SetupLink.LooksLikePayload("setup_" + new string('a', 59)));

    [Theory]
    [InlineData(7L, false, 0, SetupLinkCheck.Usable)]
    [InlineData(7L, true, 0, SetupLinkCheck.Used)]
    [InlineData(7L, false, 31, SetupLinkCheck.Expired)]
    [InlineData(8L, false, 0, SetupLinkCheck.NotYours)]
    public void A_link_opens_once_for_its_admin_until_it_expires(long user, bool used, int minutesLater, SetupLinkCheck check)
    {
        var link = new SetupLink("setup_x", -100, 7, null, Now + SetupLink.Lifetime, used);

        Assert.Equal(check, link.Check(user, Now + Duration.FromMinutes(minutesLater)));
    }

    [Fact]
    public void An_anonymous_admins_link_opens_for_whoever_then_proves_to_be_one() =>
        Assert.Equal(SetupLinkCheck.Usable, new SetupLink("setup_x", -100, null, null, Now + SetupLink.Lifetime).Check(12345, Now));

    [Fact]
    public void Links_are_t_me_deep_links()
    {
        Assert.Equal("https://t.me/HipBot?start=setup_x", SetupLink.Url("HipBot", "setup_x"));
        Assert.Equal("https://t.me/HipBot?startgroup=challenge&admin=pin_messages", SetupLink.AddToGroupUrl("HipBot"));
    }

    [Fact]
    public void Private_help_tells_a_club_how_to_start_and_group_help_carries_the_add_to_group_link()
    {
        Assert.Contains("Add to Group) and an admin sends /challenge there", HipBot.Core.Chats.HelpText.Full.Text, StringComparison.Ordinal);
        Assert.Contains("https://t.me/HipBot?startgroup=challenge&admin=pin_messages", GroupTexts.Help("HipBot"), StringComparison.Ordinal);
    }
}
