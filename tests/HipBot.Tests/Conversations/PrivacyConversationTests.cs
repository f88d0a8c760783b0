using System.Globalization;
using System.Text;
using Dapper;
using HipBot.Core.Privacy;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;
using SkiaSharp;

namespace HipBot.Tests.Conversations;

/// <summary>/export, /deleteme, /privacy and the /stats picture, through the emulator and the real Telegram.Bot client.</summary>
public class PrivacyConversationTests
{
    /// <summary>Tuesday 24 November 2026, 19:00 in Berlin: after the day's reminder, so no plan turns up unasked.</summary>
    private static readonly DateTimeOffset TuesdayEvening = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Berlin(int day, int hour) => new(2026, 11, day, hour - 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Export_sends_every_check_in_and_every_closed_day_as_csv_files_a_spreadsheet_opens()
    {
        await using var app = await HipBotApp.StartAsync(now: TuesdayEvening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana);
        await ana.Send("clams 2x10");
        await ana.NextMessage();
        Assert.Equal(1, await app.SetTimeAsync(Berlin(25, 7)));
        await ana.NextMessage();
        await (await ana.Press("plan:done:2026-11-25")).WaitForAnswer();
        await app.SetTimeAsync(Berlin(25, 13));
        await ana.Send("done yesterday");
        await ana.NextMessage();
        await app.SetTimeAsync(Berlin(26, 13));
        await app.WaitUntilIdleAsync();
        ana.ReadAll();

        await ana.Send("/export");
        var checkIns = await ana.NextMessage();
        var outcomes = await ana.NextMessage();

        Assert.Equal("hipbot-check-ins-2026-11-26.csv", checkIns.Document!.FileName);
        Assert.Equal("text/csv", checkIns.Document.MimeType);
        Assert.Equal(
            "date,exercise,sets,reps_per_side,side,logged_at_utc,how\r\n" +
            "2026-11-24,clamshells,2,10,both,2026-11-24 18:00:00,text\r\n" +
            "2026-11-25,clamshells,2,10,both,2026-11-25 06:00:00,button\r\n" +
            "2026-11-25,side leg raises,2,10,both,2026-11-25 06:00:00,button\r\n" +
            "2026-11-25,traveling side squats,2,10,both,2026-11-25 06:00:00,button\r\n" +
            "2026-11-24,side leg raises,2,10,both,2026-11-25 12:00:00,backfill\r\n" +
            "2026-11-24,traveling side squats,2,10,both,2026-11-25 12:00:00,backfill\r\n",
            Encoding.UTF8.GetString(checkIns.Document.Content));
        Assert.Equal("Your check-ins: 6 rows, 24 Nov 2026 to 25 Nov 2026. Opens in any spreadsheet.", checkIns.Caption);
        // Tuesday is a rest day (Mon, Wed, Fri): rest days have no outcome, so only Wednesday is there.
        Assert.Equal("date,outcome\r\n2026-11-25,done\r\n", Encoding.UTF8.GetString(outcomes.Document!.Content));
        Assert.Equal("hipbot-day-outcomes-2026-11-26.csv", outcomes.Document.FileName);
    }

    [Fact]
    public async Task Two_years_of_history_go_out_whole_in_one_file_each()
    {
        await using var app = await HipBotApp.StartAsync(now: TuesdayEvening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana);
        var first = new DateOnly(2024, 11, 24);
        const int days = 730;
        await using (var connection = await app.OpenDatabaseAsync())
        {
            var dates = Enumerable.Range(0, days).Select(d => first.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
            await connection.ExecuteAsync(
                "INSERT INTO check_ins (chat_id, local_date, batch, exercise, sets, reps_per_side, is_full, created_at) VALUES (@ChatId, @Date, @Batch, @Exercise, 3, 20, 1, 0)",
                dates.SelectMany((date, d) => new[] { 1, 2, 3 }.Select(exercise => new { ana.ChatId, Date = date, Batch = d, Exercise = exercise })));
            await connection.ExecuteAsync(
                "INSERT OR IGNORE INTO day_outcomes (chat_id, local_date, outcome, closed_at) VALUES (@ChatId, @Date, 'done', 0)",
                dates.Select(date => new { ana.ChatId, Date = date }));
        }

        await ana.Send("/export");
        var checkIns = await ana.NextMessage();
        var outcomes = await ana.NextMessage();

        var rows = Encoding.UTF8.GetString(checkIns.Document!.Content).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + (3 * days), rows.Length);
        Assert.Equal("2024-11-24,clamshells,3,20,both,1970-01-01 00:00:00,text", rows[1]);
        Assert.Equal("2026-11-23,traveling side squats,3,20,both,1970-01-01 00:00:00,text", rows[^1]);
        Assert.Equal("Your check-ins: 2,190 rows, 24 Nov 2024 to 23 Nov 2026. Opens in any spreadsheet.", checkIns.Caption);
        Assert.Equal(1 + days, Encoding.UTF8.GetString(outcomes.Document!.Content).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(2, app.Telegram.CallsTo("sendDocument").Count(c => c.Succeeded));
    }

    [Fact]
    public async Task Export_with_nothing_logged_says_so()
    {
        await using var app = await HipBotApp.StartAsync(now: TuesdayEvening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana);

        await ana.Send("/export");

        Assert.Equal(ExportTurns.NothingYet, (await ana.NextMessage()).Text);
        Assert.Empty(app.Telegram.CallsTo("sendDocument"));
    }

    [Fact]
    public async Task Keeping_the_data_after_deleteme_deletes_nothing()
    {
        await using var app = await HipBotApp.StartAsync(now: TuesdayEvening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana);
        await ana.Send("done");
        await ana.NextMessage();

        await ana.Send("/deleteme");
        var question = await ana.NextMessage();
        Assert.Equal(PrivacyText.DeleteQuestion, question.Text);
        var keep = await ana.Press(PrivacyText.KeepButton);

        Assert.Equal("Nothing was deleted.", (await keep.WaitForAnswer()).Text);
        var edited = await ana.NextEdit();
        Assert.Equal((question.MessageId, PrivacyText.Kept), (edited.MessageId, edited.Text));
        Assert.Empty(edited.Buttons);
        await app.WaitUntilIdleAsync();
        Assert.Equal((1, 3), await RowsOfAsync(app, ana.ChatId));
    }

    [Fact]
    public async Task Deleteme_confirmed_leaves_no_row_that_names_the_chat_and_start_begins_from_scratch()
    {
        await using var app = await HipBotApp.StartAsync(now: TuesdayEvening);
        var ana = app.AddUser("Ana");
        var ben = app.AddUser("Ben");
        foreach (var runner in new[] { ana, ben })
        {
            await HipBotApp.OnboardAsync(runner, days: "days:127");
            await runner.Send("done");
            await runner.NextMessage();
        }
        // Ana leaves a trace everywhere: a plan, a chart, an export, an update that failed for good.
        Assert.Equal(2, await app.SetTimeAsync(Berlin(25, 7)));
        await ana.Send("/stats");
        await ana.Send("/export");
        await app.WaitUntilIdleAsync();
        await using (var connection = await app.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("UPDATE inbox SET status = 'parked', last_error = 'boom' WHERE update_id = (SELECT MIN(update_id) FROM inbox WHERE chat_id = @ChatId)", new { ana.ChatId });
        }
        ana.ReadAll();

        await ana.Send("/deleteme");
        await ana.NextMessage();
        await ana.Press(PrivacyText.DeleteButton);

        Assert.Equal(PrivacyText.Goodbye.Text, (await ana.NextMessage()).Text);
        Assert.Equal(PrivacyText.Deleting, (await ana.NextEdit()).Text);
        await app.WaitUntilIdleAsync();
        Assert.Empty(await RowsNamingAsync(app, ana.ChatId));
        Assert.Contains("chats.chat_id", await RowsNamingAsync(app, ben.ChatId));
        Assert.Contains("check_ins.chat_id", await RowsNamingAsync(app, ben.ChatId));

        await ana.Send("/start");
        var welcome = await ana.NextMessage();
        Assert.Contains("Hi, Ana", welcome.Text, StringComparison.Ordinal);
        Assert.True(welcome.HasButton("tz:Europe/Berlin"));
        await app.WaitUntilIdleAsync();
        Assert.Equal((1, 0), await RowsOfAsync(app, ana.ChatId));
    }

    [Fact]
    public async Task A_goodbye_Telegram_refuses_because_the_user_blocked_the_bot_leaves_no_row_that_names_the_chat()
    {
        await using var app = await HipBotApp.StartAsync(now: TuesdayEvening);
        var ana = app.AddUser("Ana");
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        await ana.Send("/deleteme");
        await ana.NextMessage();
        await app.WaitUntilIdleAsync();
        // Ana blocks the bot the moment she confirms: the goodbye, the one message of that turn, is refused.
        app.Telegram.Faults.FailNext("sendMessage", 1, 403, "Forbidden: bot was blocked by the user");

        await ana.Press(PrivacyText.DeleteButton);

        await app.Telegram.WaitForCall(c => c.Method == "sendMessage" && c.ChatId == ana.ChatId && c.StatusCode == 403);
        await app.WaitUntilIdleAsync();
        Assert.Empty(await RowsNamingAsync(app, ana.ChatId));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("has written since", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Privacy_shows_what_is_kept_for_how_long_and_how_to_take_it_or_delete_it()
    {
        await using var app = await HipBotApp.StartAsync(now: TuesdayEvening);
        var ana = app.AddUser();

        await ana.Send("/privacy");

        Assert.Equal(PrivacyText.Page, (await ana.NextMessage()).Text);
    }

    [Fact]
    public async Task Stats_are_followed_by_a_picture_of_the_last_twelve_weeks()
    {
        await using var app = await HipBotApp.StartAsync(now: TuesdayEvening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        await ana.Send("done");
        await ana.NextMessage();

        await ana.Send("/stats");
        Assert.StartsWith("📊 Your hip stats", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        var picture = await ana.NextMessage();

        Assert.NotNull(picture.Photo);
        Assert.Equal((1200, 800), (picture.Photo.Width, picture.Photo.Height));
        using var bitmap = SKBitmap.Decode(picture.Photo.Content);
        Assert.Equal(1200, bitmap.Width);
        Assert.Equal("Last 12 weeks: 1 of 1 planned sessions so far (100%).", picture.Caption);
    }

    /// <summary>The chat's row in chats (0 or 1) and its check-in rows.</summary>
    private static async Task<(long Chats, long CheckIns)> RowsOfAsync(HipBotApp app, long chatId)
    {
        await using var connection = await app.OpenDatabaseAsync();
        return await connection.QuerySingleAsync<(long, long)>(
            "SELECT (SELECT COUNT(*) FROM chats WHERE chat_id = @chatId), (SELECT COUNT(*) FROM check_ins WHERE chat_id = @chatId)", new { chatId });
    }

    /// <summary>
    /// Every "table.column" of the database, as SQLite lists them, holding the chat id: as a number, or inside text
    /// (a stored update's JSON, a payload, an error).
    /// </summary>
    private static async Task<IReadOnlyList<string>> RowsNamingAsync(HipBotApp app, long chatId)
    {
        await using var connection = await app.OpenDatabaseAsync();
        var found = new List<string>();
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'");
        foreach (var table in tables)
        {
            foreach (var column in await connection.QueryAsync<string>($"SELECT name FROM pragma_table_info('{table}')"))
            {
                var count = await connection.ExecuteScalarAsync<long>(
                    $"SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" = @chatId OR (typeof(\"{column}\") = 'text' AND instr(\"{column}\", @text) > 0)",
                    new { chatId, text = chatId.ToString(CultureInfo.InvariantCulture) });
                if (count > 0)
                {
                    found.Add($"{table}.{column}");
                }
            }
        }
        return found;
    }
}
