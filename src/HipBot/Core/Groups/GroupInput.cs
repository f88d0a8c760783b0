using HipBot.Core.Buttons;

namespace HipBot.Core.Groups;

/// <summary>What happened in or about a group, stripped of Telegram's types.</summary>
public abstract record GroupInput
{
    private protected GroupInput()
    {
    }
}

/// <summary>The bot was added to the group (or its rights changed): <paramref name="MayPin"/> when it is an admin with the pin right.</summary>
public sealed record BotJoined(long ByUserId, string Title, bool MayPin) : GroupInput;

/// <summary>The bot was removed or kicked from the group.</summary>
public sealed record BotRemoved(long ByUserId) : GroupInput;

/// <summary>A member left the group or was removed (chat_member, or the left_chat_member service message).</summary>
public sealed record MemberLeftGroup(long UserId) : GroupInput;

/// <summary>The group became a supergroup with a new id (migrate_to_chat_id, or a 400 naming it on a send).</summary>
public sealed record GroupMigrated(long NewGroupId) : GroupInput;

/// <summary>A command for this bot in the group; <paramref name="Name"/> is lower case without the slash or @BotName.</summary>
public sealed record GroupCommand(Actor Actor, string Name, string Arguments, int MessageId, int? ThreadId) : GroupInput;

/// <summary>A member's reply to one of the bot's messages in the group: a check-in in their own words.</summary>
public sealed record ReplyToBot(Actor Actor, string Text, int MessageId) : GroupInput;

/// <summary>A button pressed under a message in the group; <paramref name="Press"/> is null for data no button of ours sends.</summary>
public sealed record GroupPress(Actor Actor, Callback? Press, string CallbackQueryId, int MessageId, int? ThreadId) : GroupInput;

/// <summary>/start with a setup payload in the private chat of <paramref name="Actor"/>.</summary>
public sealed record OpenSetupLink(PersonActor Actor, string Payload) : GroupInput;

/// <summary>A group button (setup or roster) pressed in an admin's private chat; it names the group, which may not be theirs.</summary>
public sealed record PrivateGroupPress(PersonActor Actor, Callback Press, string CallbackQueryId, int MessageId) : GroupInput;

/// <summary>The Bot API refused a send into the group's forum topic (closed or deleted): posts go to the General topic from now.</summary>
public sealed record TopicUnavailable : GroupInput;
