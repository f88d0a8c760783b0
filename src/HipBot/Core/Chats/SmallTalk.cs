using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.Training;

namespace HipBot.Core.Chats;

/// <summary>Short friendly answers to thanks, greetings, small talk and "what do I do today?": never the "I didn't get that" hint.</summary>
public static class SmallTalk
{
    public static Turn Answer(ChatState state, ChatTopic topic, ChatContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        return Turn.Say(state, topic switch
        {
            ChatTopic.Thanks => new Reply("Any time! 💪 Your hips will thank you too."),
            ChatTopic.Greeting => new Reply($"Hi{Name(state)}! 👋 {Nudge(state, context)}"),
            ChatTopic.SmallTalk => new Reply($"🙂 {Nudge(state, context)}"),
            ChatTopic.Today => Today(state, context),
            _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, "Not a chat topic."),
        });
    }

    private static string Name(ChatState state) =>
        string.IsNullOrWhiteSpace(state.FirstName) || state.FirstName.Length > 40 ? "" : " " + state.FirstName.Trim();

    /// <summary>What is useful to say next: today's open work, or how to check in.</summary>
    private static string Nudge(ChatState state, ChatContext context)
    {
        if (context.Day is { } day && state.Status == ChatStatus.Active && state.LastPlanDate == day.Today)
        {
            var left = context.Logs.For(day.Today).Remaining(ProgramLadder.Prescribe(state.Level));
            return left.Count == 0 || context.Logs.For(day.Today).Skipped
                ? "Today's hip work is all logged. Enjoy the rest of your day."
                : "Today's exercises are waiting; tell me when they're done (\"done\", \"3x20\").";
        }
        return "I'm here whenever you want to log your hip work (\"done\", \"3x20\", \"skip\").";
    }

    /// <summary>Today's prescription at the user's level, with what is logged so far; on a rest day, what's next.</summary>
    private static Reply Today(ChatState state, ChatContext context)
    {
        if (context.Day is not { } day)
        {
            return new Reply("Let's get you set up first: send /start.");
        }
        var plan = ProgramLadder.Prescribe(state.Level);
        var log = context.Logs.For(day.Today);
        var trainingDay = state.Settings.Days is { } days && days.Includes(day.Today);
        var opening = state.Status switch
        {
            ChatStatus.Paused or ChatStatus.Stopped => "You're on a break, so nothing is due. This is your plan when you're back:",
            _ when !trainingDay => "Today is a rest day. Fancy it anyway? This is your plan:",
            _ => "Today's plan:",
        };
        var text = log.Entries.Count > 0
            ? PlanText.RenderWithProgress(plan, day.Today, log, opening)
            : PlanText.Render(plan, day.Today, opening);
        return new Reply(text);
    }
}
