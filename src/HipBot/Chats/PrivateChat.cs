using HipBot.Dialogue;
using HipBot.Messaging;
using HipBot.Reminders;
using NodaTime;

namespace HipBot.Chats;

/// <summary>Routes one input in a private chat to the feature that owns it. Pure: state and input in, new state and messages out.</summary>
public static class PrivateChat
{
    public static Turn Handle(ChatState state, Input input, Instant now)
    {
        var turn = Route(state, input, now);
        return turn with { State = PlanSchedule.Refresh(state, turn.State, now) };
    }

    private static Turn Route(ChatState state, Input input, Instant now) => input switch
    {
        CommandInput command => Command(state, command, now),
        ButtonInput button => Press(state, button, now),
        _ when state.Conversation.Asking != Question.None => Onboarding.Answer(state, input, now),
        _ when state.Status == ChatStatus.Onboarding => Turn.Say(state, new Reply("Send /start and I'll set you up: it takes four quick questions.")),
        _ => Turn.Say(state, HelpText.NotUnderstood),
    };

    private static Turn Command(ChatState state, CommandInput command, Instant now) => command.Name switch
    {
        "start" => Onboarding.Start(state, now),
        "settings" => Onboarding.ShowSettings(state, now),
        "cancel" => Onboarding.Cancel(state),
        "help" => Turn.Say(state, HelpText.Full),
        _ => Turn.Say(state, HelpText.UnknownCommand(command.Name)),
    };

    private static Turn Press(ChatState state, ButtonInput button, Instant now) =>
        Onboarding.Press(state, button, now)
        // Unknown or forged data changes nothing; the toast only stops the spinner politely.
        ?? new Turn(state, [new AnswerButton(state.ChatId, button.CallbackQueryId, "That button doesn't do anything any more.")]);
}
