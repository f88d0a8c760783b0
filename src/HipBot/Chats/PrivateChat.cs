using HipBot.CheckIns;
using HipBot.Dialogue;
using HipBot.Messaging;
using HipBot.Reminders;
using HipBot.Training;
using NodaTime;

namespace HipBot.Chats;

/// <summary>Routes one input in a private chat to the feature that owns it. Pure: state and input in, new state and messages out.</summary>
public static class PrivateChat
{
    public static Turn Handle(ChatState state, Input input, Instant now) => Handle(state, input, ChatContext.At(now));

    public static Turn Handle(ChatState state, Input input, ChatContext context)
    {
        var turn = Route(state, input, context);
        return turn with { State = PlanSchedule.Refresh(state, turn.State, context.Now) };
    }

    private static Turn Route(ChatState state, Input input, ChatContext context) => input switch
    {
        CommandInput command => Command(state, command, context),
        ButtonInput button => Press(state, button, context),
        _ when state.Conversation.Asking != Question.None => Onboarding.Answer(state, input, context.Now),
        _ when state.Status == ChatStatus.Onboarding => Turn.Say(state, new Reply("Send /start and I'll set you up: it takes four quick questions.")),
        TextInput text => CheckInTurns.Text(state, text.Text, context),
        _ => Turn.Say(state, HelpText.NotUnderstood),
    };

    private static Turn Command(ChatState state, CommandInput command, ChatContext context) => command.Name switch
    {
        "start" => Onboarding.Start(state, context.Now),
        "settings" => Onboarding.ShowSettings(state, context.Now),
        "cancel" => Onboarding.Cancel(state),
        "help" => Turn.Say(state, HelpText.Full),
        "undo" when state.Status != ChatStatus.Onboarding => CheckInTurns.Undo(state, context),
        _ => Turn.Say(state, HelpText.UnknownCommand(command.Name)),
    };

    private static Turn Press(ChatState state, ButtonInput button, ChatContext context) =>
        Onboarding.Press(state, button, context.Now)
        ?? CheckInTurns.Press(state, button, context)
        ?? LevelOffers.Press(state, button, context)
        // Unknown or forged data changes nothing; the toast only stops the spinner politely.
        ?? new Turn(state, [new AnswerButton(state.ChatId, button.CallbackQueryId, "That button doesn't do anything any more.")]);
}
