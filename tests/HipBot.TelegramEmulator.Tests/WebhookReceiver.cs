using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace HipBot.TelegramEmulator.Tests;

/// <summary>A bare webhook on 127.0.0.1 for the emulator to post to: it keeps every request and answers as told (200 unless queued otherwise).</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<int> answers = new();
    private readonly ConcurrentQueue<(string? Secret, string Body, int Answer)> received = new();
    private readonly SemaphoreSlim arrived = new(0);

    private WebhookReceiver(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<(string? Secret, string Body, int Answer)> Received => [.. received];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var receiver = new WebhookReceiver(builder.Build());
        receiver.app.Run(receiver.HandleAsync);
        await receiver.app.StartAsync();
        receiver.Url = new Uri(new Uri(receiver.app.Urls.First()), "/hook");
        return receiver;
    }

    /// <summary>The next requests get these statuses, in order; after them, 200 again.</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            answers.Enqueue(status);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> requests have come in.</summary>
    public async Task WaitForRequests(int count)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (received.Count < count)
        {
            await arrived.WaitAsync(deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        arrived.Dispose();
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var answer = answers.TryDequeue(out var status) ? status : 200;
        received.Enqueue((http.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].FirstOrDefault(), body, answer));
        arrived.Release();
        http.Response.StatusCode = answer;
    }
}
