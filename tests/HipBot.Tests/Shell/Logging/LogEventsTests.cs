using System.Reflection;
using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using Microsoft.Extensions.Logging;

namespace HipBot.Tests.Shell.Logging;

public class LogEventsTests
{
    // The blocks LogEvents gives each area, by the namespace its classes live in.
    private static readonly Dictionary<string, int> Blocks = new()
    {
        ["HipBot.Shell.Telegram"] = 1,
        ["HipBot.Shell.Delivery"] = 2,
        ["HipBot.Shell.Scheduling"] = 3,
        ["HipBot.Shell.Storage"] = 4,
        ["HipBot.Shell.Hosting"] = 5,
        ["HipBot.Shell.Turns"] = 6,
        ["HipBot.Shell.Http"] = 7,
        ["HipBot.Shell.Webhook"] = 8,
        ["HipBot.Shell.Health"] = 9,
        ["HipBot.Shell.Groups"] = 10,
    };

    private static readonly IReadOnlyList<(MethodInfo Method, LoggerMessageAttribute Event)> Events = [.. typeof(HipBotHost).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        .Select(m => (Method: m, Event: m.GetCustomAttribute<LoggerMessageAttribute>()!))
        .Where(e => e.Event is not null)];

    [Fact]
    public void Every_log_event_has_its_own_id_from_the_block_of_its_area_listed_in_LogEvents()
    {
        var listed = typeof(LogEvents).GetFields().Select(f => (int)f.GetRawConstantValue()!).ToList();

        Assert.NotEmpty(Events);
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Equal(Events.Count, Events.Select(e => e.Event.EventId).Distinct().Count());
        Assert.All(Events, e =>
        {
            var where = $"{e.Method.DeclaringType}.{e.Method.Name}";
            Assert.True(listed.Contains(e.Event.EventId), $"{where} uses id {e.Event.EventId}, which LogEvents does not list");
            Assert.True(e.Event.EventId / 1000 == Blocks[e.Method.DeclaringType!.Namespace!], $"{where} uses id {e.Event.EventId}, outside its area's block");
        });
    }
}
