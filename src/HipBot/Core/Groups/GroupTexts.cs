using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Core.Groups;

/// <summary>What HipBot says in and about groups. Group texts name commands as /cmd@BotName, as Telegram shows them there.</summary>
public static class GroupTexts
{
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Create("ddd d MMM", CultureInfo.InvariantCulture);

    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static string Day(LocalDate date) => DayPattern.Format(date);

    public static string Time(LocalTime time) => Clock.Format(time);

    public static string Card(string title) =>
        $"👋 Hi {title}! I'm HipBot. I can run a hip challenge here: three short exercises a day, everyone at their own level, " +
        "one quiet post a day with a fair board (nobody is ever listed for missing a day). An admin can set one up below.";

    public const string SetupButton = "🛠 Set up a challenge";

    public const string SetupInPrivate = "Setting up happens in our private chat. Tap below to continue there (the link works once, for 30 minutes).";

    public const string AnonymousAdmin =
        "You're writing as the group, so I can't tell which admin you are. Tap below and continue in a private chat with me.";

    public const string OnlyAdmins = "Only the group's admins can do that.";

    public const string OnlyAdminsToast = "Only the group's admins can do that. Nothing changed.";

    public const string NoChallenge = "There's no challenge running here right now.";

    public const string LinkUsed = "That setup link was used already. Ask for a new one in the group with /challenge.";

    public const string LinkExpired = "That setup link has expired. Ask for a new one in the group with /challenge.";

    public const string LinkNotYours = "That setup link was made for another admin. Ask for your own in the group with /challenge.";

    public const string LinkUnknown = "I don't know that link. Ask for a new one in the group with /challenge.";

    public const string SetUpFirst = "Let's set you up first: tap to open a private chat with me (four quick questions), then check in here.";

    public const string SetUpFirstToast = "Let's set you up first: I'll open our private chat.";

    public const string FinishQuestionFirst = "Answer my question in our private chat first, then check in.";

    public static string Joined(string name) => $"Welcome aboard, {name}! Tap ✅ Done today after your exercises.";

    public const string AlreadyOnBoard = "You're on the board already.";

    public static string Help(string bot) =>
        $"In this group: /done@{bot} (or reply to my post, e.g. \"3x20 done\") logs today, /join@{bot} puts you on the board, " +
        $"/leave@{bot} takes you off it. Admins: /challenge@{bot} sets one up, /roster@{bot} sends you the member list in private. " +
        $"To run one in another group: {SetupLink.AddToGroupUrl(bot)}";

    public static string Announcement(Challenge challenge) =>
        $"🏁 {challenge.Name} starts {Day(challenge.StartsOn)}: {challenge.Weeks} weeks of clamshells, side leg raises and traveling side squats, " +
        $"each on your own plan. I'll post here every day at {Time(challenge.PostTime)}. Tap ➕ Join on a post to take part.";

    public static string Started(Challenge challenge) =>
        $"✅ {challenge.Name} is set: it starts {Day(challenge.StartsOn)} and runs to {Day(challenge.EndsOn)}. I've told the group.";

    public static string Suspended(string title) =>
        $"I was removed from {title}, so its challenge is on hold. Add me back and it carries on where it was.";

    public static string Resumed(string title) => $"I'm back in {title}: the challenge carries on.";

    public static string TopicGone(string title) =>
        $"The topic of {title}'s challenge is closed or gone, so I'll post in the group's General topic from now on.";

    public static string RemovedByAdmin(string title) =>
        $"An admin of {title} took you off its board. Your own plan and streak carry on here as before.";

    public static string Corrected(string title, LocalDate date) =>
        $"An admin of {title} marked {Day(date)} as done for you. If that's not right, /undo takes it back.";

    public static string Paused(LocalDate until) => $"⏸ The challenge takes a week off. Daily posts are back on {Day(until)}.";

    public const string Ended = "The challenge has ended. Thanks, everyone!";

    public static string NoGroups(string bot) =>
        $"You don't run a challenge in any group I know yet. Add me to your group and send /challenge@{bot} there.";

    public static string NoLongerAdmin(string title) => $"You're not an admin of {title} any more, so its roster is not yours to see.";

    public const string UnknownGroupButton = "That button doesn't do anything any more.";

    public static string UnknownCommand(string bot) => $"I don't know that one. /help@{bot} lists what I do here.";
}
