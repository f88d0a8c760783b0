using System.Text;
using HipBot.Core.Breaks;
using HipBot.Core.Buttons;
using HipBot.Core.Groups;
using HipBot.Core.Messages;
using HipBot.Core.ReEngagement;
using HipBot.Core.Setup;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.Buttons;

public class CallbackDataTests
{
    private static readonly LocalDate Wednesday = new(2026, 11, 25);

    /// <summary>The data every kind of button has carried so far. Old messages keep these buttons, so each must keep its press.</summary>
    private static readonly Dictionary<string, Callback> Sent = new()
    {
        ["plan:done:2026-11-25"] = new PlanPress(PlanAction.Done, Wednesday),
        ["plan:log:2026-11-25"] = new PlanPress(PlanAction.Log, Wednesday),
        ["plan:skip:2026-11-25"] = new PlanPress(PlanAction.Skip, Wednesday),
        ["plan:snooze:2026-11-25"] = new PlanPress(PlanAction.Snooze, Wednesday),
        ["level:up"] = new LevelUp(),
        ["level:stay"] = new StayOnLevel(),
        ["level:down:2"] = new RestartAtLevel(2),
        ["why:time"] = new ObstaclePress(Obstacle.NoTime),
        ["why:sore"] = new ObstaclePress(Obstacle.SoreOrHurt),
        ["why:forgot"] = new ObstaclePress(Obstacle.Forgot),
        ["why:motivation"] = new ObstaclePress(Obstacle.NotMotivated),
        ["mini:start"] = new StartMini(),
        ["mini:no"] = new DeclineMini(),
        ["mini:done:2026-11-25"] = new MiniDone(Wednesday),
        ["lower:yes"] = new LowerLevel(),
        ["lower:no"] = new KeepLevel(),
        ["pause:7"] = new PauseFor(7),
        ["pause:14"] = new PauseFor(14),
        ["pause:28"] = new PauseFor(28),
        ["remind:change"] = new ChangeReminderTime(),
        ["forget:yes"] = new ForgetEverything(),
        ["forget:no"] = new KeepEverything(),
        ["tz:Europe/Berlin"] = new PickTimeZone("Europe/Berlin"),
        ["tz:UTC"] = new PickTimeZone("UTC"),
        ["time:06:30"] = new PickReminderTime(new LocalTime(6, 30)),
        ["days:21"] = new PickDays(TrainingDays.MonWedFri),
        ["days:31"] = new PickDays(TrainingDays.Weekdays),
        ["days:127"] = new PickDays(TrainingDays.EveryDay),
        ["band:yes"] = new PickBand(true),
        ["band:no"] = new PickBand(false),
        ["confirm:yes"] = new ConfirmSettings(),
        ["confirm:change"] = new ChangeSomething(),
        ["set:tz"] = new ChangeSetting(Question.TimeZone),
        ["set:time"] = new ChangeSetting(Question.ReminderTime),
        ["set:days"] = new ChangeSetting(Question.TrainingDays),
        ["set:band"] = new ChangeSetting(Question.Band),
        ["again:2026-11-25"] = new PlanNow(Wednesday),
        ["weekly:3"] = new PickWeekly(3),
        ["undo:yes:123456789"] = new ConfirmUndo(123456789),
        ["undo:no"] = new KeepCheckIn(),
        ["g:join"] = new JoinChallenge(),
        ["g:done"] = new DoneToday(),
        ["g:setup"] = new SetUpChallenge(),
        ["gs:-1001000000001:start:1"] = new SetupPick(-1001000000001, SetupField.Start, 1),
        ["gs:-1001000000001:weeks:4"] = new SetupPick(-1001000000001, SetupField.Weeks, 4),
        ["gs:-1001000000001:hour:7"] = new SetupPick(-1001000000001, SetupField.PostHour, 7),
        ["gs:-1001000000001:show:1"] = new SetupPick(-1001000000001, SetupField.Visibility, 1),
        ["gstart:-1001000000001"] = new StartChallenge(-1001000000001),
        ["gr:-1001000000001"] = new RosterView(-1001000000001),
        ["grm:-1001000000001:1000001"] = new RosterMember(-1001000000001, 1000001),
        ["grx:-1001000000001:1000001"] = new RosterRemove(-1001000000001, 1000001),
        ["grc:-1001000000001:1000001:2026-11-25"] = new RosterCorrect(-1001000000001, 1000001, Wednesday),
        ["grp:-1001000000001"] = new PauseGroupWeek(-1001000000001),
        ["gre:-1001000000001:no"] = new EndChallenge(-1001000000001, false),
        ["gre:-1001000000001:yes"] = new EndChallenge(-1001000000001, true),
    };

    /// <summary>Each kind with the longest values it can hold.</summary>
    private static readonly Callback[] Longest =
    [
        new PlanPress(PlanAction.Snooze, new LocalDate(2026, 12, 31)),
        new RestartAtLevel(int.MaxValue),
        new ObstaclePress(Obstacle.NotMotivated),
        new MiniDone(new LocalDate(9999, 12, 31)),
        new PlanNow(new LocalDate(9999, 12, 31)),
        new PickWeekly(7),
        new PauseFor(int.MaxValue),
        new PickTimeZone(DateTimeZoneProviders.Tzdb.Ids.MaxBy(id => id.Length)!),
        new PickReminderTime(new LocalTime(23, 59)),
        new PickDays(TrainingDays.EveryDay),
        new PickBand(false),
        new ChangeSetting(Question.TrainingDays),
        new ConfirmUndo(long.MaxValue),
        new SetupPick(-long.MaxValue, SetupField.Visibility, int.MaxValue),
        new StartChallenge(-long.MaxValue),
        new RosterView(-long.MaxValue),
        new RosterMember(-long.MaxValue, long.MaxValue),
        new RosterRemove(-long.MaxValue, long.MaxValue),
        new RosterCorrect(-long.MaxValue, long.MaxValue, new LocalDate(9999, 12, 31)),
        new PauseGroupWeek(-long.MaxValue),
        new EndChallenge(-long.MaxValue, false),
        .. Sent.Values,
    ];

    public static TheoryData<string> SentData => [.. Sent.Keys];

    [Theory]
    [MemberData(nameof(SentData))]
    public void Data_already_in_users_chats_keeps_its_press(string data)
    {
        Assert.Equal(Sent[data], CallbackData.TryDecode(data));
        Assert.Equal(data, CallbackData.Encode(Sent[data]));
    }

    [Fact]
    public void Every_kind_round_trips_and_fits_telegrams_64_bytes_with_its_longest_values()
    {
        Assert.Equal(CallbackData.Kinds.Order(TypeByName.Instance), Longest.Select(p => p.GetType()).Distinct().Order(TypeByName.Instance));
        Assert.All(Longest, press =>
        {
            var data = CallbackData.Encode(press);
            Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, CallbackData.MaxBytes);
            Assert.Equal(press, CallbackData.TryDecode(data));
        });
    }

    [Fact]
    public void Every_button_the_questions_and_offers_carry_reads_back()
    {
        Reply[] replies =
        [
            .. new[] { Question.TimeZone, Question.ReminderTime, Question.TrainingDays, Question.Band }.Select(q => Questions.Ask(q)),
            Questions.Confirm(Settings.Empty),
            Questions.SettingsMenu("Your settings"),
            .. Enum.GetValues<Obstacle>().Select(why => Obstacles.Answer(why, new ProgressSnapshot(1, 1, 1))),
            new("plan", [.. PlanText.PlanButtons(Wednesday), [LevelOffers.RestartButton(ProgramLadder.MinLevel)], BreakTurns.PauseButtons]),
        ];
        var buttons = replies.SelectMany(r => r.Buttons!).SelectMany(row => row).ToList();
        Assert.NotEmpty(buttons);
        Assert.All(buttons, b => Assert.NotNull(CallbackData.TryDecode(b.Data)));
        Assert.Contains(buttons, b => b.Text == "07:00" && b.Data == "time:07:00");
    }

    [Fact]
    public void Every_kind_of_press_in_the_code_has_a_format()
    {
        var kinds = typeof(Callback).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Callback)) && !t.IsAbstract);
        Assert.Equal(kinds.Order(TypeByName.Instance), CallbackData.Kinds.Order(TypeByName.Instance));
    }

    [Fact]
    public void No_kind_s_data_starts_like_another_kind_s()
    {
        var prefixes = CallbackData.Prefixes.ToList();
        Assert.Equal(prefixes.Count, CallbackData.Kinds.Count());
        Assert.All(prefixes, prefix =>
            Assert.Single(prefixes, other => other.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(other, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("💥")]
    [InlineData("plan:")]
    [InlineData("plan:done")]
    [InlineData("plan:done:")]
    [InlineData("plan:dance:2026-11-25")]
    [InlineData("plan:done:2026-02-30")]
    [InlineData("plan:done:2026-11-25:extra")]
    [InlineData("PLAN:done:2026-11-25")]
    [InlineData(" plan:done:2026-11-25")]
    [InlineData("habit:done:2026-11-25")]
    [InlineData("level:")]
    [InlineData("level:up:")]
    [InlineData("level:stay ")]
    [InlineData("level:down:")]
    [InlineData("level:down:-1")]
    [InlineData("level:down:+1")]
    [InlineData("level:down:1.5")]
    [InlineData("level:down:99999999999999999999")]
    [InlineData("why:")]
    [InlineData("why:weather")]
    [InlineData("why:TIME")]
    [InlineData("mini:")]
    [InlineData("mini:startx")]
    [InlineData("mini:done:soon")]
    [InlineData("mini:done:2026-11-25:extra")]
    [InlineData("lower:maybe")]
    [InlineData("pause:")]
    [InlineData("pause:-7")]
    [InlineData("pause: 7")]
    [InlineData("remind:")]
    [InlineData("tz:")]
    [InlineData("tz:berlin")]
    [InlineData("tz:Mars/Olympus_Mons")]
    [InlineData("time:7pm")]
    [InlineData("time:24:00")]
    [InlineData("time:7:30")]
    [InlineData("days:0")]
    [InlineData("days:128")]
    [InlineData("days:99999")]
    [InlineData("days:forged")]
    [InlineData("band:maybe")]
    [InlineData("confirm:")]
    [InlineData("confirm:no")]
    [InlineData("set:everything")]
    [InlineData("set:")]
    [InlineData("g:joinx")]
    [InlineData("g:")]
    [InlineData("gs:1001000000001:weeks:4")]
    [InlineData("gs:-1001000000001:weeks:-4")]
    [InlineData("gs:-1001000000001:colour:4")]
    [InlineData("gs:--1001000000001:weeks:4")]
    [InlineData("gs:-0:weeks:4")]
    [InlineData("gstart:")]
    [InlineData("gr:-1001000000001:extra")]
    [InlineData("grm:-1001000000001:-7")]
    [InlineData("grx:-1001000000001")]
    [InlineData("grc:-1001000000001:1000001:yesterday")]
    [InlineData("grp:-9223372036854775808")]
    [InlineData("gre:-1001000000001:maybe")]
    public void Forged_or_garbled_data_reads_as_nothing(string? data) =>
        Assert.Null(CallbackData.TryDecode(data));

    [Fact]
    public void Data_longer_than_telegram_allows_is_refused_even_when_it_would_read()
    {
        Assert.Null(CallbackData.TryDecode("plan:done:" + new string('9', 100)));
        Assert.Null(CallbackData.TryDecode("pause:" + new string('0', 58) + "7"));
        // 60 characters, but more than 64 bytes.
        Assert.Null(CallbackData.TryDecode("tz:" + string.Concat(Enumerable.Repeat("é", 57))));
    }

    [Fact]
    public void Random_data_never_throws()
    {
        var random = new Random(42);
        var starts = CallbackData.Prefixes.Append("").ToArray();
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789:-+./_ é💥\0";
        for (var i = 0; i < 20_000; i++)
        {
            var tail = new string([.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var data = starts[random.Next(starts.Length)] + tail;
            _ = CallbackData.TryDecode(data);
            _ = CallbackData.TryDecode(data[..random.Next(data.Length + 1)]);
        }
    }

    [Fact]
    public void A_feature_can_tell_its_own_button_with_a_value_that_does_not_read()
    {
        Assert.True(CallbackData.LooksLike<RestartAtLevel>("level:down:1.5"));
        Assert.True(CallbackData.LooksLike<MiniDone>("mini:done:soon"));
        Assert.False(CallbackData.LooksLike<RestartAtLevel>("level:up"));
        Assert.False(CallbackData.LooksLike<PauseFor>(null));
    }

    private sealed class TypeByName : IComparer<Type>
    {
        public static readonly TypeByName Instance = new();

        public int Compare(Type? x, Type? y) => string.CompareOrdinal(x?.FullName, y?.FullName);
    }
}
