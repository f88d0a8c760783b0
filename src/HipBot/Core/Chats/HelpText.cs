using HipBot.Core.Messages;


namespace HipBot.Core.Chats;

public static class HelpText
{
    public static readonly Reply Full = new(
        "Here's what I understand:\n\n" +
        "/start – set up, or see your settings and next plan\n" +
        "/settings – change time zone, reminder time, days or band\n" +
        "/stats – streaks, adherence, reps and a five-week calendar\n" +
        "/history – the last two weeks, day by day\n" +
        "/undo – take back your last check-in\n" +
        "/pause – take a break (\"/pause 7 days\", \"/pause until 3 Dec\"); /resume ends it\n" +
        "/stop – no messages at all until you /start again\n" +
        "/cancel – leave the question I asked\n" +
        "/export – your whole record as spreadsheet files\n" +
        "/privacy – what I keep about you, and for how long\n" +
        "/deleteme – delete everything I keep about you\n" +
        "/help – this message\n\n" +
        "On training days I send your three hip exercises at your reminder time. Tell me how it went in your own words: " +
        "\"done\", \"3x20\", \"clams 2x15\", \"all but the squats\", \"skip\" or \"done yesterday\", or tap a button under the plan.\n\n" +
        "Running club? Add me to your group (my profile, then Add to Group) and an admin sends /challenge there: " +
        "one quiet post a day and a fair board, everyone on their own plan.");

    public static readonly Reply NotUnderstood = new(
        "I didn't get that one. Tell me about your exercises (\"done\", \"3x20\", \"skip\") or see /help.");

    public static readonly Reply Forwarded = new(
        "That's a forwarded message, so I haven't logged it: I only count what you type yourself. " +
        "Tell me in your own words (\"done\", \"3x20\", \"skip\").");

    public static Reply UnknownCommand(string name) =>
        new($"I don't know /{Trim(name)}. /help lists what I can do.");

    // A command name is user text: keep the echo short so a 10,000-character command can't bounce back.
    private static string Trim(string name) => name.Length <= 32 ? name : name[..32] + "…";
}
