using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.Setup;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.Setup;

public class OnboardingTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 9, 0); // a Wednesday
    private const long Chat = 42;
    private static int callbacks;

    private static Input Text(string text) => new TextInput(text);
    private static Input Command(string name) => new CommandInput(name, "");
    private static Input Press(string data) => new ButtonInput(data, MessageId: 7, CallbackQueryId: $"cb{++callbacks}");

    private static (ChatState State, Turn Last) Drive(ChatState state, params Input[] inputs)
    {
        Turn turn = new(state, []);
        foreach (var input in inputs)
        {
            turn = PrivateChat.Handle(turn.State, input, Now);
        }
        return (turn.State, turn);
    }

    private static string LastText(Turn turn) => turn.Out.OfType<SendMessage>().Last().Reply.Text;

    private static ChatState Fresh => ChatState.New(Chat, "Ana");

    private static ChatState Onboarded => Drive(Fresh,
        Command("start"), Press("tz:Europe/Berlin"), Press("time:07:00"), Press($"days:{(int)TrainingDays.MonWedFri}"), Press("band:no"), Press("confirm:yes")).State;

    [Fact]
    public void A_new_user_is_welcomed_and_asked_for_their_time_zone()
    {
        var (state, turn) = Drive(Fresh, Command("start"));

        Assert.Equal(Question.TimeZone, state.Conversation.Asking);
        var reply = Assert.Single(turn.Out.OfType<SendMessage>()).Reply;
        Assert.Contains("Hi, Ana", reply.Text, StringComparison.Ordinal);
        Assert.Contains("time zone", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Buttons!.SelectMany(r => r), b => b.Data == "tz:Europe/Berlin");
    }

    [Fact]
    public void Onboarding_by_buttons_saves_every_answer_and_activates_the_user()
    {
        var state = Onboarded;

        Assert.Equal(ChatStatus.Active, state.Status);
        Assert.Equal(new Settings("Europe/Berlin", new LocalTime(7, 0), TrainingDays.MonWedFri, false), state.Settings);
        Assert.Equal(Question.None, state.Conversation.Asking);
        Assert.Equal(ProgramLadder.StartLevel(hasBand: false), state.Level);
    }

    [Fact]
    public void Onboarding_by_typed_answers_reaches_the_same_settings()
    {
        var (state, _) = Drive(Fresh, Command("start"), Text("berlin"), Text("7am"), Text("mon wed fri"), Text("not yet"), Text("yes"));

        Assert.Equal(ChatStatus.Active, state.Status);
        Assert.Equal(Onboarded.Settings, state.Settings);
    }

    [Fact]
    public void The_last_message_of_onboarding_says_when_the_first_exercises_arrive()
    {
        var (_, turn) = Drive(Fresh,
            Command("start"), Press("tz:Europe/Berlin"), Press("time:07:00"), Press($"days:{(int)TrainingDays.MonWedFri}"), Press("band:no"), Press("confirm:yes"));

        // 09:00 UTC is 10:00 in Berlin on Wednesday, past 07:00, so Friday is next.
        Assert.Contains("Friday, 27 November at 07:00", LastText(turn), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_pressed_button_is_answered_so_the_spinner_stops()
    {
        var (_, turn) = Drive(Fresh, Command("start"), Press("tz:Europe/Berlin"));

        Assert.Single(turn.Out.OfType<AnswerButton>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("🙂🙂🙂")]
    [InlineData("somewhere nice")]
    public void An_unusable_answer_is_asked_again_with_an_example_and_changes_nothing(string answer)
    {
        var (asked, _) = Drive(Fresh, Command("start"));

        var (state, turn) = Drive(asked, Text(answer));

        Assert.Equal(asked, state);
        Assert.Contains("UTC+1", LastText(turn), StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_thousand_character_answer_changes_nothing()
    {
        var (asked, _) = Drive(Fresh, Command("start"), Press("tz:Europe/Berlin"));

        var (state, _) = Drive(asked, Text(new string('7', 10_000)));

        Assert.Equal(asked, state);
    }

    [Fact]
    public void Cancel_keeps_the_answers_so_far_and_start_picks_up_at_the_next_question()
    {
        var (cancelled, _) = Drive(Fresh, Command("start"), Press("tz:Europe/Berlin"), Command("cancel"));
        Assert.Equal(Question.None, cancelled.Conversation.Asking);

        var (resumed, turn) = Drive(cancelled, Command("start"));

        Assert.Equal(Question.ReminderTime, resumed.Conversation.Asking);
        Assert.Equal("Europe/Berlin", resumed.Conversation.Draft.TimeZone);
        Assert.Contains("pick up where we left off", LastText(turn), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_from_a_known_user_keeps_everything_and_shows_their_plan()
    {
        var known = Onboarded;

        var (state, turn) = Drive(known, Command("start"));

        Assert.Equal(known, state);
        Assert.Contains("Welcome back", LastText(turn), StringComparison.Ordinal);
        Assert.Contains("07:00", LastText(turn), StringComparison.Ordinal);
    }

    [Fact]
    public void A_button_from_an_earlier_question_gets_a_polite_toast_and_changes_nothing()
    {
        var (asking, _) = Drive(Fresh, Command("start"), Press("tz:Europe/Berlin"));

        var (state, turn) = Drive(asking, Press("tz:America/Chicago"));

        Assert.Equal(asking, state);
        var answer = Assert.Single(turn.Out.OfType<AnswerButton>());
        Assert.Contains("earlier question", answer.Toast, StringComparison.Ordinal);
        // Said in the chat too (a toast vanishes), and the old question loses its buttons.
        Assert.Contains(turn.Out, o => o is SendMessage { Reply.Text: var text } && text.Contains("earlier question", StringComparison.Ordinal));
        Assert.Contains(turn.Out, o => o is EditMessage { ButtonsOnly: true, Reply.Buttons: null });
    }

    [Theory]
    [InlineData("")]
    [InlineData("tz:")]
    [InlineData("days:99999")]
    [InlineData("set:everything")]
    [InlineData("confirm:yes")]
    [InlineData("💥")]
    public void Forged_button_data_changes_nothing_for_an_onboarded_user(string data)
    {
        var known = Onboarded;

        var (state, turn) = Drive(known, Press(data));

        Assert.Equal(known, state);
        Assert.Single(turn.Out.OfType<AnswerButton>());
        Assert.DoesNotContain(turn.Out, o => o is EditMessage { ButtonsOnly: false });
    }

    [Fact]
    public void Settings_change_one_answer_and_keep_the_rest()
    {
        var (state, turn) = Drive(Onboarded, Command("settings"), Press("set:time"), Press("time:18:00"));

        Assert.Equal(new LocalTime(18, 0), state.Settings.ReminderTime);
        Assert.Equal("Europe/Berlin", state.Settings.TimeZone);
        Assert.Equal(Question.None, state.Conversation.Asking);
        Assert.Contains("Saved", LastText(turn), StringComparison.Ordinal);
    }

    [Fact]
    public void Cancel_while_changing_a_setting_keeps_the_old_one()
    {
        var known = Onboarded;

        var (state, turn) = Drive(known, Press("set:tz"), Command("cancel"));

        Assert.Equal(known.Settings, state.Settings);
        Assert.Contains("kept your settings", LastText(turn), StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_an_answer_on_the_summary_returns_to_the_summary()
    {
        var (atSummary, _) = Drive(Fresh, Command("start"), Press("tz:Europe/Berlin"), Press("time:07:00"), Press($"days:{(int)TrainingDays.MonWedFri}"), Press("band:no"));
        Assert.Equal(Question.Confirm, atSummary.Conversation.Asking);

        var (state, turn) = Drive(atSummary, Press("confirm:change"), Press("set:band"), Press("band:yes"));

        Assert.Equal(Question.Confirm, state.Conversation.Asking);
        Assert.True(state.Conversation.Draft.HasBand);
        Assert.Equal(ChatStatus.Onboarding, state.Status);
        Assert.Contains("All good?", LastText(turn), StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_owner_starts_on_a_higher_level()
    {
        var (state, _) = Drive(Fresh, Command("start"), Press("tz:UTC"), Press("time:07:00"), Press($"days:{(int)TrainingDays.EveryDay}"), Press("band:yes"), Press("confirm:yes"));

        Assert.Equal(ProgramLadder.StartLevel(hasBand: true), state.Level);
        Assert.True(state.Level > ProgramLadder.StartLevel(hasBand: false));
    }

    [Fact]
    public void An_unknown_command_gets_a_hint_and_changes_nothing()
    {
        var known = Onboarded;

        var (state, turn) = Drive(known, Command("dance"));

        Assert.Equal(known, state);
        Assert.Contains("/help", LastText(turn), StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_location_answers_the_time_zone_question()
    {
        var (state, _) = Drive(Fresh, Command("start"), new LocationInput(52.52, 13.40));

        Assert.Equal("Europe/Berlin", state.Conversation.Draft.TimeZone);
        Assert.Equal(Question.ReminderTime, state.Conversation.Asking);
    }

    [Theory]
    [InlineData(91, 13.40)]
    [InlineData(52.52, -180.01)]
    [InlineData(double.NaN, 13.40)]
    public void A_location_that_is_not_on_earth_is_asked_again_and_changes_nothing(double latitude, double longitude)
    {
        var (asked, _) = Drive(Fresh, Command("start"));

        var (state, turn) = Drive(asked, new LocationInput(latitude, longitude));

        Assert.Equal(asked.Conversation, state.Conversation);
        Assert.StartsWith("I couldn't find that time zone.", LastText(turn), StringComparison.Ordinal);
    }
}
