using System.Globalization;
using HipBot.Core.Buttons;
using HipBot.Core.Care;
using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.Plans;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.CheckIns;

/// <summary>
/// A runner telling HipBot what they did, in words or with the plan's buttons. Both end in the same
/// records; the plan message is edited to show them, and the answer says what was logged and what is left.
/// </summary>
public static class CheckInTurns
{
    /// <summary>Telegram shows at most 200 characters in a button's toast.</summary>
    private const int ToastLimit = 200;

    public static Turn Text(ChatState state, string text, ChatContext context)
    {
        if (context.Day is not { } day)
        {
            return Turn.Say(state, HelpText.NotUnderstood);
        }
        var parsed = CheckInParser.Parse(text);
        if (IsBareYesOrNo(text) && parsed is ParsedCheckIn.AllDone or ParsedCheckIn.Skip)
        {
            // "yes" or "no" may answer one of the bot's own questions: too thin to log a whole day on.
            return Turn.Say(state, Reply.WithButtons(
                "Is that about today's exercises? Tap to log them, or tell me what you did (\"3x20\", \"clams done\").",
                [CallbackData.Button("✅ All done", new PlanPress(PlanAction.Done, day.Today)), CallbackData.Button("⏭ Resting today", new PlanPress(PlanAction.Skip, day.Today))]));
        }
        return parsed switch
        {
            ParsedCheckIn.Unrelated => Turn.Say(state, HelpText.NotUnderstood),
            ParsedCheckIn.Care care => CareReplies.Answer(state, care.Topic),
            ParsedCheckIn.Chat chat => SmallTalk.Answer(state, chat.Topic, context),
            ParsedCheckIn.Later => Snooze(state, context.Now, day, button: null),
            ParsedCheckIn.Ambiguous ambiguous => Turn.Say(state, CheckInQuestion.For(ambiguous, ambiguous.Day.From(day.Today))),
            _ when parsed.Day.DaysBefore(day.Today) > DayOffset.MaxDaysBack =>
                Turn.Say(state, CheckInQuestion.For(new ParsedCheckIn.Ambiguous(AmbiguityReason.When, []), day.Today)),
            // "done" after the 5-minute version is the 5-minute version.
            ParsedCheckIn.AllDone when state.MiniOn == day.Today && parsed.Day.From(day.Today) == day.Today => WithCare(RecordMini(state, day.Today, context, button: null), parsed),
            _ => WithCare(Record(state, parsed, parsed.Day.From(day.Today), day.Today, context, button: null), parsed),
        };
    }

    /// <summary>Pain beside logged work: the work counts, and the answer says a word about the pain.</summary>
    private static Turn WithCare(Turn turn, ParsedCheckIn parsed) =>
        parsed.Concern is CareTopic.Pain
            ? turn with { Out = [.. turn.Out, new SendMessage(turn.State.ChatId, new Reply(CareReplies.PainBesideWork))] }
            : turn;

    private static bool IsBareYesOrNo(string text) =>
        text.Trim().TrimEnd('!', '.').ToUpperInvariant() is "YES" or "Y" or "YEP" or "YEAH" or "YUP" or "SURE" or "OK" or "OKAY" or "NO" or "N" or "NOPE" or "NAH";

    /// <summary>A plan button (✅ ✏️ ⏭ ⏰); null when the data is not a plan button.</summary>
    public static Turn? Press(ChatState state, ButtonInput button, ChatContext context)
    {
        if (CallbackData.TryDecode(button.Data) is not PlanPress press)
        {
            return null;
        }
        if (context.Day is not { } day || state.Status == ChatStatus.Onboarding)
        {
            return Toast(state, button, "Let's finish setting up first: send /start.");
        }
        // The date comes from the client: accept only days a plan button can honestly be about.
        if (press.Date > day.Today || press.Date < day.Today.PlusDays(-1))
        {
            return Toast(state, button, "That plan is from an earlier day. Tell me in words if you want to log it, like “done yesterday”.");
        }
        return press.Action switch
        {
            PlanAction.Done => Record(state, new ParsedCheckIn.AllDone(), press.Date, day.Today, context, button),
            PlanAction.Skip => Record(state, new ParsedCheckIn.Skip(), press.Date, day.Today, context, button),
            PlanAction.Snooze when press.Date == day.Today => Snooze(state, context.Now, day, button),
            PlanAction.Snooze => Toast(state, button, "That plan's day is over; no reminder needed."),
            _ => new Turn(state,
            [
                new AnswerButton(state.ChatId, button.CallbackQueryId),
                new SendMessage(state.ChatId, new Reply(
                    "Tell me what you did, like “3x20”, “clams 2x15, squats done” or “all but the squats”." +
                    (press.Date == day.Today ? "" : " Start with “yesterday” so it lands on the right day."))),
            ]),
        };
    }

    /// <summary>The 5-minute version done: one set per side of each exercise, which counts as a partial session.</summary>
    public static Turn RecordMini(ChatState state, LocalDate date, ChatContext context, ButtonInput? button)
    {
        var plan = ProgramLadder.Prescribe(state.Level);
        var mini = new ParsedCheckIn.Logged([.. plan.Items.Select(p => CheckInEntry.Counted(p.Exercise, 1, p.RepsPerSide))]);
        var today = context.Day!.Today;
        return Record(state with { MiniOn = null }, mini, date, today, context, button, isMini: true);
    }

    private static Turn Record(ChatState state, ParsedCheckIn parsed, LocalDate date, LocalDate today, ChatContext context, ButtonInput? button, bool isMini = false)
    {
        var plan = ProgramLadder.Prescribe(state.Level);
        var worked = parsed is not ParsedCheckIn.Skip;
        var filed = worked ? MovedSessions.CountsFor(state, context, date) : date;
        var before = context.Logs.For(filed);
        var recorded = CheckInRecorder.Record(parsed, plan, before);
        var summary = isMini && recorded.Added.Count > 0 && !recorded.Day.IsComplete
            // What the offer promised, in its words: it counts. The rest of the plan is there, not owed.
            ? $"Logged the 5-minute version: {CheckInSummary.Join(CheckInSummary.LoggedParts(recorded.Added))}. It counts as a partial session, so your streak goes on."
            : CheckInSummary.Render(recorded, plan, today);
        if (filed != date)
        {
            summary = $"{Capitalised(DayName(date, today))} is a rest day, so this counts for your session of {PlanText.FormatDay(filed)}.\n{summary}";
        }
        else if (worked && !before.IsComplete && recorded.Added.Count > 0 && state.Settings.Schedule is FixedDays { Days: var days } && !days.Includes(date))
        {
            // Nothing is owed on a rest day, so no "left today" either: only what was logged.
            var logged = summary.Split('\n').Where(line => !line.StartsWith("Left ", StringComparison.Ordinal));
            summary = $"{Capitalised(DayName(date, today))} is a rest day, so this is an extra session: a bonus that never counts against you.\n{string.Join('\n', logged)}";
        }
        if (recorded.Added.Count > 0 && state.Settings.Schedule is WeeklyTarget weekly)
        {
            var days = new Dictionary<LocalDate, DayLog>();
            for (var day = TrainingSchedule.WeekOf(date); day < TrainingSchedule.WeekOf(date).PlusDays(7); day = day.PlusDays(1))
            {
                days[day] = day == date ? recorded.Day : context.Logs.For(day);
            }
            var sessions = WeeklyTarget.SessionsInWeek(new Logbook(days), date, TrainingSchedule.WeekOf(date).PlusDays(6));
            summary += sessions == weekly.Times ? $"\nThat's {sessions} of {weekly.Times} this week: the week's done. 🎉"
                : sessions > weekly.Times ? $"\nThat's {sessions} sessions this week, past your {weekly.Times}. 💪"
                : $"\nThis week: {sessions} of {weekly.Times} sessions.";
        }
        date = filed;
        var saves = recorded.Added.Count > 0 || recorded.SkipMarked;

        var messages = new List<Outgoing>
        {
            button is null
                ? new SendMessage(state.ChatId, new Reply(summary))
                : new AnswerButton(state.ChatId, button.CallbackQueryId, Shorten(summary)),
        };
        if (saves)
        {
            messages.Add(PlanEdit(state, plan, recorded.Day));
        }
        var next = state;
        var effects = new List<Effect>();
        if (saves)
        {
            effects.Add(new SaveCheckIn(date, recorded.Added, recorded.SkipMarked, SourceOf(state, date, button)));
            if (DayClosing.Backfill(state, recorded.Day, context) is { } backfill)
            {
                next = next with { Habit = backfill.Habit };
                effects.Add(backfill.Outcome);
            }
        }
        // The sessions read the level-up rule's weeks, so only when an offer may come at all.
        if (recorded.Day.IsComplete && !before.IsComplete && ProgressionPolicy.MayOffer(state.Level, today, state.LevelOfferedOn)
            && LevelOffers.Offer(state, LevelOffers.Sessions(state, context, today, recorded.Day), today) is { } offer)
        {
            next = offer.State with { Habit = next.Habit };
            messages.AddRange(offer.Out);
        }
        return new Turn(next, messages) { Effects = effects };
    }

    private static string DayName(LocalDate date, LocalDate today) =>
        date == today ? "today" : date == today.PlusDays(-1) ? "yesterday" : PlanText.FormatDay(date);

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A day that had closed is corrected whichever way the check-in came; otherwise, what the user used.</summary>
    private static CheckInSource SourceOf(ChatState state, LocalDate date, ButtonInput? button) =>
        state.Habit.LastClosedDate is { } closed && date <= closed ? CheckInSource.Backfill
        : button is null ? CheckInSource.Text
        : CheckInSource.Button;

    private static Turn Snooze(ChatState state, Instant now, LocalDay day, ButtonInput? button)
    {
        if (state.LastPlanDate != day.Today)
        {
            const string noPlan = "There's no plan out today to bring back. Tell me whenever you've done something.";
            return button is null ? Turn.Say(state, new Reply(noPlan)) : Toast(state, button, noPlan);
        }
        var at = now + DailyPlanner.SnoozeFor;
        var time = at.InZone(day.Zone).TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
        var text = $"⏰ Okay, I'll bring it up again at {time}.";
        if (at.InZone(day.Zone).Date != day.Today)
        {
            return button is null
                ? Turn.Say(state, new Reply("It's late for another reminder today. Tell me when you've done it, or tap ⏭ to rest."))
                : Toast(state, button, "It's late for another reminder today.");
        }
        var snoozed = state with { SnoozedUntil = at };
        return button is null ? Turn.Say(snoozed, new Reply(text)) : Toast(snoozed, button, text);
    }

    /// <summary>The day's plan message, rewritten to show what is logged; buttons stay while work is left.</summary>
    internal static EditMessage PlanEdit(ChatState state, DayPlan plan, DayLog day)
    {
        var open = !day.IsComplete && !day.Skipped;
        var reply = new Reply(PlanText.RenderWithProgress(plan, day.Date, day), open ? PlanText.PlanButtons(day.Date) : null);
        return new EditMessage(state.ChatId, reply, TargetKey: DailyPlanner.PlanKey(day.Date));
    }

    private static Turn Toast(ChatState state, ButtonInput button, string text) =>
        new(state, [new AnswerButton(state.ChatId, button.CallbackQueryId, Shorten(text))]);

    private static string Shorten(string text) => text.Length <= ToastLimit ? text : text[..(ToastLimit - 1)] + "…";
}
