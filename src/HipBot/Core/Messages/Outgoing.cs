using System.Text.Json.Serialization;
using HipBot.Core.Reports;

namespace HipBot.Core.Messages;

/// <summary>Something the bot does in a chat; the outbox sender turns it into a Bot API call.</summary>
/// <remarks>
/// The set is closed: the outbox stores each record as JSON under the kind named here, and a kind it does not know
/// cannot be read back. A new kind needs a name here and a Bot API call in the sender.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "Kind")]
[JsonDerivedType(typeof(SendMessage), "send")]
[JsonDerivedType(typeof(EditMessage), "edit")]
[JsonDerivedType(typeof(AnswerButton), "answer")]
[JsonDerivedType(typeof(SendDocument), "document")]
[JsonDerivedType(typeof(SendChart), "chart")]
[JsonDerivedType(typeof(LastMessage), "last")]
[JsonDerivedType(typeof(PostMessage), "post")]
[JsonDerivedType(typeof(ReactToMessage), "react")]
[JsonDerivedType(typeof(PinMessage), "pin")]
public abstract record Outgoing([property: JsonPropertyOrder(-1)] long ChatId);

/// <summary>A new message. A <paramref name="Key"/> names it so a later edit can find it (e.g. today's plan).</summary>
public sealed record SendMessage(long ChatId, Reply Reply, string? Key = null) : Outgoing(ChatId);

/// <summary>
/// Replaces the text and buttons of an earlier message, found by its Telegram id or by its key.
/// When Telegram refuses the edit (too old, deleted), the sender sends it as a new message instead;
/// when no message was ever sent under the key, there is nothing to update and it is dropped.
/// </summary>
public sealed record EditMessage(long ChatId, Reply Reply, int? MessageId = null, string? TargetKey = null) : Outgoing(ChatId)
{
    /// <summary>Only the buttons change (to <see cref="Reply.Buttons"/>); the message keeps its words, and the reply's text is not used.</summary>
    /// <remarks>Left out of the stored JSON when false, so every edit stored before reads and writes the same.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool ButtonsOnly { get; init; }

    /// <summary>Takes the buttons off a question that has been answered, leaving its words as they were.</summary>
    public static EditMessage RemoveButtons(long chatId, int messageId) => new(chatId, new Reply(""), messageId) { ButtonsOnly = true };
}

/// <summary>Stops the spinner on a pressed button, with an optional short toast.</summary>
public sealed record AnswerButton(long ChatId, string CallbackQueryId, string? Toast = null) : Outgoing(ChatId)
{
    /// <summary>A t.me/Bot?start= link Telegram opens for the presser: how a group's button sends someone to their private chat.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }
}

/// <summary>
/// A file in the chat (/export). Its content is text the core wrote, kept whole in the outbox row, so a restart between
/// queueing and sending still sends the same file; the sender uploads it as UTF-8.
/// </summary>
public sealed record SendDocument(long ChatId, TextFile File, string? Caption = null) : Outgoing(ChatId);

/// <summary>A text file to send: its name as the user will see it, and its content.</summary>
public sealed record TextFile(string Name, string Content);

/// <summary>
/// The /stats picture. The row keeps the chart's numbers, not its pixels: the sender draws the PNG as it sends, so a
/// restart still sends it, the outbox stays small, and drawing never holds a turn's transaction open.
/// </summary>
public sealed record SendChart(long ChatId, ProgressChart Chart, string? Caption = null) : Outgoing(ChatId);

/// <summary>
/// The goodbye after /deleteme: sent like any message, and once Telegram accepts it, its outbox row and every row of
/// the chat queued before it are deleted, so nothing of the chat stays behind.
/// </summary>
public sealed record LastMessage(long ChatId, Reply Reply) : Outgoing(ChatId);

/// <summary>
/// A message in a group that members should not be woken by: sent silently, into the challenge's forum topic
/// (<paramref name="ThreadId"/>, null for the General topic), under a <paramref name="Key"/> later edits find it by.
/// </summary>
public sealed record PostMessage(long ChatId, Reply Reply, string Key, int? ThreadId = null) : Outgoing(ChatId)
{
    /// <summary>The member's message this answers (a command): the answer shows as a reply, in that message's topic.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ReplyToMessageId { get; init; }
}

/// <summary>Acknowledges a member's message with a reaction instead of a new message in the group.</summary>
public sealed record ReactToMessage(long ChatId, int MessageId, string Emoji) : Outgoing(ChatId);

/// <summary>Pins the message sent under <paramref name="TargetKey"/>, silently; nothing happens when the bot may not pin.</summary>
public sealed record PinMessage(long ChatId, string TargetKey) : Outgoing(ChatId);
