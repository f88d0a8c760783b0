using System.Globalization;
using System.Text;
using HipBot.Core.Buttons;
using HipBot.Core.Messages;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Core.Groups;

/// <summary>
/// The daily post and the Monday recap. What they can show is only what the board holds: names of members at 50 % or
/// more (when the group shows names), counts, and the club's sessions. Nothing here can name a miss, a skip, a pause
/// or its reason, an injury, a zone, a level or reps: the board never receives them.
/// </summary>
public static class BoardText
{
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Create("ddd d MMM", CultureInfo.InvariantCulture);

    public static string PostKey(LocalDate date) => "gpost:" + Chats.IsoDate.Format(date);

    public static string RecapKey(LocalDate date) => "grecap:" + Chats.IsoDate.Format(date);

    /// <summary>A tier lists this many names at most, then how many more: a big club's post stays within Telegram's 4,096 characters.</summary>
    public const int MaxNamesPerTier = 40;

    public static IReadOnlyList<Button> PostButtons { get; } =
        [CallbackData.Button("✅ Done today", new DoneToday()), CallbackData.Button("➕ Join", new JoinChallenge())];

    /// <summary>Today's post, with the board as it stands.</summary>
    public static string Post(Challenge challenge, LocalDate date, Board board) =>
        Header(challenge, date, final: false) + "\n" +
        "Today: clamshells, side leg raises and traveling side squats, each on your own plan. " +
        "Tap ✅ Done today when yours are done, or reply to this post with how it went.\n\n" +
        Standings(challenge, board, "This week so far");

    /// <summary>Yesterday's post once its day is over: the same board, final, without buttons.</summary>
    public static string Final(Challenge challenge, LocalDate date, Board board) =>
        Header(challenge, date, final: true) + "\n" + Standings(challenge, board, "The week up to this day");

    /// <summary>Monday's recap of the week that ended.</summary>
    public static string Recap(Challenge challenge, Board board) =>
        $"📌 {challenge.Name}: the week of {DayPattern.Format(board.WeekStart)}\n\n" + Standings(challenge, board, "How the week ended") +
        "\nA new week starts today: everyone starts fresh.";

    /// <summary>The last word when the challenge has run its course.</summary>
    public static string Closing(Challenge challenge, int sessions) =>
        $"🎉 {challenge.Name} is over: {Sessions(sessions)} logged by the club over {challenge.Weeks} weeks. " +
        "Thank you all! Your own plans carry on in your private chats with me.";

    public static string Standings(Challenge challenge, Board board, string title)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentNullException.ThrowIfNull(board);
        var text = new StringBuilder(title).Append(":\n");
        var any = false;
        foreach (var (tier, label) in new[] { (BoardTier.FullWeek, "💯 Full week"), (BoardTier.ThreeQuarters, "🔥 75 %+"), (BoardTier.Half, "👍 50 %+") })
        {
            var names = board.Tiers[tier];
            if (names.Count == 0)
            {
                continue;
            }
            any = true;
            text.Append(label).Append(": ")
                .Append(challenge.Visibility == BoardVisibility.Names ? Names(names) : Members(names.Count)).Append('\n');
        }
        if (board.OnTheirWay > 0)
        {
            text.Append(any ? $"🌱 {board.OnTheirWay} more on their way\n" : $"🌱 {Members(board.OnTheirWay)} on their way\n");
        }
        else if (!any)
        {
            text.Append("🌱 Nobody has joined yet. Tap ➕ Join to be the first.\n");
        }
        return text.Append('\n').Append("The club has done ").Append(Sessions(board.ClubSessions)).Append(" this week.").ToString();
    }

    private static string Header(Challenge challenge, LocalDate date, bool final) =>
        $"🏃 {challenge.Name} · day {challenge.DayNumber(date)} of {challenge.TotalDays} · {DayPattern.Format(date)}{(final ? " (final)" : "")}\n";

    private static string Names(IReadOnlyList<string> names) =>
        names.Count <= MaxNamesPerTier
            ? string.Join(", ", names)
            : string.Join(", ", names.Take(MaxNamesPerTier)) + $" and {names.Count - MaxNamesPerTier} more";

    private static string Members(int count) => count == 1 ? "1 member" : $"{count} members";

    private static string Sessions(int count) => count == 1 ? "1 session" : $"{count} sessions";
}
