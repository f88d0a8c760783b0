using System.Globalization;
using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.Plans;
using HipBot.Core.Setup.Parsing;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Setup;

/// <summary>
/// The onboarding and settings conversation: one question at a time, buttons or typed answers,
/// and nothing saved from an answer the bot cannot use.
/// </summary>
public static class Onboarding
{
    private static readonly Question[] Order = [Question.TimeZone, Question.ReminderTime, Question.TrainingDays, Question.Band];

    public static Turn Start(ChatState state, Instant now, Logbook? logs = null)
    {
        if (state.Status != ChatStatus.Onboarding)
        {
            return Turn.Say(state, new Reply(
                $"Welcome back{Greeting(state)}! You're all set:\n\n{SettingsSummary.Describe(state.Settings)}\n\n{PlanSchedule.Promise(state, now, logs)}\n/settings changes any of it, /help shows what I understand."));
        }
        if (state.Conversation.Asking != Question.None)
        {
            return Turn.Say(state, Ask(state.Conversation, "Let's pick up where we left off."));
        }
        var draft = state.Conversation.Draft;
        var next = FirstUnanswered(draft);
        var resumed = state with { Conversation = new Conversation(next, draft) };
        return next == Question.TimeZone && draft == Settings.Empty
            ? Turn.Say(resumed, Questions.Ask(Question.TimeZone, Welcome(state)))
            : Turn.Say(resumed, Ask(resumed.Conversation, "Let's pick up where we left off."));
    }

    public static Turn ShowSettings(ChatState state, Instant now)
    {
        if (state.Status == ChatStatus.Onboarding)
        {
            return Start(state, now);
        }
        return Turn.Say(state with { Conversation = Conversation.Idle },
            Questions.SettingsMenu("Your settings:\n\n" + SettingsSummary.Describe(state.Settings) + "\n\nWhat would you like to change?"));
    }

    public static Turn Cancel(ChatState state)
    {
        var conversation = state.Conversation;
        if (conversation.Asking == Question.None)
        {
            return Turn.Say(state, new Reply("There's no question open, so nothing to cancel. /help shows what I can do."));
        }
        if (state.Status == ChatStatus.Onboarding)
        {
            // Keep the answers given so far: /start picks up from the first open question.
            return Turn.Say(state with { Conversation = conversation with { Asking = Question.None, ChangingOne = false } },
                new Reply("No problem, I've stopped asking. Send /start whenever you want to finish setting up."));
        }
        return Turn.Say(state with { Conversation = Conversation.Idle },
            new Reply(conversation.Asking == Question.PauseLength ? "Okay, no pause." : "Okay, I kept your settings as they were."));
    }

    /// <summary>An answer button, a settings button or a summary button; null when the data is none of them.</summary>
    public static Turn? Press(ChatState state, ButtonInput button, Instant now, Logbook? logs = null)
    {
        var asking = state.Conversation.Asking;
        return CallbackData.TryDecode(button.Data) switch
        {
            ChangeSetting change => ChangeOne(state, button, change.Question),
            ConfirmSettings when asking == Question.Confirm => Finish(state, now, button),
            ChangeSomething when asking == Question.Confirm => Answered(state, button, Questions.SettingsMenu("What would you like to change?")),
            SettingsPick pick when asking == pick.Question => Answer(state, button, now, logs),
            SettingsPick or ConfirmSettings or ChangeSomething => Answered(state, button, toast: state.Status == ChatStatus.Onboarding
                ? "That button belongs to an earlier question."
                : "That question is closed. Use /settings to change your answers."),
            _ => null,
        };
    }

    /// <summary>Asks one settings question again, to change just that answer.</summary>
    public static Turn ChangeOne(ChatState state, ButtonInput button, Question question)
    {
        var draft = state.Status == ChatStatus.Onboarding ? state.Conversation.Draft : state.Settings;
        var conversation = new Conversation(question, draft, ChangingOne: true);
        return Answered(state with { Conversation = conversation }, button, Questions.Ask(question));
    }

    /// <summary>An answer to the open question, typed, tapped or shared as a location.</summary>
    public static Turn Answer(ChatState state, Input input, Instant now, Logbook? logs = null)
    {
        var conversation = state.Conversation;
        if (conversation.Asking == Question.Confirm)
        {
            return input is TextInput { Text: var text } && YesNoAnswer.Parse(text) == true
                ? Finish(state, now, null)
                : Turn.Say(state, Ask(conversation, "Tap ✅ if this is right, or ✏️ to change something."));
        }

        if (conversation.Asking == Question.TimeZone && input is TextInput { Text: var typed } && TimeZoneAnswer.IsBareGmt(typed))
        {
            return Turn.Say(state, Questions.GmtOrUtc());
        }
        var draft = Apply(conversation.Asking, conversation.Draft, input);
        if (draft is null)
        {
            return Reply(state, input, Questions.Reask(conversation.Asking));
        }

        if (conversation.ChangingOne && state.Status != ChatStatus.Onboarding)
        {
            var saved = state with { Settings = draft, Conversation = Conversation.Idle };
            return Reply(saved, input, new Reply("Saved ✅\n\n" + SettingsSummary.Describe(draft) + "\n\n" + PlanSchedule.Promise(saved, now, logs)));
        }
        var next = conversation.ChangingOne ? Question.Confirm : FirstUnanswered(draft);
        var moved = state with { Conversation = new Conversation(next, draft) };
        return Reply(moved, input, Ask(moved.Conversation, Acknowledge(conversation.Asking, draft)));
    }

    private static Settings? Apply(Question question, Settings draft, Input input)
    {
        var tapped = input is ButtonInput button ? CallbackData.TryDecode(button.Data) : null;
        var text = (input as TextInput)?.Text;
        switch (question)
        {
            case Question.TimeZone:
                // A tapped zone is read like a typed one, so both store the same id.
                var named = (tapped as PickTimeZone)?.Zone ?? text;
                var zone = input is LocationInput location
                    ? TimeZoneAnswer.Nearest(location.Latitude, location.Longitude)
                    : named is null ? null : TimeZoneAnswer.Parse(named);
                return zone is null ? null : draft with { TimeZone = zone.Id };
            case Question.ReminderTime:
                var time = (tapped as PickReminderTime)?.Time ?? (text is null ? null : TimeOfDayAnswer.Parse(text));
                return time is null ? null : draft with { ReminderTime = time };
            case Question.TrainingDays:
                if (((tapped as PickWeekly)?.Times ?? (text is null ? null : WeeklyTargetAnswer.Parse(text))) is { } times)
                {
                    // Plans come on a spread of days while the week needs them; the work may fall on any day.
                    return draft with { Days = TrainingDaysAnswer.ForCount(times), TimesPerWeek = times };
                }
                var days = (tapped as PickDays)?.Days ?? (text is null ? null : TrainingDaysAnswer.Parse(text));
                return days is { } d && d != TrainingDays.None ? draft with { Days = d, TimesPerWeek = null } : null;
            case Question.Band:
                var band = (tapped as PickBand)?.HasBand ?? (text is null ? null : YesNoAnswer.Parse(text));
                return band is null ? null : draft with { HasBand = band };
            default:
                return null;
        }
    }

    private static Turn Finish(ChatState state, Instant now, ButtonInput? button)
    {
        var settings = state.Conversation.Draft;
        var finished = state with
        {
            Status = ChatStatus.Active,
            Settings = settings,
            Level = ProgramLadder.StartLevel(settings.HasBand == true),
            Conversation = Conversation.Idle,
            // Days count from today; one that gets no plan (the reminder already passed) stays neutral.
            Habit = state.Habit with { LastClosedDate = state.Habit.LastClosedDate ?? LocalDay.Of(state with { Settings = settings }, now)?.Today.PlusDays(-1) },
            JoinedOn = state.JoinedOn ?? LocalDay.Of(state with { Settings = settings }, now)?.Today,
        };
        var reply = new Reply(
            "You're all set! 🎉\n\n" + PlanSchedule.Promise(finished, now) +
            "\n\nWhen you've done your exercises, just tell me (\"done\", \"3x20\", \"clams 2x15\") or tap a button. /help lists everything.");
        return button is null ? Turn.Say(finished, reply) : Answered(finished, button, reply);
    }

    private static string Acknowledge(Question answered, Settings draft) => answered switch
    {
        Question.TimeZone => $"Got it: {SettingsSummary.DescribeZone(draft.TimeZone!)}.",
        Question.ReminderTime => $"Great, {SettingsSummary.Clock(draft.ReminderTime!.Value)} it is.",
        Question.TrainingDays => $"{char.ToUpperInvariant(draft.Schedule!.Describe()[0])}{draft.Schedule!.Describe()[1..]}. 👍",
        _ => "Thanks!",
    };

    private static Reply Ask(Conversation conversation, string? preface)
    {
        if (conversation.Asking != Question.Confirm)
        {
            return Questions.Ask(conversation.Asking, preface);
        }
        var confirm = Questions.Confirm(conversation.Draft);
        return preface is null ? confirm : confirm with { Text = preface + "\n\n" + confirm.Text };
    }

    private static Question FirstUnanswered(Settings draft) => draft switch
    {
        { TimeZone: null } => Question.TimeZone,
        { ReminderTime: null } => Question.ReminderTime,
        { Days: null } => Question.TrainingDays,
        { HasBand: null } => Question.Band,
        _ => Question.Confirm,
    };

    private static string Welcome(ChatState state) =>
        $"Hi{Greeting(state)}! I'm HipBot. 🏃\n\n" +
        "Runners' hips take a beating, and the small muscles that keep them steady (glute med and piriformis) are easy to forget. " +
        "Most of us only do the exercises after something starts to hurt, then stop the moment it feels better, and start over after the next injury.\n\n" +
        "I'll send you three short exercises on your training days, at a time that suits you, and keep count with you so the habit sticks. " +
        "Four quick questions and we're ready.";

    private static string Greeting(ChatState state) => string.IsNullOrWhiteSpace(state.FirstName) ? "" : ", " + state.FirstName;

    private static Turn Reply(ChatState state, Input input, Reply reply) =>
        input is ButtonInput button ? Answered(state, button, reply) : Turn.Say(state, reply);

    private static Turn Answered(ChatState state, ButtonInput button, Reply? reply = null, string? toast = null)
    {
        var answer = new AnswerButton(state.ChatId, button.CallbackQueryId, toast);
        return new Turn(state, reply is null ? [answer] : [answer, new SendMessage(state.ChatId, reply)]);
    }
}
