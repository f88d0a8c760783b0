using System.Globalization;
using HipBot.Shell.Delivery;
using HipBot.Shell.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HipBot.Tests.Shell.Delivery;

public class SendPacerTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_private_chat_waits_one_second_from_the_answer_to_its_last_message()
    {
        var pacer = Pacer(new SenderOptions { PrivateChatMessagesPerSecond = 1 });

        Assert.Equal(TimeSpan.Zero, pacer.ChatWait(42));
        Assert.Equal(TimeSpan.Zero, pacer.TakeGlobal());
        time.Advance(TimeSpan.FromMilliseconds(300)); // on the wire
        pacer.Sent(42);

        Assert.Equal(TimeSpan.FromSeconds(1), pacer.ChatWait(42));
        Assert.Equal(TimeSpan.Zero, pacer.ChatWait(43));
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(TimeSpan.FromMilliseconds(1), pacer.ChatWait(42));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(TimeSpan.Zero, pacer.ChatWait(42));
    }

    [Fact]
    public void A_group_at_twenty_a_minute_waits_three_seconds_between_messages()
    {
        var pacer = Pacer(new SenderOptions { GroupMessagesPerMinute = 20, PrivateChatMessagesPerSecond = 1 });

        pacer.TakeGlobal();
        pacer.Sent(-1001);
        pacer.TakeGlobal();
        pacer.Sent(7);

        Assert.Equal(TimeSpan.FromSeconds(3), pacer.ChatWait(-1001));
        Assert.Equal(TimeSpan.FromSeconds(1), pacer.ChatWait(7));
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.Zero, pacer.ChatWait(-1001));
    }

    [Fact]
    public void Retry_after_holds_a_chat_longer_than_its_spacing_and_a_later_answer_does_not_shorten_it()
    {
        var pacer = Pacer(new SenderOptions());

        pacer.TakeGlobal();
        pacer.HoldBack(42, TimeSpan.FromSeconds(30));
        pacer.Sent(42);

        Assert.Equal(TimeSpan.FromSeconds(30), pacer.ChatWait(42));
    }

    [Fact]
    public void The_global_budget_lets_the_rate_through_then_waits_a_whole_window_from_the_answers()
    {
        var pacer = Pacer(new SenderOptions { MessagesPerSecond = 30 });

        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(TimeSpan.Zero, pacer.TakeGlobal());
        }
        // All thirty on the wire: none frees its place sooner than a window after its answer.
        Assert.Equal(TimeSpan.FromMilliseconds(1001), pacer.TakeGlobal());

        time.Advance(TimeSpan.FromMilliseconds(100));
        for (var i = 0; i < 30; i++)
        {
            pacer.Sent(i);
        }
        time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(TimeSpan.FromMilliseconds(501), pacer.TakeGlobal());
        time.Advance(TimeSpan.FromMilliseconds(501));
        Assert.Equal(TimeSpan.Zero, pacer.TakeGlobal());
    }

    [Fact]
    public void A_global_rate_below_one_a_second_spaces_messages_further_apart()
    {
        var pacer = Pacer(new SenderOptions { MessagesPerSecond = 0.5 });

        Assert.Equal(TimeSpan.Zero, pacer.TakeGlobal());
        pacer.Sent(1);

        Assert.Equal(TimeSpan.FromMilliseconds(2001), pacer.TakeGlobal());
    }

    [Theory]
    [InlineData(30, 0, 5)]
    [InlineData(30, 40, 200)]
    [InlineData(1000, 1, 30)]
    public void No_one_second_window_receives_more_than_the_rate_whatever_the_latency(int perSecond, int minLatencyMs, int maxLatencyMs)
    {
        var pacer = Pacer(new SenderOptions { MessagesPerSecond = perSecond });
        var random = new Random(perSecond + maxLatencyMs);
        var arrivals = new List<long>();
        var answers = new PriorityQueue<long, long>(); // chat, by when its answer comes back
        for (var now = 0L; now < 5_000; now++, time.Advance(TimeSpan.FromMilliseconds(1)))
        {
            while (answers.TryPeek(out var chat, out var at) && at <= now)
            {
                answers.Dequeue();
                pacer.Sent(chat);
            }
            // A greedy sender: everything the budget allows, each request arriving somewhere between leaving and its answer.
            while (pacer.TakeGlobal() == TimeSpan.Zero)
            {
                var latency = random.Next(minLatencyMs, maxLatencyMs + 1);
                arrivals.Add(now + random.Next(0, latency + 1));
                answers.Enqueue(arrivals.Count, now + latency);
            }
        }

        arrivals.Sort();
        var busiest = 0;
        for (int first = 0, last = 0; last < arrivals.Count; last++)
        {
            // The emulator's window, like Telegram's: the arrivals of the last 1,000 ms, this one included.
            while (arrivals[first] <= arrivals[last] - 1_000)
            {
                first++;
            }
            busiest = Math.Max(busiest, last - first + 1);
        }
        Assert.InRange(busiest, 1, perSecond);
        // And the budget is used: at least half the rate over the run, even with the slowest answers.
        Assert.True(arrivals.Count >= perSecond * 5 / 2, $"only {arrivals.Count} sends in 5 s");
    }

    [Theory]
    [InlineData("MessagesPerSecond", 0)]
    [InlineData("PrivateChatMessagesPerSecond", -1)]
    [InlineData("GroupMessagesPerMinute", double.NaN)]
    public void A_rate_that_cannot_work_stops_the_start_naming_the_setting(string setting, double value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new($"Sender:{setting}", value.ToString(CultureInfo.InvariantCulture))])
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddCheckedOptions<SenderOptions>().BuildServiceProvider();

        var error = Assert.Throws<StartupException>(() => StartupChecks.Run(services));
        Assert.Contains($"Sender__{setting}", error.Message, StringComparison.Ordinal);
    }

    private SendPacer Pacer(SenderOptions options) => new(Options.Create(options), new TransportClock(time));
}
