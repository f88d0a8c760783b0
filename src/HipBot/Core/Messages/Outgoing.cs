using System.Text.Json.Serialization;

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
public abstract record Outgoing([property: JsonPropertyOrder(-1)] long ChatId);

/// <summary>A new message. A <paramref name="Key"/> names it so a later edit can find it (e.g. today's plan).</summary>
public sealed record SendMessage(long ChatId, Reply Reply, string? Key = null) : Outgoing(ChatId);

/// <summary>
/// Replaces the text and buttons of an earlier message, found by its Telegram id or by its key.
/// When Telegram refuses the edit (too old, deleted), the sender sends it as a new message instead;
/// when no message was ever sent under the key, there is nothing to update and it is dropped.
/// </summary>
public sealed record EditMessage(long ChatId, Reply Reply, int? MessageId = null, string? TargetKey = null) : Outgoing(ChatId);

/// <summary>Stops the spinner on a pressed button, with an optional short toast.</summary>
public sealed record AnswerButton(long ChatId, string CallbackQueryId, string? Toast = null) : Outgoing(ChatId);
