using Dapper;
using HipBot.Shell.Operations;
using HipBot.Shell.Telegram;
using HipBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Tests.Shell.Operations;

public class OperatorCommandsTests
{
    [Fact]
    public async Task Parked_updates_are_listed_with_their_error_and_one_retried_is_answered_by_the_running_bot()
    {
        var flaky = new FlakyChats();
        await using var app = await HipBotApp.StartAsync(services: services =>
        {
            flaky.Install(services);
            services.Configure<InboxOptions>(o => o.MaxAttempts = 1);
        });
        var ana = app.AddUser("Ana");
        var ben = app.AddUser("Ben");
        flaky.Break(ana.ChatId);
        flaky.Break(ben.ChatId);
        var anasStart = await ana.Send("/start");
        var bensStart = await ben.Send("/start");
        await flaky.WaitForFailures(ana.ChatId, 1);
        await flaky.WaitForFailures(ben.ChatId, 1);
        await app.WaitUntilIdleAsync();

        var list = await RunAsync(app, "parked");
        flaky.Heal(ana.ChatId);
        var retry = await RunAsync(app, "parked", "retry", anasStart.UpdateId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, list.ExitCode);
        var lines = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("2 parked updates", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{anasStart.UpdateId}  chat {ana.ChatId}  received ", lines[1], StringComparison.Ordinal);
        Assert.Contains("1 attempts  InvalidOperationException: Injected failure for chat", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{bensStart.UpdateId}  chat {ben.ChatId}", lines[2], StringComparison.Ordinal);
        Assert.Equal(0, retry.ExitCode);
        Assert.StartsWith("1 update back in the inbox", retry.Output, StringComparison.Ordinal);
        Assert.Contains("Hi, Ana", (await ana.NextMessage(TimeSpan.FromSeconds(15))).Text, StringComparison.Ordinal);
        var after = await RunAsync(app, "parked");
        Assert.StartsWith("1 parked update ", after.Output, StringComparison.Ordinal);
        Assert.Contains($"chat {ben.ChatId}", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrying_all_puts_every_parked_update_back_and_an_unknown_id_is_refused_with_one_line()
    {
        var flaky = new FlakyChats();
        await using var app = await HipBotApp.StartAsync(services: services =>
        {
            flaky.Install(services);
            services.Configure<InboxOptions>(o => o.MaxAttempts = 1);
        });
        var ana = app.AddUser("Ana");
        var ben = app.AddUser("Ben");
        flaky.Break(ana.ChatId, times: 1);
        flaky.Break(ben.ChatId, times: 1);
        await ana.Send("/start");
        await ben.Send("/start");
        await flaky.WaitForFailures(ana.ChatId, 1);
        await flaky.WaitForFailures(ben.ChatId, 1);
        await app.WaitUntilIdleAsync();

        var unknown = await RunAsync(app, "parked", "retry", "12345");
        var all = await RunAsync(app, "parked", "retry", "all");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("HipBot: update 12345 is not parked (`parked` lists those that are).", unknown.Error.Trim());
        Assert.Equal(0, all.ExitCode);
        Assert.StartsWith("2 updates back in the inbox", all.Output, StringComparison.Ordinal);
        Assert.Contains("Hi, Ana", (await ana.NextMessage(TimeSpan.FromSeconds(15))).Text, StringComparison.Ordinal);
        Assert.Contains("Hi, Ben", (await ben.NextMessage(TimeSpan.FromSeconds(15))).Text, StringComparison.Ordinal);
        Assert.Equal("No parked updates.", (await RunAsync(app, "parked")).Output.Trim());
    }

    [Fact]
    public async Task A_backup_taken_while_users_keep_writing_opens_and_passes_the_integrity_check()
    {
        await using var app = await HipBotApp.StartAsync();
        var users = Enumerable.Range(0, 8).Select(i => app.AddUser($"Runner{i}")).ToList();
        var folder = Path.Combine(Path.GetTempPath(), "hipbot-tests", $"backup-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            // Load: every runner goes through onboarding while the backups are taken.
            var load = Task.WhenAll(users.Select(u => HipBotApp.OnboardAsync(u)));
            var backups = new List<(int ExitCode, string Output, string Error, string Path)>();
            for (var i = 0; i == 0 || (i < 5 && !load.IsCompleted); i++)
            {
                var path = Path.Combine(folder, $"hipbot-{i}.db");
                var run = await RunAsync(app, "backup", path);
                backups.Add((run.ExitCode, run.Output, run.Error, path));
            }
            await load;
            await app.WaitUntilIdleAsync();
            var final = Path.Combine(folder, "final.db");
            var last = await RunAsync(app, "backup", final);
            backups.Add((last.ExitCode, last.Output, last.Error, final));

            foreach (var backup in backups)
            {
                Assert.True(backup.ExitCode == 0, backup.Error);
                Assert.StartsWith("Backed up ", backup.Output, StringComparison.Ordinal);
                Assert.Contains("integrity ok", backup.Output, StringComparison.Ordinal);
                await using var copy = new SqliteConnection($"Data Source={backup.Path};Mode=ReadOnly;Pooling=False");
                await copy.OpenAsync();
                Assert.Equal("ok", await copy.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
                Assert.Equal("delete", await copy.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
            }
            await using (var copy = new SqliteConnection($"Data Source={final};Mode=ReadOnly;Pooling=False"))
            {
                await copy.OpenAsync();
                Assert.Equal(users.Count, await copy.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM chats WHERE status = 'active'"));
            }
            var again = await RunAsync(app, "backup", final);
            Assert.Equal(2, again.ExitCode);
            Assert.Contains("exists already", again.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_real_binary_lists_parked_updates_without_a_token_and_refuses_a_missing_database_with_one_line()
    {
        await using var app = await HipBotApp.StartAsync();

        var list = await HipBotProcess.RunAsync(Path.GetTempPath(), ["parked"], new Dictionary<string, string> { ["Database__Path"] = app.DatabasePath });
        var missing = await HipBotProcess.RunAsync(Path.GetTempPath(), ["parked", "--Database:Path=/nonexistent/hipbot.db"], new Dictionary<string, string>());

        Assert.True(list.ExitCode == 0, list.StdErr);
        Assert.Equal("No parked updates.", list.StdOut.Trim());
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("HipBot: there is no database at /nonexistent/hipbot.db; check Database__Path.", missing.StdErr.Trim());
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(HipBotApp app, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await OperatorCommands.TryRunAsync([.. args, $"--Database:Path={app.DatabasePath}"], output, error);
        Assert.NotNull(code);
        return (code.Value, output.ToString(), error.ToString());
    }
}
