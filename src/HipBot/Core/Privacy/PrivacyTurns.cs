using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.Messages;

namespace HipBot.Core.Privacy;

/// <summary>/privacy and /deleteme: what HipBot keeps, and deleting all of it after one confirmation.</summary>
public static class PrivacyTurns
{
    public static Turn Page(ChatState state) => Turn.Say(state, new Reply(PrivacyText.Page));

    /// <summary>Asks once, saying what will go; nothing happens until the user taps the confirm button.</summary>
    public static Turn AskToForget(ChatState state) => Turn.Say(state, Reply.WithButtons(
        PrivacyText.DeleteQuestion,
        [CallbackData.Button(PrivacyText.DeleteButton, new ForgetEverything())],
        [CallbackData.Button(PrivacyText.KeepButton, new KeepEverything())]));

    /// <summary>The answer to <see cref="AskToForget"/>; null when the data is not one of its buttons.</summary>
    /// <remarks>
    /// The question loses its buttons either way, so an old one cannot be tapped again after a fresh start. On delete,
    /// the goodbye is a <see cref="LastMessage"/>: once it is out, the rows queued before it (this answer and edit) go too.
    /// </remarks>
    public static Turn? Press(ChatState state, ButtonInput button) => CallbackData.TryDecode(button.Data) switch
    {
        ForgetEverything => new Turn(state,
        [
            new AnswerButton(state.ChatId, button.CallbackQueryId),
            new EditMessage(state.ChatId, new Reply(PrivacyText.Deleting), MessageId: button.MessageId),
            new LastMessage(state.ChatId, PrivacyText.Goodbye),
        ])
        {
            Effects = [new ForgetChat()],
        },
        KeepEverything => new Turn(state,
        [
            new AnswerButton(state.ChatId, button.CallbackQueryId, "Nothing was deleted."),
            new EditMessage(state.ChatId, new Reply(PrivacyText.Kept), MessageId: button.MessageId),
        ]),
        _ => null,
    };
}
