using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.Groups;
using HipBot.Core.Messages;
using HipBot.Core.Setup;
using NodaTime;
using static HipBot.Tests.Support.GroupWorld;

namespace HipBot.Tests.Core.Groups;

public class GroupSetupTests
{
    private static readonly Instant Now = Berlin(Wednesday, 10);
    private static readonly PersonActor Owner = new(Admin, "Olga", ChatRole.Creator);
    private static readonly GroupState Fresh = GroupState.New(Group, "Hip Club");

    private static GroupContext WithAdmin(SetupLink? link = null) => Context(Now) with
    {
        FreshPayload = "setup_fresh",
        Link = link,
        Member = (ChatState.New(Admin, "Olga") with { Settings = new Settings("Asia/Tokyo", new LocalTime(7, 0), null, null) }, ChatContext.At(Now)),
    };

    [Fact]
    public void An_admins_button_in_the_group_opens_a_single_use_link_to_their_private_chat_for_the_topic_it_was_pressed_in()
    {
        var turn = GroupChat.Receive(Fresh, Group, new GroupPress(Owner, new SetUpChallenge(), "q1", 5, 33), WithAdmin())!;

        var answer = Assert.IsType<AnswerButton>(Assert.Single(turn.Out));
        Assert.Equal("https://t.me/HipBot?start=setup_fresh", answer.Url);
        var link = Assert.IsType<IssueSetupLink>(Assert.Single(turn.Effects)).Link;
        Assert.Equal((Admin, 33, Now + SetupLink.Lifetime), (link.AdminUserId!.Value, link.ThreadId!.Value, link.ExpiresAt));
    }

    [Fact]
    public void Opening_the_link_shows_the_card_with_defaults_and_uses_the_link_up()
    {
        var link = new SetupLink("setup_fresh", Group, Admin, 33, Now + SetupLink.Lifetime);

        var turn = GroupChat.Receive(Fresh, Group, new OpenSetupLink(Owner, "setup_fresh"), WithAdmin(link))!;

        var draft = turn.Group!.Draft!;
        Assert.Equal(("Hip Club", 4, "Asia/Tokyo", new LocalTime(7, 0), 33, BoardVisibility.Names), (draft.Name, draft.Weeks, draft.TimeZone, draft.PostTime, draft.ThreadId!.Value, draft.Visibility));
        Assert.Equal(new LocalDate(2026, 11, 26), draft.StartsOn);
        Assert.Equal(new UseSetupLink("setup_fresh"), Assert.Single(turn.Effects));
        var card = Assert.IsType<SendMessage>(Assert.Single(turn.Out));
        Assert.Equal((Admin, GroupSetup.CardKey(Group)), (card.ChatId, card.Key));
        Assert.Contains("Asia/Tokyo", card.Reply.Text, StringComparison.Ordinal);
        Assert.All(card.Reply.Buttons!.SelectMany(r => r), b => Assert.NotNull(CallbackData.TryDecode(b.Data)));
    }

    [Theory]
    [InlineData(SetupLinkCheck.Used)]
    [InlineData(SetupLinkCheck.Expired)]
    public void A_used_or_expired_link_opens_nothing(SetupLinkCheck why)
    {
        var link = new SetupLink("setup_fresh", Group, Admin, null, why == SetupLinkCheck.Expired ? Now : Now + SetupLink.Lifetime, Used: why == SetupLinkCheck.Used);

        var turn = GroupChat.Receive(Fresh, Group, new OpenSetupLink(Owner, "setup_fresh"), WithAdmin(link))!;

        Assert.Null(turn.Group);
        Assert.Empty(turn.Effects);
    }

    [Theory]
    [InlineData(SetupField.Weeks, 8)]
    [InlineData(SetupField.PostHour, 18)]
    [InlineData(SetupField.Start, 0)]
    [InlineData(SetupField.Visibility, 1)]
    public void A_choice_changes_the_draft_and_redraws_the_card(SetupField field, int value)
    {
        var group = Fresh with { Draft = Club with { StartsOn = Wednesday.PlusDays(1) } };

        var turn = GroupChat.Receive(group, Group, new PrivateGroupPress(Owner, new SetupPick(Group, field, value), "q1", 3), WithAdmin())!;

        var draft = turn.Group!.Draft!;
        Assert.Equal(value, field switch
        {
            SetupField.Weeks => draft.Weeks,
            SetupField.PostHour => draft.PostTime.Hour,
            SetupField.Start => Period.Between(Wednesday, draft.StartsOn, PeriodUnits.Days).Days,
            _ => (int)draft.Visibility,
        });
        Assert.IsType<EditMessage>(turn.Out[1]);
    }

    [Theory]
    [InlineData(SetupField.Weeks, 0)]
    [InlineData(SetupField.Weeks, 99)]
    [InlineData(SetupField.PostHour, 24)]
    [InlineData(SetupField.Start, 15)]
    [InlineData(SetupField.Visibility, 2)]
    public void A_forged_choice_off_the_card_changes_nothing(SetupField field, int value)
    {
        var group = Fresh with { Draft = Club };

        var turn = GroupChat.Receive(group, Group, new PrivateGroupPress(Owner, new SetupPick(Group, field, value), "q1", 3), WithAdmin())!;

        Assert.Null(turn.Group);
    }

    [Fact]
    public void Starting_sets_the_challenge_schedules_the_first_post_and_tells_the_group()
    {
        var draft = Club with { StartsOn = Wednesday.PlusDays(1), ThreadId = 33 };
        var group = Fresh with { Draft = draft };

        var turn = GroupChat.Receive(group, Group, new PrivateGroupPress(Owner, new StartChallenge(Group), "q1", 3), WithAdmin())!;

        Assert.Equal((GroupStatus.Active, draft, (Challenge?)null, Admin), (turn.Group!.Status, turn.Group.Challenge!, turn.Group.Draft, turn.Group.AdminUserId!.Value));
        Assert.Equal(Berlin(Wednesday.PlusDays(1), 7), turn.Group.NextPostAt);
        var announcement = Assert.IsType<PostMessage>(turn.Out[^1]);
        Assert.Equal((Group, 33), (announcement.ChatId, announcement.ThreadId!.Value));
        Assert.Contains("starts Thu 26 Nov", announcement.Reply.Text, StringComparison.Ordinal);
    }
}
