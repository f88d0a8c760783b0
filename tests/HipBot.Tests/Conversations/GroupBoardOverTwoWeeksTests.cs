using System.Globalization;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Tests.Conversations;

/// <summary>
/// Ten members in Berlin, New York and Tokyo, on their own training days, check in by button, reply and command for two
/// weeks; a late joiner comes in the second. Every morning yesterday's post is finalized, and its board must be what the
/// rules say: sessions on each member's own local days, skips out of both numbers, the week from Monday in Berlin.
/// </summary>
public class GroupBoardOverTwoWeeksTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly LocalDate Start = new(2026, 11, 30);
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Create("ddd d MMM", CultureInfo.InvariantCulture);

    private enum Way
    {
        Button,
        Reply,
        Command,
    }

    private sealed record Runner(string Name, string Zone, int Days, Way Way, Func<LocalDate, bool> Trains, Func<LocalDate, bool> Skips, LocalDate? JoinsOn = null)
    {
        public ScriptedUser User { get; set; } = null!;

        public Instant? JoinedAt { get; set; }

        public DateTimeZone TimeZone => DateTimeZoneProviders.Tzdb[Zone];

        public bool IsTrainingDay(LocalDate date) => (Days & (1 << ((int)date.DayOfWeek - 1))) != 0;

        /// <summary>Local dates logged, and when (the instant) they were logged.</summary>
        public Dictionary<LocalDate, Instant> Logged { get; } = [];

        public HashSet<LocalDate> Skipped { get; } = [];
    }

    [Fact]
    public async Task Ten_members_in_three_zones_over_two_weeks_see_a_board_that_is_right_every_day()
    {
        await using var app = await HipBotApp.StartAsync(
            now: Start.PlusDays(-1).At(new LocalTime(12, 0)).InZoneStrictly(Berlin).ToDateTimeOffset(),
            settings: new Dictionary<string, string?> { ["Sender:GroupMessagesPerMinute"] = "600" });
        Runner[] runners =
        [
            new("Ana", "Europe/Berlin", 127, Way.Button, _ => true, _ => false),
            new("Ben", "Europe/Berlin", 21, Way.Reply, _ => true, _ => false),
            new("Cleo", "Europe/Berlin", 31, Way.Command, d => d.DayOfWeek != IsoDayOfWeek.Wednesday, d => d.DayOfWeek == IsoDayOfWeek.Wednesday),
            new("Nia", "America/New_York", 127, Way.Button, d => d.Day % 2 == 0, _ => false),
            new("Ned", "America/New_York", 31, Way.Reply, _ => false, _ => false),
            new("Noa", "America/New_York", 21, Way.Command, d => d.DayOfWeek == IsoDayOfWeek.Monday, _ => false),
            new("Taro", "Asia/Tokyo", 127, Way.Command, _ => true, _ => false),
            new("Tomo", "Asia/Tokyo", 31, Way.Button, d => d.DayOfWeek != IsoDayOfWeek.Friday, _ => false),
            new("Tae", "Asia/Tokyo", 21, Way.Reply, _ => true, d => d.DayOfWeek == IsoDayOfWeek.Friday),
            new("Lou", "Europe/Berlin", 127, Way.Command, _ => true, _ => false, JoinsOn: Start.PlusDays(9)),
        ];
        var olga = app.AddUser("Olga");
        await HipBotApp.OnboardAsync(olga);
        foreach (var runner in runners)
        {
            runner.User = app.AddUser(runner.Name);
            await OnboardAsync(runner.User, runner.Zone, "days:" + runner.Days.ToString(CultureInfo.InvariantCulture));
        }
        var group = app.Telegram.AddGroup("Hip Club", admin: olga, members: runners.Select(r => r.User));
        await GroupHelpers.SetUpAsync(app, group, olga, start: "Tomorrow");
        var bot = app.Telegram.BotUsername;
        var checkedDays = 0;

        for (var at = Start.At(new LocalTime(7, 0)).InZoneStrictly(Berlin).ToInstant(); at <= Start.PlusDays(14).At(new LocalTime(7, 0)).InZoneStrictly(Berlin).ToInstant(); at += Duration.FromHours(1))
        {
            app.Clock.SetUtcNow(at.ToDateTimeOffset());
            await app.TickGroupsAsync();
            await app.WaitUntilIdleAsync();
            var berlin = at.InZone(Berlin);
            if (berlin.Hour == 7 && berlin.Date > Start)
            {
                var yesterday = berlin.Date.PlusDays(-1);
                var final = group.Transcript.FromBot.Single(m => m.Text!.Contains($"· {DayPattern.Format(yesterday)} (final)", StringComparison.Ordinal));
                Assert.Equal(Expected(runners, yesterday, at), Shown(final.Text!));
                checkedDays++;
                if (berlin.Date.DayOfWeek == IsoDayOfWeek.Monday)
                {
                    var recap = group.Transcript.FromBot.Last(m => m.Text!.StartsWith("📌", StringComparison.Ordinal));
                    Assert.Equal(Expected(runners, yesterday, at), Shown(recap.Text!));
                    Assert.True(recap.IsPinned);
                }
            }
            foreach (var runner in runners)
            {
                var local = at.InZone(runner.TimeZone);
                if (runner.JoinedAt is null && (runner.JoinsOn is null ? berlin.Date >= Start && berlin.Hour == 7 : local.Date == runner.JoinsOn && local.Hour == 8))
                {
                    await (await runner.User.Press(group, "➕ Join")).WaitForAnswer();
                    runner.JoinedAt = at;
                }
                if (runner.JoinedAt is not null && local.Hour == 19 && runner.IsTrainingDay(local.Date) && (runner.Trains(local.Date) || runner.Skips(local.Date)))
                {
                    var skip = runner.Skips(local.Date);
                    await CheckInAsync(group, runner, skip ? "skip" : "done", bot);
                    if (skip)
                    {
                        runner.Skipped.Add(local.Date);
                    }
                    else
                    {
                        runner.Logged[local.Date] = at;
                    }
                }
            }
        }

        Assert.Equal(14, checkedDays);
        // Two weeks of posts, each edited in place: never a new message per check-in.
        Assert.Equal(15, group.Transcript.FromBot.Count(m => m.Text!.Contains(" · day ", StringComparison.Ordinal)));
        Assert.Equal(2, group.Transcript.FromBot.Count(m => m.Text!.StartsWith("📌", StringComparison.Ordinal)));
    }

    /// <summary>Onboarding with the zone typed, as a runner whose zone has no button does.</summary>
    private static async Task OnboardAsync(ScriptedUser user, string zone, string days)
    {
        await user.Send("/start");
        await user.NextMessage();
        await user.Send(zone);
        foreach (var data in new[] { "time:07:00", days, "band:no", "confirm:yes" })
        {
            await (await user.Press(data)).WaitForAnswer();
        }
        await user.WaitUntil(t => t.LastFromBot?.HasButton("confirm:yes") == false && t.LastFromBot.EditCount >= 0);
        user.ReadAll();
    }

    private static async Task CheckInAsync(ScriptedGroup group, Runner runner, string words, string bot)
    {
        var user = runner.User;
        switch (runner.Way)
        {
            case Way.Button when words == "done":
                await (await user.Press(group, GroupHelpers.DoneToday)).WaitForAnswer();
                return;
            case Way.Command:
                var command = await user.Send(group, $"/done@{bot} {words}");
                await group.WaitUntil(t => t.Find(command.MessageId)!.BotReactions.Count > 0);
                return;
            default:
                var reply = await user.Reply(group, GroupHelpers.LatestPost(group), words);
                await group.WaitUntil(t => t.Find(reply.MessageId)!.BotReactions.Count > 0);
                return;
        }
    }

    /// <summary>The board the rules give for the week of <paramref name="day"/>, at its end in Berlin, with what was logged by <paramref name="cutoff"/>.</summary>
    private static string Expected(Runner[] runners, LocalDate day, Instant cutoff)
    {
        var end = day.PlusDays(1).AtStartOfDayInZone(Berlin).ToInstant() - Duration.Epsilon;
        var monday = day.DayOfWeek == IsoDayOfWeek.Monday ? day : day.Previous(IsoDayOfWeek.Monday);
        var weekStart = monday < Start ? Start : monday;
        var standings = new List<(string Name, int Done, double? Share)>();
        foreach (var runner in runners.Where(r => r.JoinedAt is { } joined && joined <= cutoff))
        {
            var today = end.InZone(runner.TimeZone).Date;
            var from = runner.JoinedAt!.Value.InZone(runner.TimeZone).Date;
            from = from > weekStart ? from : weekStart;
            var to = today < weekStart.PlusDays(6) ? today : weekStart.PlusDays(6);
            int done = 0, planned = 0;
            for (var date = from; date <= to; date = date.PlusDays(1))
            {
                var logged = runner.Logged.TryGetValue(date, out var when) && when <= cutoff;
                if (logged)
                {
                    done++;
                    planned += runner.IsTrainingDay(date) ? 1 : 0;
                }
                else if (runner.IsTrainingDay(date) && date < today && !runner.Skipped.Contains(date))
                {
                    planned++;
                }
            }
            standings.Add((runner.Name, done, planned > 0 ? Math.Min(done, planned) / (double)planned : done > 0 ? 1.0 : null));
        }
        var ranked = standings.Where(s => s.Share >= 0.5).OrderByDescending(s => s.Share).ThenByDescending(s => s.Done).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
        string Names(double from, double below) => string.Join(", ", ranked.Where(s => s.Share >= from && s.Share < below).Select(s => s.Name));
        return $"full: {Names(1, 2)} | 75: {Names(0.75, 1)} | 50: {Names(0.5, 0.75)} | others: {standings.Count - ranked.Count} | sessions: {standings.Sum(s => s.Done)}";
    }

    /// <summary>The same summary, read off a post or recap.</summary>
    private static string Shown(string text)
    {
        var lines = text.Split('\n');
        string Tier(string label) => lines.FirstOrDefault(l => l.StartsWith(label, StringComparison.Ordinal))?[label.Length..] ?? "";
        var others = lines.FirstOrDefault(l => l.StartsWith("🌱", StringComparison.Ordinal)) is { } way && !way.Contains("Nobody", StringComparison.Ordinal)
            ? way.Split(' ')[1]
            : "0";
        var sessions = lines.Single(l => l.StartsWith("The club has done", StringComparison.Ordinal)).Split(' ')[4];
        return $"full: {Tier("💯 Full week: ")} | 75: {Tier("🔥 75 %+: ")} | 50: {Tier("👍 50 %+: ")} | others: {others} | sessions: {sessions}";
    }
}
