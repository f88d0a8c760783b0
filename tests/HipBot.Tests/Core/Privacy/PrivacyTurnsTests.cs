using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.Privacy;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Privacy;

public class PrivacyTurnsTests
{
    private static readonly string Delete = CallbackData.Encode(new ForgetEverything());
    private static readonly string Keep = CallbackData.Encode(new KeepEverything());

    [Fact]
    public void Privacy_answers_with_the_privacy_page()
    {
        var turn = PrivateChat.Handle(Runner(), Command("privacy"), Context(TodayAt(9)));

        Assert.Equal([PrivacyText.Page], Texts(turn.Out));
        Assert.Empty(turn.Effects);
    }

    [Fact]
    public void Deleteme_asks_first_says_what_will_go_and_changes_nothing_yet()
    {
        var turn = PrivateChat.Handle(Runner(), Command("deleteme"), Context(TodayAt(9)));

        var question = Assert.Single(turn.Out.OfType<SendMessage>());
        Assert.Contains("every check-in", question.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("your settings", question.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("/export", question.Reply.Text, StringComparison.Ordinal);
        Assert.Equal([Delete, Keep], ButtonData(question.Reply));
        Assert.Empty(turn.Effects);
    }

    [Fact]
    public void Confirming_forgets_the_chat_last_and_says_goodbye_in_a_last_message()
    {
        var press = Press(Delete);
        var yesterdayOpen = Runner(lastClosed: Today.PlusDays(-2));

        var turn = PrivateChat.Handle(yesterdayOpen, press, Context(TodayAt(13), Full(Yesterday)));

        // Yesterday closed first, as in every turn; forgetting comes after it, so the outcome just saved goes too.
        Assert.IsType<SaveOutcome>(turn.Effects[0]);
        Assert.IsType<ForgetChat>(turn.Effects[^1]);
        Assert.Equal(press.CallbackQueryId, Assert.IsType<AnswerButton>(turn.Out[0]).CallbackQueryId);
        var edit = Assert.IsType<EditMessage>(turn.Out[1]);
        Assert.Equal(press.MessageId, edit.MessageId);
        Assert.Null(edit.Reply.Buttons);
        Assert.Equal(PrivacyText.Goodbye, Assert.IsType<LastMessage>(turn.Out[^1]).Reply);
    }

    [Fact]
    public void A_user_back_after_weeks_who_confirms_hears_goodbye_and_no_welcome_back()
    {
        var away = Runner(lastWrote: At(Today.PlusDays(-20), 9));

        var turn = PrivateChat.Handle(away, Press(Delete), Context(TodayAt(9)));

        Assert.IsType<ForgetChat>(turn.Effects[^1]);
        Assert.DoesNotContain(turn.Out.OfType<SendMessage>(), m => m.Reply.Text.Contains("Welcome back", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(PrivacyText.Goodbye, Assert.IsType<LastMessage>(turn.Out[^1]).Reply);
    }

    [Fact]
    public void Keeping_changes_nothing_and_takes_the_buttons_away()
    {
        var turn = PrivateChat.Handle(Runner(), Press(Keep), Context(TodayAt(9)));

        Assert.Empty(turn.Effects);
        Assert.Equal("Nothing was deleted.", Toast(turn.Out));
        var edit = Assert.Single(turn.Out.OfType<EditMessage>());
        Assert.Equal(PrivacyText.Kept, edit.Reply.Text);
        Assert.Null(edit.Reply.Buttons);
    }

    [Fact]
    public void Export_with_nothing_logged_says_so_and_sends_no_file()
    {
        var turn = PrivateChat.Handle(Runner(), Command("export"), Context(TodayAt(9)) with { Record = [] });

        Assert.Equal([ExportTurns.NothingYet], Texts(turn.Out));
        Assert.Empty(turn.Out.OfType<SendDocument>());
    }

    [Fact]
    public void Export_sends_the_check_ins_and_the_day_outcomes_as_two_files_with_captions()
    {
        var context = Context(TodayAt(9)) with
        {
            Record =
            [
                new StoredCheckIn(Today.PlusDays(-40), Exercise.Clamshell, 2, 10, Side.Both, false, TodayAt(8), CheckInSource.Text),
                new StoredCheckIn(Yesterday, null, 0, 0, Side.Both, true, TodayAt(8), CheckInSource.Button),
            ],
            Outcomes = Outcomes((Yesterday, DayOutcome.Skipped)),
        };

        var turn = PrivateChat.Handle(Runner(), Command("export"), context);

        var files = turn.Out.OfType<SendDocument>().ToList();
        Assert.Equal(["hipbot-check-ins-2026-11-25.csv", "hipbot-day-outcomes-2026-11-25.csv"], files.Select(f => f.File.Name));
        Assert.Equal("Your check-ins: 2 rows, 16 Oct 2026 to 24 Nov 2026. Opens in any spreadsheet.", files[0].Caption);
        Assert.Equal("How each closed training day ended: 1 day. Rest days have no row.", files[1].Caption);
        Assert.Equal(3, files[0].File.Content.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
