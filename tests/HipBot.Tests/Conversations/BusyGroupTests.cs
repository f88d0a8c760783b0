using HipBot.Core.Chats;
using HipBot.Core.Setup;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using HipBot.Shell.Storage;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HipBot.Tests.Conversations;

public class BusyGroupTests
{
    // Wednesday 25 November 2026, 07:00 in Berlin.
    private static readonly DateTimeOffset WednesdayMorning = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_hundred_members_checking_in_within_ten_minutes_stay_within_the_group_limit_with_the_post_edited_not_sent_again()
    {
        // Telegram's limits enforced (a 429 for the 21st message a minute in a group), HipBot's own pacing as shipped.
        await using var app = await HipBotApp.StartAsync(
            now: WednesdayMorning,
            emulator: new EmulatorOptions { RateLimits = new RateLimitOptions { Enforce = true }, WebhookRetryDelay = TimeSpan.FromMilliseconds(50) });
        var olga = app.AddUser("Olga");
        await HipBotApp.OnboardAsync(olga);
        var members = Enumerable.Range(1, 200).Select(i => app.Telegram.AddUser("Runner" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        await SetUpPrivatelyAsync(app, members);
        var group = app.Telegram.AddGroup("Big Club", admin: olga, members: members);
        await GroupHelpers.SetUpAsync(app, group, olga);
        await app.TickGroupsAsync();
        await group.WaitUntil(t => t.AnyFromBotContaining("day 1 of 28"), TimeSpan.FromSeconds(30));

        for (var minute = 0; minute < 10; minute++)
        {
            var presses = new List<ButtonPress>();
            foreach (var member in members.Skip(minute * 20).Take(20))
            {
                presses.Add(await member.Press(group, GroupHelpers.DoneToday));
            }
            foreach (var press in presses)
            {
                Assert.StartsWith("Logged: clamshells", (await press.WaitForAnswer()).Text, StringComparison.Ordinal);
            }
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            await app.TickGroupsAsync();
        }
        var final = await group.WaitUntil(t => t.AnyFromBotContaining("200 sessions this week"), TimeSpan.FromSeconds(90));
        await app.WaitUntilIdleAsync(TimeSpan.FromSeconds(60));

        var posts = final.FromBot.Where(m => m.Text!.Contains(" · day ", StringComparison.Ordinal)).ToList();
        var post = Assert.Single(posts);
        Assert.InRange(post.EditCount, 1, 11);
        Assert.Contains("💯 Full week: Runner", post.Text, StringComparison.Ordinal);
        Assert.Contains(" and 160 more", post.Text, StringComparison.Ordinal);
        // (The test harness lets private chats go faster than Telegram would; the group's pace is HipBot's own.)
        Assert.DoesNotContain(app.Telegram.Limits.ViolationLog, v => v.ChatId == group.Id);
        Assert.DoesNotContain(app.Telegram.Calls, c => c.ChatId == group.Id && c.StatusCode == 429);
        Assert.InRange(app.Telegram.Limits.MaxPerGroupPerMinute, 1, 20);
    }

    /// <summary>Two hundred runners who set up privately long ago: stored as the onboarding leaves them, without two hundred dialogues.</summary>
    private static async Task SetUpPrivatelyAsync(HipBotApp app, IEnumerable<ScriptedUser> members)
    {
        var database = app.Services.GetRequiredService<Database>();
        var chats = app.Services.GetRequiredService<ChatStore>();
        var now = Instant.FromDateTimeOffset(WednesdayMorning);
        await database.InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var member in members)
            {
                await chats.SaveAsync(connection, transaction, ChatState.New(member.Id, member.FirstName) with
                {
                    Status = ChatStatus.Active,
                    Settings = new Settings("Europe/Berlin", new LocalTime(7, 0), TrainingDays.EveryDay, false),
                    Habit = HabitRecord.New with { LastClosedDate = new LocalDate(2026, 11, 24) },
                }, now);
            }
        });
    }
}
