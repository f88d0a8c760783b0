using HipBot.Core.Messages;

namespace HipBot.Core.Privacy;

/// <summary>
/// What HipBot tells users about their data. <see cref="Page"/> is /privacy, and the README carries the same text word
/// for word (a test compares them), so the promise in the chat and the one in the repository cannot drift apart.
/// It is plain text that reads as Markdown too: paragraphs, and lists with "- ".
/// </summary>
public static class PrivacyText
{
    public static readonly string Page =
        $"""
        🔒 Your data in HipBot

        What HipBot keeps about you:
        - your Telegram chat id and first name;
        - your answers to the setup questions (time zone, reminder time, training days, band) and your level;
        - every check-in: the day, the exercise, sets, reps, side, when you logged it and how (typed, a button, or a late correction);
        - how each training day ended (done, partial, skipped, paused, missed), your streaks and your breaks;
        - the days HipBot sent you a plan, and at which level;
        - the challenge groups you joined through HipBot, and when you joined or left.

        How long:
        - Your settings, check-ins and day outcomes stay until you delete them with /deleteme. Nothing about your training expires on its own, so your streaks and history stay whole.
        - The updates Telegram delivers (your messages and taps, as received) and the messages HipBot sends you are deleted {Retention.TransportDays} days after they were handled or sent. An update HipBot failed to handle several times is kept until the operator has looked at it.

        Who can see it:
        - This chat is between you and HipBot: your check-ins, stats and charts are never shown to anyone else.
        - Whoever runs this HipBot server can read its database. HipBot's log records events such as a message that could not be delivered, by chat number; it does not record what you write.
        - In a challenge group, your check-ins count as your own, here. The group's daily post shows first names or counts, never your level or reps. What you send HipBot in the group (a /done, a tap) is kept under the group for the same {Retention.TransportDays} days, and /deleteme cannot find it there; it does take you off the group's roster.
        - Telegram carries every message, under Telegram's own privacy policy.

        Your choices:
        - /export sends your whole record as two CSV files (check-ins and day outcomes) that any spreadsheet opens.
        - /deleteme deletes everything HipBot keeps about you, at once, after one confirmation. Writing to HipBot afterwards starts from scratch.
        """;

    public const string DeleteQuestion =
        "🗑 Delete everything HipBot keeps about you?\n\n" +
        "This deletes, at once and for good:\n" +
        "- your settings (time zone, reminder time, training days, band) and your level;\n" +
        "- every check-in and how every training day ended, your streaks and your breaks;\n" +
        "- the record of plans sent, your place in challenge groups, messages still waiting to go out, and the messages and updates HipBot keeps for a few days.\n\n" +
        "Nothing can bring it back. If you want a copy first, tap Keep and send /export.";

    public const string DeleteButton = "🗑 Delete everything";

    public const string KeepButton = "Keep my data";

    public const string Deleting = "🗑 Deleting everything HipBot kept about you.";

    public const string Kept = "Nothing was deleted: your data stays as it was.";

    public static readonly Reply Goodbye = new(
        "Done: everything HipBot kept about you is deleted. Thank you for training with me, and look after those hips! " +
        "If you ever want to start again, send /start.");
}
