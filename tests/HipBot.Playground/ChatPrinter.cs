using System.Text;
using HipBot.TelegramEmulator;

namespace HipBot.Playground;

/// <summary>
/// Prints the bot's side of one private chat: each new message once, and a message again whenever the bot edits it,
/// with its inline buttons as <c>[Label]</c>. A file or picture the bot sends is saved to <see cref="FilesFolder"/> and
/// printed as its path, so an export or a chart can be opened.
/// </summary>
internal sealed class ChatPrinter(ScriptedUser user, TextWriter output)
{
    private const string Indent = "        ";

    public static readonly string FilesFolder = Path.Combine(Path.GetTempPath(), "hipbot-playground");
    private readonly Lock gate = new();
    private readonly Dictionary<int, int> shown = []; // message id → edit count printed

    public TextWriter Output => output;

    /// <summary>Whether the chat shows something not printed yet.</summary>
    public bool HasNews(ChatTranscript transcript)
    {
        lock (gate)
        {
            return transcript.FromBot.Any(IsNews);
        }
    }

    /// <summary>Prints what is new in the chat now; returns whether anything was printed.</summary>
    public bool PrintNews(Action? before = null)
    {
        lock (gate)
        {
            var news = user.Transcript.FromBot.Where(IsNews).ToList();
            if (news.Count == 0)
            {
                return false;
            }
            before?.Invoke();
            foreach (var message in news)
            {
                var edited = shown.ContainsKey(message.MessageId);
                shown[message.MessageId] = message.EditCount;
                output.WriteLine(Format(edited ? $"HipBot (edited #{message.MessageId}):" : "HipBot:", message));
                if (!edited && (message.Document ?? message.Photo) is { } file)
                {
                    output.WriteLine(Indent + "saved to " + Save(message.MessageId, file));
                }
            }
            output.Flush();
            return true;
        }
    }

    /// <summary>Prints a line the playground says (not the bot), e.g. an echo of a script line or a clock change.</summary>
    public void Say(string line)
    {
        lock (gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    /// <summary>Prints bot messages as they arrive, until <paramref name="stop"/>; used while a person types.</summary>
    public async Task WatchAsync(Action before, Action after, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await user.WaitUntil(HasNews, TimeSpan.FromHours(1)).WaitAsync(stop);
                if (PrintNews(before))
                {
                    after();
                }
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return; // the emulator stopped
            }
        }
    }

    /// <summary>A message as the chat shows it: who, the text with continuation lines indented, then its buttons.</summary>
    public static string Format(string who, SentMessage message)
    {
        var body = message switch
        {
            { Location: { } at } => $"[location {at.Latitude}, {at.Longitude}]",
            { Document: { } document } => $"[file {document.FileName}, {document.Size:N0} bytes] {message.Caption}",
            { Photo: { } photo } => $"[picture {photo.Width}×{photo.Height}, {photo.Size:N0} bytes] {message.Caption}",
            _ => message.Text ?? "",
        };
        var text = new StringBuilder(Format(who, body));
        foreach (var row in message.Buttons)
        {
            text.AppendLine().Append(Indent).AppendJoin(' ', row.Select(b => $"[{b.Text}]"));
        }
        if (message.ReplyKeyboard.Count > 0)
        {
            text.AppendLine().Append(Indent).Append("keyboard: ").AppendJoin(" | ", message.ReplyKeyboard.Select(row => string.Join(", ", row)));
        }
        return text.ToString();
    }

    public static string Format(string who, string body)
    {
        var text = new StringBuilder(who);
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        text.Append(' ').Append(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            text.AppendLine().Append(line.Length == 0 ? "" : Indent + line);
        }
        return text.ToString();
    }

    private static string Save(int messageId, SentFile file)
    {
        Directory.CreateDirectory(FilesFolder);
        var path = Path.Combine(FilesFolder, $"{messageId}-{file.FileName ?? "picture.png"}");
        File.WriteAllBytes(path, file.Content);
        return path;
    }

    // Caller holds the lock.
    private bool IsNews(SentMessage message) => !shown.TryGetValue(message.MessageId, out var edits) || message.EditCount > edits;
}
