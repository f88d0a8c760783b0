using Dapper;
using HipBot.Tests.Support;

namespace HipBot.Tests.Shell.Telegram;

/// <summary>Updates the Telegram.Bot client cannot read: a value Telegram adds tomorrow, or a value beyond the contract.</summary>
public class UnreadableUpdateTests
{
    // The body of a private message from Zed (chat 777) with one field Telegram.Bot 22 cannot read.
    private static string Message(string text = "\"hi\"", string date = "1764547200", string chatId = "777", string extra = "") =>
        $$"""{"message_id":5,"from":{"id":777,"is_bot":false,"first_name":"Zed"},"chat":{"id":{{chatId}},"type":"private","first_name":"Zed"},"date":{{date}},"text":{{text}}{{extra}}}""";

    private const string FutureMemberStatus = """
        {"chat":{"id":777,"type":"private","first_name":"Zed"},"from":{"id":777,"is_bot":false,"first_name":"Zed"},"date":1764547200,
         "old_chat_member":{"status":"member","user":{"id":1,"is_bot":true,"first_name":"HipBot"}},
         "new_chat_member":{"status":"ghost","user":{"id":1,"is_bot":true,"first_name":"HipBot"}}}
        """;

    // Telegram.Bot 22 reads an unknown entity or chat type as "unknown"; these are the shapes it cannot read at all.
    public static TheoryData<string, string, string> Oddities => new()
    {
        { "a forward origin Telegram adds tomorrow", "message", Message(extra: ""","forward_origin":{"type":"pigeon","date":1764547200}""") },
        { "a chat member status Telegram adds tomorrow", "my_chat_member", FutureMemberStatus },
        { "an unpaired surrogate", "message", Message(text: "\"\\ud800 done\"") },
        { "a date of the wrong type", "message", Message(date: "\"yesterday\"") },
        { "a huge date", "message", Message(date: "99999999999999999999999") },
        { "a chat id beyond 64 bits", "message", Message(chatId: "1e30") },
    };

    [Theory]
    [MemberData(nameof(Oddities))]
    public async Task An_update_the_client_cannot_read_is_parked_and_every_other_user_is_answered(string what, string type, string body)
    {
        await using var app = await HipBotApp.StartAsync();
        var ana = app.AddUser("Ana");

        var odd = app.Telegram.InjectRawUpdate(type, body);
        await ana.Send("/start");

        Assert.Contains("Hi, Ana", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        await app.Telegram.WaitForUpdatesConsumed();
        await app.WaitUntilIdleAsync();
        await using var db = await app.OpenDatabaseAsync();
        var parked = await db.QuerySingleAsync<(string Status, string Error)>(
            "SELECT status, last_error FROM inbox WHERE update_id = @odd", new { odd });
        Assert.True(parked.Status == "parked", $"{what}: {parked.Status}");
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal)
            && l.Contains($"Update {odd} of chat", StringComparison.Ordinal) && l.Contains("cannot be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_batch_with_an_unreadable_update_is_acknowledged_and_stays_acknowledged_after_a_restart()
    {
        await using var app = await HipBotApp.StartAsync();
        var ana = app.AddUser("Ana");
        var odd = app.Telegram.InjectRawUpdate("message", Message(extra: ""","forward_origin":{"type":"pigeon","date":1764547200}"""));
        await ana.Send("/start");
        await ana.NextMessage();
        await app.Telegram.WaitForUpdatesConsumed();

        await app.RestartAsync();
        await ana.Send("/help");

        Assert.Contains("Here's what I understand", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        await app.Telegram.WaitForUpdatesConsumed();
        await using var db = await app.OpenDatabaseAsync();
        Assert.Equal(1, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM inbox WHERE update_id = @odd AND status = 'parked'", new { odd }));
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM inbox WHERE status = 'pending'"));
        Assert.Equal(2, ana.Transcript.FromBot.Count());
    }
}
