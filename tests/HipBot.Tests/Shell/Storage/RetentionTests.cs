using Dapper;
using HipBot.Tests.Support;

namespace HipBot.Tests.Shell.Storage;

/// <summary>What is kept of the transport for the retention days does not grow with what users write or are sent.</summary>
public class RetentionTests
{
    [Fact]
    public async Task A_handled_update_and_a_sent_message_keep_their_rows_but_not_their_words()
    {
        await using var app = await HipBotApp.StartAsync();
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana);
        await ana.Send("what a lovely long message about my morning run by the river");
        await ana.NextMessage();
        await app.WaitUntilIdleAsync();

        await using var connection = await app.OpenDatabaseAsync();
        var inbox = (await connection.QueryAsync<string>("SELECT payload FROM inbox")).ToList();
        var outbox = (await connection.QueryAsync<string>("SELECT payload FROM outbox")).ToList();
        Assert.True(inbox.Count >= 6 && outbox.Count >= 6);
        Assert.All(inbox, payload => Assert.Equal("", payload));
        Assert.All(outbox, payload => Assert.Equal("", payload));
    }
}
