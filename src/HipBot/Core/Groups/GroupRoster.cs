using System.Globalization;
using System.Text;
using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.Streaks;
using HipBot.Core.Training;

namespace HipBot.Core.Groups;

/// <summary>
/// /roster, for admins only and only in private: each member's join date, whether they finished setting up, this week's
/// share and last check-in, and the actions: remove a member, correct a day (the member is told), pause the group for a
/// week, end the challenge. Every press is authorized again: the roster's buttons can be forged like any other.
/// </summary>
public static class GroupRoster
{
    /// <summary>Telegram shows at most 100 buttons; members past this many are listed without one.</summary>
    private const int MaxMemberButtons = 90;

    public static string RosterKey(long groupId) => "groster:" + groupId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The roster as a new message in the admin's private chat.</summary>
    public static GroupTurn Send(GroupState group, long adminUserId, GroupContext context) =>
        GroupTurn.Say(null, new SendMessage(adminUserId, View(group, context), RosterKey(group.GroupId)));

    /// <summary>/roster in a private chat, for one group the user set a challenge up in; they must still be its admin.</summary>
    public static GroupTurn Request(GroupState? group, PersonActor actor, GroupContext context) =>
        group is null ? GroupTurn.Say(null, new SendMessage(actor.UserId, new Reply(GroupTexts.NoGroups(context.BotUsername))))
        : !GroupAuthorization.IsAdmin(actor.Role) ? GroupTurn.Say(null, new SendMessage(actor.UserId, new Reply(GroupTexts.NoLongerAdmin(group.Title))))
        : Send(group, actor.UserId, context);

    public static GroupTurn Press(GroupState group, PrivateGroupPress press, GroupContext context)
    {
        var admin = press.Actor.UserId;
        var query = press.CallbackQueryId;
        return press.Press switch
        {
            RosterView => Show(group, admin, query, View(group, context)),
            RosterMember m => context.Members.FirstOrDefault(r => r.Member.UserId == m.UserId && r.Member.OnBoard) is { } record
                ? Show(group, admin, query, MemberCard(group, record, context))
                : Toast(admin, query, "They're not on the board any more."),
            RosterRemove r => Remove(group, r.UserId, admin, query, context),
            RosterCorrect c => Correct(group, c, admin, query, context),
            PauseGroupWeek => Pause(group, admin, query, context),
            EndChallenge { Confirmed: false } => Show(group, admin, query, Reply.WithButtons(
                $"End {group.Challenge?.Name ?? group.Title} for everyone? The daily posts stop; everyone's own plans carry on.",
                [CallbackData.Button("Yes, end it", new EndChallenge(group.GroupId, true)), CallbackData.Button("No", new RosterView(group.GroupId))])),
            EndChallenge { Confirmed: true } => End(group, admin, query, context),
            _ => Toast(admin, query, GroupTexts.UnknownGroupButton),
        };
    }

    private static Reply View(GroupState group, GroupContext context)
    {
        var text = new StringBuilder($"👥 {group.Title}");
        if (group.Challenge is not { } challenge || !group.IsRunning)
        {
            text.Append(": no challenge running.");
            return new Reply(text.ToString());
        }
        var board = context.BoardFor(challenge, context.Now);
        var members = context.Members.Where(m => m.Member.OnBoard).OrderBy(m => m.Member.FirstName, StringComparer.OrdinalIgnoreCase).ToList();
        text.Append(CultureInfo.InvariantCulture, $" · {challenge.Name}, day {challenge.DayNumber(context.Now.InZone(challenge.Zone).Date)} of {challenge.TotalDays}\n");
        text.Append(CultureInfo.InvariantCulture, $"{members.Count} on the board, {board.ClubSessions} sessions this week.\n\n");
        foreach (var record in members)
        {
            text.Append("• ").Append(Line(record, board, context)).Append('\n');
        }
        var rows = members.Take(MaxMemberButtons)
            .Select(m => CallbackData.Button(m.Member.FirstName + " ›", new RosterMember(group.GroupId, m.Member.UserId)))
            .Chunk(3)
            .Select(row => (IReadOnlyList<Button>)row)
            .ToList();
        rows.Add(
        [
            CallbackData.Button("⏸ Pause a week", new PauseGroupWeek(group.GroupId)),
            CallbackData.Button("🛑 End challenge", new EndChallenge(group.GroupId, false)),
        ]);
        return new Reply(text.ToString().TrimEnd(), rows);
    }

    private static string Line(MemberRecord record, Board board, GroupContext context)
    {
        var standing = board.Standings.FirstOrDefault(s => s.UserId == record.Member.UserId);
        var joined = record.State is { } state && LocalDay.Of(state, record.Member.JoinedAt) is { } day ? day.Today : record.Member.JoinedAt.InUtc().Date;
        var line = new StringBuilder(record.Member.FirstName).Append(": joined ").Append(GroupTexts.Day(joined));
        if (standing is null || !standing.SetUp)
        {
            return line.Append(", setup not finished").ToString();
        }
        line.Append(CultureInfo.InvariantCulture, $", {standing.Done}/{standing.Planned} this week");
        if (standing.Adherence is { } share)
        {
            line.Append(CultureInfo.InvariantCulture, $" ({Math.Round(share * 100):0} %)");
        }
        return line.Append(standing.LastCheckIn is { } last ? ", last check-in " + GroupTexts.Day(last) : ", no check-in this week").ToString();
    }

    private static Reply MemberCard(GroupState group, MemberRecord record, GroupContext context)
    {
        var rows = new List<IReadOnlyList<Button>> { new[] { CallbackData.Button("Remove from the board", new RosterRemove(group.GroupId, record.Member.UserId)) } };
        if (record.State is { } state && LocalDay.Of(state, context.Now) is { } day && state.Settings.IsComplete)
        {
            rows.Add(
            [
                CallbackData.Button("Mark yesterday done", new RosterCorrect(group.GroupId, record.Member.UserId, day.Today.PlusDays(-1))),
                CallbackData.Button("Mark today done", new RosterCorrect(group.GroupId, record.Member.UserId, day.Today)),
            ]);
        }
        rows.Add([CallbackData.Button("‹ Roster", new RosterView(group.GroupId))]);
        var board = context.BoardFor(group.Challenge!, context.Now);
        return new Reply(Line(record, board, context), rows);
    }

    private static GroupTurn Remove(GroupState group, long userId, long admin, string query, GroupContext context)
    {
        if (context.MemberOf(userId) is not { OnBoard: true } member)
        {
            return Toast(admin, query, "They're not on the board any more.");
        }
        var left = context with { Members = [.. context.Members.Where(m => m.Member.UserId != userId)] };
        return new GroupTurn(group with { RefreshAt = PostSchedule.RefreshAt(group, context.Now) },
        [
            new AnswerButton(admin, query, $"{member.FirstName} is off the board."),
            new EditMessage(admin, View(group, left), TargetKey: RosterKey(group.GroupId)),
            new SendMessage(userId, new Reply(GroupTexts.RemovedByAdmin(group.Title))),
        ])
        {
            Effects = [new LeaveBoard(userId, context.Now)],
        };
    }

    /// <summary>
    /// Logs the member's own full prescription for a day the admin names (today or yesterday on the member's clock, so
    /// forged data cannot rewrite history), as a correction of a closed day would be, and tells the member.
    /// </summary>
    private static GroupTurn Correct(GroupState group, RosterCorrect correct, long admin, string query, GroupContext context)
    {
        var record = context.Members.FirstOrDefault(m => m.Member.UserId == correct.UserId && m.Member.OnBoard);
        if (record is not { State: { } state } || context.Member is not (_, var memberContext) || memberContext.For(state).Day is not { } day
            || !state.Settings.IsComplete)
        {
            return Toast(admin, query, "I can't correct a day for them.");
        }
        if (correct.Date > day.Today || correct.Date < day.Today.PlusDays(-1))
        {
            return Toast(admin, query, "Only today or yesterday can be corrected.");
        }
        var closed = DayClosing.CloseDue(state, memberContext.For(state));
        var settled = closed.State;
        var logs = memberContext.With(closed.Effects);
        var plan = ProgramLadder.Prescribe(settled.Level);
        var recorded = CheckInRecorder.Record(new ParsedCheckIn.AllDone(), plan, logs.Logs.For(correct.Date));
        if (recorded.Added.Count == 0)
        {
            return Toast(admin, query, $"{record.Member.FirstName} has that day done already.");
        }
        var effects = new List<Effect>(closed.Effects)
        {
            new SaveCheckIn(correct.Date, recorded.Added, false,
                settled.Habit.LastClosedDate is { } last && correct.Date <= last ? CheckInSource.Backfill : CheckInSource.Button),
        };
        if (DayClosing.Backfill(settled, recorded.Day, logs) is { } backfill)
        {
            settled = settled with { Habit = backfill.Habit };
            effects.Add(backfill.Outcome);
        }
        var member = new Turn(settled, [new SendMessage(state.ChatId, new Reply(GroupTexts.Corrected(group.Title, correct.Date)))]) { Effects = effects };
        return new GroupTurn(group with { RefreshAt = PostSchedule.RefreshAt(group, context.Now) },
            [new AnswerButton(admin, query, $"Marked {GroupTexts.Day(correct.Date)} done for {record.Member.FirstName}; they've been told.")])
        {
            Member = member,
        };
    }

    private static GroupTurn Pause(GroupState group, long admin, string query, GroupContext context)
    {
        if (!group.IsRunning)
        {
            return Toast(admin, query, GroupTexts.NoChallenge);
        }
        var challenge = group.Challenge!;
        var until = context.Now.InZone(challenge.Zone).Date.PlusDays(7);
        return new GroupTurn(group with { PausedUntil = until },
        [
            new AnswerButton(admin, query, "Paused for a week."),
            new PostMessage(group.GroupId, new Reply(GroupTexts.Paused(until)), "gpause", challenge.ThreadId),
        ]);
    }

    private static GroupTurn End(GroupState group, long admin, string query, GroupContext context)
    {
        if (!group.IsRunning)
        {
            return Toast(admin, query, GroupTexts.NoChallenge);
        }
        var challenge = group.Challenge!;
        var outgoing = new List<Outgoing> { new AnswerButton(admin, query, "The challenge has ended.") };
        if (group.PostedOn is { } posted)
        {
            var board = context.BoardFor(challenge, context.Now);
            outgoing.Add(new EditMessage(group.GroupId, new Reply(BoardText.Final(challenge, posted, board)), TargetKey: BoardText.PostKey(posted)));
        }
        outgoing.Add(new PostMessage(group.GroupId, new Reply(GroupTexts.Ended), "gended", challenge.ThreadId));
        outgoing.Add(new EditMessage(admin, new Reply($"{challenge.Name} has ended."), TargetKey: RosterKey(group.GroupId)));
        return new GroupTurn(group with { Status = GroupStatus.Ended, NextPostAt = null, RefreshAt = null }, outgoing);
    }

    private static GroupTurn Show(GroupState group, long admin, string query, Reply reply) =>
        GroupTurn.Say(null, new AnswerButton(admin, query), new EditMessage(admin, reply, TargetKey: RosterKey(group.GroupId)));

    private static GroupTurn Toast(long admin, string query, string text) => GroupTurn.Say(null, new AnswerButton(admin, query, text));
}
