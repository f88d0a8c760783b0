using HipBot.Shell.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using global::Telegram.Bot.Types;

namespace HipBot.Tests.Support;

/// <summary>
/// Wraps the bot's real update handler so a test can make one chat's updates throw, and count and await those failures.
/// One instance outlives restarts: install it through <c>HipBotApp.StartAsync(services: …)</c>.
/// </summary>
public sealed class FlakyChats
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, (int Remaining, Func<Exception> Error)> broken = [];
    private readonly Dictionary<long, int> failures = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Replaces the registered <see cref="IUpdateHandling"/> with this wrapper around <see cref="UpdateHandler"/>.</summary>
    public void Install(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IUpdateHandling>(sp => new Handler(sp.GetRequiredService<UpdateHandler>(), this)));

    /// <summary>Makes the next <paramref name="times"/> attempts at the chat's updates throw (every attempt until <see cref="Heal"/> by default).</summary>
    public void Break(long chatId, int times = int.MaxValue, Func<Exception>? error = null)
    {
        lock (gate)
        {
            broken[chatId] = (times, error ?? (() => new InvalidOperationException($"Injected failure for chat {chatId}.")));
        }
    }

    public void Heal(long chatId)
    {
        lock (gate)
        {
            broken.Remove(chatId);
        }
    }

    public int Failures(long chatId)
    {
        lock (gate)
        {
            return failures.GetValueOrDefault(chatId);
        }
    }

    /// <summary>Waits until the chat's updates have thrown at least <paramref name="count"/> times.</summary>
    public async Task WaitForFailures(long chatId, int count, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (failures.GetValueOrDefault(chatId) >= count)
                {
                    return;
                }
                next = changed.Task;
            }
            try
            {
                await next.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Chat {chatId} failed {Failures(chatId)} time(s); waited for {count}.");
            }
        }
    }

    private void ThrowIfBroken(long chatId)
    {
        Exception error;
        lock (gate)
        {
            if (!broken.TryGetValue(chatId, out var entry))
            {
                return;
            }
            broken[chatId] = entry with { Remaining = entry.Remaining - 1 };
            if (entry.Remaining <= 1)
            {
                broken.Remove(chatId);
            }
            failures[chatId] = failures.GetValueOrDefault(chatId) + 1;
            error = entry.Error();
            var signal = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            signal.SetResult();
        }
        throw error;
    }

    private sealed class Handler(UpdateHandler inner, FlakyChats flaky) : IUpdateHandling
    {
        public Task HandleAsync(long updateId, Update update, CancellationToken cancellationToken)
        {
            flaky.ThrowIfBroken(update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.MyChatMember?.Chat.Id ?? 0);
            return inner.HandleAsync(updateId, update, cancellationToken);
        }
    }
}
