using System.Net;
using System.Text;
using Dapper;
using HipBot.Testing;
using HipBot.Tests.Support;

namespace HipBot.Tests.Shell.Webhook;

public class WebhookModeTests
{
    private static readonly HttpClient Http = new();

    [Theory]
    [InlineData(null)]
    [InlineData("a-guess-at-the-secret")]
    public async Task A_post_without_the_right_secret_gets_401_is_logged_without_the_value_and_stores_nothing(string? guess)
    {
        await using var app = await HipBotApp.StartAsync(mode: ReceiveMode.Webhook);
        var update = """{"update_id":900001,"message":{"message_id":1,"date":1,"chat":{"id":77,"type":"private"},"from":{"id":77,"is_bot":false,"first_name":"Eve"},"text":"/start"}}""";

        var answer = await PostAsync(app, update, guess);

        Assert.Equal(HttpStatusCode.Unauthorized, answer);
        await using var db = await app.OpenDatabaseAsync();
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM inbox WHERE update_id = 900001"));
        var line = Assert.Single(app.Logs.Lines, l => l.Contains("Refused a webhook request with", StringComparison.Ordinal));
        Assert.StartsWith("Warning", line, StringComparison.Ordinal);
        Assert.Contains(guess is null ? "with no secret token" : "with a wrong secret token", line, StringComparison.Ordinal);
        Assert.All(app.Logs.Lines, l =>
        {
            Assert.DoesNotContain(app.Bot.WebhookSecret, l, StringComparison.Ordinal);
            Assert.DoesNotContain("a-guess-at-the-secret", l, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"message":{"text":"no update_id"}}""")]
    [InlineData("[1,2,3]")]
    public async Task A_body_that_is_not_an_update_gets_400_and_stores_nothing(string body)
    {
        await using var app = await HipBotApp.StartAsync(mode: ReceiveMode.Webhook);

        var answer = await PostAsync(app, body, app.Bot.WebhookSecret);

        Assert.Equal(HttpStatusCode.BadRequest, answer);
        await using var db = await app.OpenDatabaseAsync();
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM inbox"));
    }

    [Fact]
    public async Task An_update_stored_before_a_crash_that_lost_the_answer_is_delivered_again_and_answered_once()
    {
        await using var app = await HipBotApp.StartAsync(mode: ReceiveMode.Webhook);
        var ana = app.AddUser("Ana");
        // The bot stores the update and answers 200, but the answer never reaches Telegram: as if it crashed in between.
        app.Telegram.LoseNextWebhookAnswers();

        var sent = await ana.Send("/start");
        await app.Telegram.WaitForWebhookDelivery(d => d.AnswerLost);
        await app.RestartAsync();
        await app.WaitUntilIdleAsync();

        Assert.Single(ana.Transcript.FromBot, m => m.Text!.Contains("Hi, Ana", StringComparison.Ordinal));
        var posts = app.Telegram.WebhookDeliveries.Where(d => d.UpdateId == sent.UpdateId).ToList();
        Assert.True(posts.Count >= 2, string.Join("; ", posts));
        Assert.True(posts[^1].Delivered);
        await using var db = await app.OpenDatabaseAsync();
        Assert.Equal("done", await db.ExecuteScalarAsync<string>("SELECT status FROM inbox WHERE update_id = @Id", new { Id = sent.UpdateId }));
    }

    [Fact]
    public async Task Updates_sent_while_the_bot_is_down_are_retried_by_Telegram_and_answered_after_the_restart()
    {
        await using var app = await HipBotApp.StartAsync(mode: ReceiveMode.Webhook);
        var ana = app.AddUser("Ana");
        await HipBotApp.OnboardAsync(ana);
        await app.StopBotAsync();
        var help = await ana.Send("/help");
        await app.Telegram.WaitForWebhookDelivery(d => d.UpdateId == help.UpdateId && d.StatusCode == 0);
        await app.StartBotAsync();

        Assert.Contains("Here's what I understand", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_back_to_polling_deletes_the_webhook_and_loses_nothing()
    {
        await using var app = await HipBotApp.StartAsync(mode: ReceiveMode.Webhook);
        var ana = app.AddUser("Ana");
        await ana.Send("/start");
        await ana.NextMessage();
        var setWebhook = Assert.Single(app.Telegram.CallsTo("setWebhook"));
        Assert.True(setWebhook.Succeeded);

        await app.RestartAsync(ReceiveMode.Polling);
        await ana.Press("Berlin");

        Assert.Contains("When should I send", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        Assert.Null(app.Telegram.WebhookUrl);
        Assert.Contains(app.Telegram.CallsTo("deleteWebhook"), c => c.Succeeded);
    }

    private static async Task<HttpStatusCode> PostAsync(HipBotApp app, string body, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, app.Bot.WebhookUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        using var response = await Http.SendAsync(request);
        return response.StatusCode;
    }
}
