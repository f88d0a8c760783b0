using System.Globalization;
using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.Messages;
using NodaTime;

namespace HipBot.Core.Groups;

/// <summary>
/// Setting a challenge up: asked for in the group (button or /challenge, by an admin), done in the admin's private chat
/// through a single-use link, on one card of choices: start date, length, post time, what the board shows. The group's
/// zone is the admin's own; the topic is the one setup started from; the name is the group's.
/// </summary>
public static class GroupSetup
{
    private static readonly LocalTime DefaultPostTime = new(7, 0);

    private static readonly int[] Hours = [6, 7, 8, 12, 18, 20];

    private static readonly int[] WeekChoices = [2, 4, 6, 8];

    public static string CardKey(long groupId) => "gsetup:" + groupId.ToString(CultureInfo.InvariantCulture);

    /// <summary>An admin asked for setup in the group: a link to their private chat; an anonymous admin's link works for whoever proves to be an admin.</summary>
    public static GroupTurn Ask(GroupState group, Actor actor, int? threadId, GroupContext context, Func<SetupLink, Outgoing> deliver)
    {
        ArgumentNullException.ThrowIfNull(deliver);
        if (context.FreshPayload is not { } payload)
        {
            throw new InvalidOperationException("A setup turn needs a fresh payload from the shell.");
        }
        var admin = actor is PersonActor person ? person.UserId : (long?)null;
        var link = new SetupLink(payload, group.GroupId, admin, threadId, context.Now + SetupLink.Lifetime);
        return new GroupTurn(group, [deliver(link)]) { Effects = [new IssueSetupLink(link)] };
    }

    /// <summary>/start with a setup payload: the card of choices, if the link is usable and its user an admin of the group.</summary>
    public static GroupTurn Open(GroupState? group, OpenSetupLink open, GroupContext context)
    {
        var chat = open.Actor.UserId;
        var link = context.Link;
        var problem = link is null || group is null ? GroupTexts.LinkUnknown
            : link.Check(chat, context.Now) switch
            {
                SetupLinkCheck.Used => GroupTexts.LinkUsed,
                SetupLinkCheck.Expired => GroupTexts.LinkExpired,
                SetupLinkCheck.NotYours => GroupTexts.LinkNotYours,
                _ => GroupAuthorization.IsAdmin(open.Actor.Role) ? null : GroupTexts.OnlyAdmins,
            };
        if (problem is not null)
        {
            return GroupTurn.Say(null, new SendMessage(chat, new Reply(problem)));
        }
        var zone = context.Member is { State: { } admin } ? admin.Settings.TimeZone : null;
        var draft = group!.Challenge ?? new Challenge(
            group.Title, TodayIn(zone, context.Now).PlusDays(1), Challenge.DefaultWeeks, zone ?? "UTC", DefaultPostTime, link!.ThreadId, BoardVisibility.Names);
        draft = draft with { ThreadId = link!.ThreadId, TimeZone = zone ?? draft.TimeZone };
        var next = group with { Draft = draft };
        return new GroupTurn(next, [new SendMessage(chat, Card(next, draft, context.Now), CardKey(group.GroupId))])
        {
            Effects = [new UseSetupLink(link.Payload)],
        };
    }

    public static GroupTurn Pick(GroupState group, SetupPick pick, PersonActor actor, string queryId, GroupContext context)
    {
        if (group.Draft is not { } draft)
        {
            return GroupTurn.Say(null, new AnswerButton(actor.UserId, queryId, "This setup is finished. Use /challenge in the group to change it."));
        }
        var today = TodayIn(draft.TimeZone, context.Now);
        Challenge? changed = pick.Field switch
        {
            SetupField.Start when pick.Value is >= 0 and <= 14 => draft with { StartsOn = today.PlusDays(pick.Value) },
            SetupField.Weeks when pick.Value is >= 1 and <= Challenge.MaxWeeks => draft with { Weeks = pick.Value },
            SetupField.PostHour when pick.Value is >= 0 and <= 23 => draft with { PostTime = new LocalTime(pick.Value, 0) },
            SetupField.Visibility when pick.Value is 0 or 1 => draft with { Visibility = pick.Value == 0 ? BoardVisibility.Names : BoardVisibility.CountsOnly },
            _ => null,
        };
        if (changed is null)
        {
            return GroupTurn.Say(null, new AnswerButton(actor.UserId, queryId, "That choice isn't on the card."));
        }
        var next = group with { Draft = changed };
        return new GroupTurn(next,
        [
            new AnswerButton(actor.UserId, queryId),
            new EditMessage(actor.UserId, Card(next, changed, context.Now), TargetKey: CardKey(group.GroupId)),
        ]);
    }

    public static GroupTurn Start(GroupState group, PersonActor actor, string queryId, GroupContext context)
    {
        if (group.Draft is not { } draft)
        {
            return GroupTurn.Say(null, new AnswerButton(actor.UserId, queryId, "This setup is finished already."));
        }
        var now = context.Now;
        // A start date that has passed while the card waited starts today.
        var today = TodayIn(draft.TimeZone, now);
        var challenge = draft.StartsOn < today ? draft with { StartsOn = today } : draft;
        var next = group with
        {
            Status = group.Status == GroupStatus.Suspended ? GroupStatus.Suspended : GroupStatus.Active,
            Challenge = challenge,
            Draft = null,
            AdminUserId = actor.UserId,
            NextPostAt = group.Status == GroupStatus.Suspended ? null : PostSchedule.First(challenge, now, group.PostedOn),
        };
        return new GroupTurn(next,
        [
            new AnswerButton(actor.UserId, queryId, "Started!"),
            new EditMessage(actor.UserId, new Reply(GroupTexts.Started(challenge)), TargetKey: CardKey(group.GroupId)),
            new PostMessage(group.GroupId, Reply.WithButtons(GroupTexts.Announcement(challenge), [CallbackData.Button("➕ Join", new JoinChallenge())]),
                "gannounce", challenge.ThreadId),
        ]);
    }

    private static Reply Card(GroupState group, Challenge draft, Instant now)
    {
        var today = TodayIn(draft.TimeZone, now);
        var shows = draft.Visibility == BoardVisibility.Names
            ? "first names of members at 50 % or more (nobody below is named)"
            : "only how many members are in each tier";
        var text =
            $"Setting up a challenge for {group.Title}\n\n" +
            $"Name: {draft.Name}\n" +
            $"Starts: {GroupTexts.Day(draft.StartsOn)}, {draft.Weeks} weeks (to {GroupTexts.Day(draft.EndsOn)})\n" +
            $"Daily post: {GroupTexts.Time(draft.PostTime)}, {draft.TimeZone} time (your own zone; change it with /settings before setting up)" +
            (draft.ThreadId is null ? "\n" : ", in the topic you started from\n") +
            $"The board shows: {shows}\n\n" +
            "Change anything below, then start it.";
        var nextMonday = today.Next(IsoDayOfWeek.Monday);
        return Reply.WithButtons(text,
            [
                Pick(group, SetupField.Start, 0, "Today", draft.StartsOn == today),
                Pick(group, SetupField.Start, 1, "Tomorrow", draft.StartsOn == today.PlusDays(1)),
                Pick(group, SetupField.Start, Period.Between(today, nextMonday, PeriodUnits.Days).Days, "Next Monday", draft.StartsOn == nextMonday),
            ],
            [.. WeekChoices.Select(w => Pick(group, SetupField.Weeks, w, $"{w} weeks", draft.Weeks == w))],
            [.. Hours.Select(h => Pick(group, SetupField.PostHour, h, $"{h:00}:00", draft.PostTime.Hour == h && draft.PostTime.Minute == 0))],
            [
                Pick(group, SetupField.Visibility, 0, "Show names", draft.Visibility == BoardVisibility.Names),
                Pick(group, SetupField.Visibility, 1, "Counts only", draft.Visibility == BoardVisibility.CountsOnly),
            ],
            [CallbackData.Button("✅ Start the challenge", new StartChallenge(group.GroupId))]);
    }

    private static Button Pick(GroupState group, SetupField field, int value, string label, bool chosen) =>
        CallbackData.Button(chosen ? "• " + label : label, new SetupPick(group.GroupId, field, value));

    private static LocalDate TodayIn(string? zone, Instant now) =>
        now.InZone(zone is null ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) ?? DateTimeZone.Utc).Date;
}
