using System.Globalization;
using System.Text;
using HipBot.Core.Chats;
using HipBot.Core.Groups;
using HipBot.Core.Messages;
using HipBot.Core.ReEngagement;
using HipBot.Core.Setup;
using HipBot.Core.Training;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Core.Buttons;

/// <summary>
/// Writes a press into a button's callback data and reads it back. Buttons stay in users' chats for as long as the
/// messages do, so data once sent must keep reading the same: a record may change, the text it is written as may not.
/// </summary>
public static class CallbackData
{
    /// <summary>Telegram refuses longer data, so nothing longer ever came from one of our buttons.</summary>
    public const int MaxBytes = 64;

    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private static readonly Words<PlanAction> PlanWords =
        new((PlanAction.Done, "done"), (PlanAction.Log, "log"), (PlanAction.Skip, "skip"), (PlanAction.Snooze, "snooze"));

    private static readonly Words<Obstacle> ObstacleWords =
        new((Obstacle.NoTime, "time"), (Obstacle.SoreOrHurt, "sore"), (Obstacle.Forgot, "forgot"), (Obstacle.NotMotivated, "motivation"));

    private static readonly Words<Question> SettingWords =
        new((Question.TimeZone, "tz"), (Question.ReminderTime, "time"), (Question.TrainingDays, "days"), (Question.Band, "band"));

    private static readonly Words<bool> YesNo = new((true, "yes"), (false, "no"));

    private static readonly Words<SetupField> SetupWords =
        new((SetupField.Start, "start"), (SetupField.Weeks, "weeks"), (SetupField.PostHour, "hour"), (SetupField.Visibility, "show"));

    /// <summary>Each kind of press: the start of its data, which no other kind's data starts with, and its value.</summary>
    private static readonly Format[] Formats =
    [
        Valued<PlanPress>("plan:", ReadPlan, p => PlanWords.Write(p.Action) + ":" + IsoDate.Format(p.Date)),
        Fixed<LevelUp>("level:up"),
        Fixed<StayOnLevel>("level:stay"),
        Valued<RestartAtLevel>("level:down:", v => Number(v) is { } level ? new RestartAtLevel(level) : null, r => Number(r.Level)),
        Valued<ObstaclePress>("why:", v => ObstacleWords.Read(v) is { } why ? new ObstaclePress(why) : null, p => ObstacleWords.Write(p.Obstacle)),
        Fixed<StartMini>("mini:start"),
        Fixed<DeclineMini>("mini:no"),
        Valued<MiniDone>("mini:done:", v => IsoDate.TryParse(v) is { } date ? new MiniDone(date) : null, m => IsoDate.Format(m.Date)),
        Fixed<LowerLevel>("lower:yes"),
        Fixed<KeepLevel>("lower:no"),
        Valued<PauseFor>("pause:", v => Number(v) is { } days ? new PauseFor(days) : null, p => Number(p.Days)),
        Fixed<ChangeReminderTime>("remind:change"),
        Valued<PlanNow>("again:", v => IsoDate.TryParse(v) is { } date ? new PlanNow(date) : null, p => IsoDate.Format(p.Date)),
        Valued<ConfirmUndo>("undo:yes:", v => LongNumber(v) is { } batch ? new ConfirmUndo(batch) : null, u => u.Batch.ToString(CultureInfo.InvariantCulture)),
        Fixed<KeepCheckIn>("undo:no"),
        Fixed<ForgetEverything>("forget:yes"),
        Fixed<KeepEverything>("forget:no"),
        Valued<PickTimeZone>("tz:", v => DateTimeZoneProviders.Tzdb.GetZoneOrNull(v) is null ? null : new PickTimeZone(v), p => p.Zone),
        Valued<PickReminderTime>("time:", v => Clock.Parse(v) is { Success: true } time ? new PickReminderTime(time.Value) : null, p => Clock.Format(p.Time)),
        Valued<PickDays>("days:", v => Number(v) is int mask && mask is > 0 and <= (int)TrainingDays.EveryDay ? new PickDays((TrainingDays)mask) : null, p => Number((int)p.Days)),
        Valued<PickWeekly>("weekly:", v => Number(v) is int times && times is >= WeeklyTarget.MinTimes and <= WeeklyTarget.MaxTimes ? new PickWeekly(times) : null, p => Number(p.Times)),
        Valued<PickBand>("band:", v => YesNo.Read(v) is { } band ? new PickBand(band) : null, p => YesNo.Write(p.HasBand)),
        Fixed<ConfirmSettings>("confirm:yes"),
        Fixed<ChangeSomething>("confirm:change"),
        Valued<ChangeSetting>("set:", v => SettingWords.Read(v) is { } question ? new ChangeSetting(question) : null, c => SettingWords.Write(c.Question)),
        Fixed<JoinChallenge>("g:join"),
        Fixed<DoneToday>("g:done"),
        Fixed<SetUpChallenge>("g:setup"),
        Valued<SetupPick>("gs:", ReadSetupPick, p => Id(p.GroupId) + ":" + SetupWords.Write(p.Field) + ":" + Number(p.Value)),
        Valued<StartChallenge>("gstart:", v => GroupId(v) is { } group ? new StartChallenge(group) : null, s => Id(s.GroupId)),
        Valued<RosterView>("gr:", v => GroupId(v) is { } group ? new RosterView(group) : null, r => Id(r.GroupId)),
        Valued<RosterMember>("grm:", v => GroupAndUser(v) is var (group, user) ? new RosterMember(group, user) : null, r => Id(r.GroupId) + ":" + Id(r.UserId)),
        Valued<RosterRemove>("grx:", v => GroupAndUser(v) is var (group, user) ? new RosterRemove(group, user) : null, r => Id(r.GroupId) + ":" + Id(r.UserId)),
        Valued<RosterCorrect>("grc:", ReadRosterCorrect, r => Id(r.GroupId) + ":" + Id(r.UserId) + ":" + IsoDate.Format(r.Date)),
        Valued<PauseGroupWeek>("grp:", v => GroupId(v) is { } group ? new PauseGroupWeek(group) : null, p => Id(p.GroupId)),
        Valued<EndChallenge>("gre:", ReadEndChallenge, e => Id(e.GroupId) + ":" + YesNo.Write(e.Confirmed)),
    ];

    private static readonly Dictionary<Type, Format> ByKind = Formats.ToDictionary(f => f.Kind);

    /// <summary>Every kind of press there is.</summary>
    internal static IEnumerable<Type> Kinds => Formats.Select(f => f.Kind);

    /// <summary>How each kind's data starts.</summary>
    internal static IEnumerable<string> Prefixes => Formats.Select(f => f.Prefix);

    /// <summary>A button that sends <paramref name="press"/> back when tapped.</summary>
    public static Button Button(string text, Callback press) => new(text, Encode(press));

    public static string Encode(Callback press)
    {
        ArgumentNullException.ThrowIfNull(press);
        var format = ByKind[press.GetType()];
        var data = format.Prefix + format.Write(press);
        // Only the bot's own values come here, so data that does not fit is a bug, not a user's doing.
        return Encoding.UTF8.GetByteCount(data) <= MaxBytes
            ? data
            : throw new ArgumentException($"\"{data}\" is longer than Telegram's {MaxBytes} bytes of callback data.", nameof(press));
    }

    /// <summary>The press behind the data; null for anything no button of ours sends. The data comes from the client, so this never throws.</summary>
    public static Callback? TryDecode(string? data)
    {
        if (data is null || data.Length > MaxBytes || Encoding.UTF8.GetByteCount(data) > MaxBytes)
        {
            return null;
        }
        var format = Array.Find(Formats, f => data.StartsWith(f.Prefix, StringComparison.Ordinal));
        return format?.Read(data[format.Prefix.Length..]);
    }

    /// <summary>
    /// Whether the data starts like a <typeparamref name="T"/> button's even though the rest does not read
    /// ("level:down:1.5"): lets a feature answer a forged or mangled press of its own button in its own words.
    /// </summary>
    public static bool LooksLike<T>(string? data) where T : Callback =>
        data is not null && data.StartsWith(ByKind[typeof(T)].Prefix, StringComparison.Ordinal);

    private static PlanPress? ReadPlan(string value) =>
        value.Split(':') is [var word, var day] && PlanWords.Read(word) is { } action && IsoDate.TryParse(day) is { } date
            ? new PlanPress(action, date)
            : null;

    private static SetupPick? ReadSetupPick(string value) =>
        value.Split(':') is [var group, var field, var number] && GroupId(group) is { } id && SetupWords.Read(field) is { } which && Number(number) is { } n
            ? new SetupPick(id, which, n)
            : null;

    private static RosterCorrect? ReadRosterCorrect(string value) =>
        value.Split(':') is [var group, var user, var day] && GroupId(group) is { } id && UserId(user) is { } member && IsoDate.TryParse(day) is { } date
            ? new RosterCorrect(id, member, date)
            : null;

    private static EndChallenge? ReadEndChallenge(string value) =>
        value.Split(':') is [var group, var yes] && GroupId(group) is { } id && YesNo.Read(yes) is { } confirmed ? new EndChallenge(id, confirmed) : null;

    private static (long Group, long User)? GroupAndUser(string value) =>
        value.Split(':') is [var group, var user] && GroupId(group) is { } id && UserId(user) is { } member ? (id, member) : null;

    /// <summary>Group ids are negative; anything else is not a group's.</summary>
    private static long? GroupId(string text) =>
        text.StartsWith('-') && long.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? -id : null;

    private static long? UserId(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Digits only: no sign, no spaces, nothing that overflows.</summary>
    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static long? LongNumber(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static Format Fixed<T>(string data) where T : Callback, new() =>
        new(typeof(T), data, value => value.Length == 0 ? new T() : null, _ => "");

    private static Format Valued<T>(string prefix, Func<string, T?> read, Func<T, string> write) where T : Callback =>
        new(typeof(T), prefix, read, press => write((T)press));

    /// <param name="Read">The press from the data after the prefix; null when no button of this kind sends that.</param>
    /// <param name="Write">The data after the prefix.</param>
    private sealed record Format(Type Kind, string Prefix, Func<string, Callback?> Read, Func<Callback, string> Write);

    /// <summary>The word each value of a field is written as, read back the same way.</summary>
    private sealed class Words<T>(params (T Value, string Word)[] words) where T : struct
    {
        public string Write(T value) => Array.FindIndex(words, w => w.Value.Equals(value)) is var i and >= 0
            ? words[i].Word
            : throw new ArgumentOutOfRangeException(nameof(value), value, "No button carries this value.");

        public T? Read(string word) => Array.FindIndex(words, w => w.Word == word) is var i and >= 0 ? words[i].Value : null;
    }
}
