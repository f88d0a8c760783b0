using System.Globalization;
using HipBot.Core.Chats;
using HipBot.Core.Privacy;
using HipBot.Shell.Storage;
using HipBot.Shell.Telegram;

namespace HipBot.Tests.Core.Privacy;

public class PrivacyTextTests
{
    [Fact]
    public void The_page_says_how_many_days_transport_is_kept_and_housekeeping_keeps_exactly_that()
    {
        Assert.Contains($"deleted {Retention.TransportDays} days after", PrivacyText.Page, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(Retention.TransportDays), Housekeeping.KeepFor);
    }

    [Fact]
    public void The_page_fits_one_telegram_message_and_names_both_ways_out() =>
        Assert.All(["/export", "/deleteme", "groups"], word =>
        {
            Assert.Contains(word, PrivacyText.Page, StringComparison.Ordinal);
            Assert.InRange(PrivacyText.Page.Length, 1, 4096);
        });

    [Fact]
    public void The_readme_carries_the_privacy_page_word_for_word()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        const string start = "<!-- privacy page: the text of /privacy, kept equal by a test -->\n";
        const string end = "\n<!-- end of privacy page -->";

        var from = readme.IndexOf(start, StringComparison.Ordinal);
        var to = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "The README has no marked privacy page.");
        Assert.Equal(PrivacyText.Page.ReplaceLineEndings("\n"), readme[(from + start.Length)..to].Trim('\n'));
    }

    [Fact]
    public void The_new_commands_are_in_the_menu_the_help_and_the_readme()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        Assert.All(["export", "privacy", "deleteme"], command =>
        {
            Assert.Contains(CommandMenu.Commands, c => c.Command == command);
            Assert.Contains($"/{command} – ", HelpText.Full.Text, StringComparison.Ordinal);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"| `/{command}` |"), readme, StringComparison.Ordinal);
        });
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HipBot.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("HipBot.sln is not above the test's folder.");
    }
}
