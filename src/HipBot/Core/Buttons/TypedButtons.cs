using System.Text;
using HipBot.Core.Chats;
using HipBot.Core.Messages;

namespace HipBot.Core.Buttons;

/// <summary>
/// Typing a button's label works like tapping it: HipBot remembers the buttons of the last message it sent with any,
/// and a message that says exactly one of their labels ("looks good", "pause a week") is that press.
/// </summary>
public static class TypedButtons
{
    /// <summary>The callback query id of a press that was typed: there is no spinner to stop.</summary>
    public const string TypedQueryId = "";

    /// <summary>
    /// The buttons a turn leaves on offer: those of its last message with buttons. Words alone change nothing (a hint
    /// after a bad answer leaves the question's buttons on offer). A plan's buttons are dated and its words ("done",
    /// "later") are read by the check-in parser for the right day, so they are never offered as typed labels.
    /// </summary>
    public static Turn Remember(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var last = turn.Out.Select(o => o switch
        {
            SendMessage send => send.Reply,
            EditMessage edit => edit.Reply,
            _ => null,
        }).LastOrDefault(r => r?.Buttons is { Count: > 0 });
        if (last is null)
        {
            return turn;
        }
        IReadOnlyList<Button> offered = [.. last.Buttons!.SelectMany(row => row).Where(b => CallbackData.TryDecode(b.Data) is not (PlanPress or MiniDone))];
        return turn with { State = turn.State with { OfferedButtons = offered } };
    }

    /// <summary>The press a typed message stands for; null when it is not one of the labels on offer.</summary>
    public static ButtonInput? Match(ChatState state, string text)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.OfferedButtons.Count == 0 || string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return null;
        }
        var typed = Normalize(text);
        if (typed.Length == 0)
        {
            return null;
        }
        var button = state.OfferedButtons.FirstOrDefault(b => Normalize(b.Text) == typed);
        return button is null ? null : new ButtonInput(button.Data, MessageId: 0, TypedQueryId);
    }

    /// <summary>
    /// A press's turn, as the answer to typed words: a toast becomes a message (nothing vanishes), and an edit of the
    /// pressed message becomes a message only if the turn says nothing else (the question itself is not known by id).
    /// </summary>
    public static Turn AsTyped(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var saysSomething = turn.Out.Any(o => o is SendMessage or AnswerButton { Toast: not null });
        var answered = new List<Outgoing>();
        foreach (var outgoing in turn.Out)
        {
            switch (outgoing)
            {
                // A toast the press already says in the chat is not said twice.
                case AnswerButton { Toast: { } toast } when turn.Out.Any(o => o is SendMessage { Reply.Text: var text } && text == toast):
                    break;
                case AnswerButton { Toast: { } toast }:
                    answered.Add(new SendMessage(outgoing.ChatId, new Reply(toast)));
                    break;
                case AnswerButton:
                    break;
                case EditMessage { MessageId: 0 } edit:
                    if (!saysSomething)
                    {
                        answered.Add(new SendMessage(edit.ChatId, edit.Reply));
                    }
                    break;
                default:
                    answered.Add(outgoing);
                    break;
            }
        }
        return turn with { Out = answered };
    }

    /// <summary>Letters and digits in lower case, one space between words: "✅ Looks good!" reads as "looks good".</summary>
    private static string Normalize(string text)
    {
        var normal = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                normal.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (Rune.IsWhiteSpace(rune) || rune.Value is '·' or ',' or '-' or '/')
            {
                if (normal.Length > 0 && normal[^1] != ' ')
                {
                    normal.Append(' ');
                }
            }
        }
        return normal.ToString().Trim();
    }
}
