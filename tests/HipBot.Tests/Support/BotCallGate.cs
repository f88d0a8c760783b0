using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;
using Telegram.Bot.Args;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;

namespace HipBot.Tests.Support;

/// <summary>
/// Reaches into the bot's own Telegram client, just before a request leaves: holds chosen requests until the test lets
/// them go (so a delivery stays "on the wire" for exactly as long as a test needs), or makes them throw. Every matched
/// request is noted with when it came, on a monotonic clock. Disposing lets everything held go.
/// </summary>
internal sealed class BotCallGate : IDisposable
{
    private readonly ITelegramBotClient bot;
    private readonly Lock gate = new();
    private readonly List<Hold> holds = [];
    private readonly List<Failure> failures = [];
    private readonly List<(IRequest Request, TimeSpan At)> seen = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public BotCallGate(IServiceProvider services)
    {
        bot = services.GetRequiredService<ITelegramBotClient>();
        bot.OnMakingApiRequest += OnRequestAsync;
    }

    /// <summary>Holds the next request that matches until <see cref="Hold.Release"/>.</summary>
    public Hold HoldNext(Func<IRequest, bool> match)
    {
        var hold = new Hold(match);
        lock (gate)
        {
            holds.Add(hold);
        }
        return hold;
    }

    /// <summary>Makes the next <paramref name="times"/> matching requests throw, before they leave.</summary>
    public void ThrowNext(Func<IRequest, bool> match, int times, Func<Exception> exception)
    {
        lock (gate)
        {
            failures.Add(new Failure(match, exception) { Left = times });
        }
    }

    /// <summary>When each request matching <paramref name="match"/> was about to leave, oldest first.</summary>
    public IReadOnlyList<TimeSpan> Seen(Func<IRequest, bool> match)
    {
        lock (gate)
        {
            return [.. seen.Where(s => match(s.Request)).Select(s => s.At)];
        }
    }

    public static bool IsSend(IRequest request, long chatId, string? text = null) =>
        request is SendMessageRequest send && send.ChatId.Identifier == chatId && (text is null || send.Text == text);

    public static bool IsAnswer(IRequest request) => request is AnswerCallbackQueryRequest;

    public void Dispose()
    {
        bot.OnMakingApiRequest -= OnRequestAsync;
        lock (gate)
        {
            foreach (var hold in holds)
            {
                hold.Release();
            }
        }
    }

    private async ValueTask OnRequestAsync(ITelegramBotClient client, ApiRequestEventArgs args, CancellationToken cancellationToken)
    {
        Hold? hold;
        Failure? failure;
        lock (gate)
        {
            seen.Add((args.Request, clock.Elapsed));
            hold = holds.FirstOrDefault(h => !h.Taken && h.Match(args.Request));
            hold?.Take();
            failure = failures.FirstOrDefault(f => f.Left > 0 && f.Match(args.Request));
            if (failure is not null)
            {
                failure.Left--;
            }
        }
        if (failure is not null)
        {
            throw failure.Exception();
        }
        if (hold is not null)
        {
            await hold.WaitAsync();
        }
    }

    /// <summary>One request held in the client.</summary>
    public sealed class Hold(Func<IRequest, bool> match)
    {
        private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal Func<IRequest, bool> Match { get; } = match;

        internal bool Taken { get; private set; }

        /// <summary>Completes when the request has reached the hold; times out with a message after 10 s.</summary>
        public Task Reached => reached.Task.WaitAsync(TimeSpan.FromSeconds(10));

        public void Release() => released.TrySetResult();

        internal void Take()
        {
            Taken = true;
            reached.TrySetResult();
        }

        internal Task WaitAsync() => released.Task;
    }

    private sealed class Failure(Func<IRequest, bool> match, Func<Exception> exception)
    {
        public Func<IRequest, bool> Match { get; } = match;

        public Func<Exception> Exception { get; } = exception;

        public int Left { get; set; }
    }
}
