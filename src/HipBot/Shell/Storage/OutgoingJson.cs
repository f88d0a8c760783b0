using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using HipBot.Core.Chats;
using HipBot.Core.Messages;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>
/// The one encoding of an outbox row: the <see cref="Outgoing"/> record as JSON, its kind first (the names on
/// <see cref="Outgoing"/>), the same kind in the row's <c>kind</c> column for queries.
/// </summary>
/// <example><c>{"Kind":"send","ChatId":7,"Reply":{"Text":"Hi","Buttons":[[{"Text":"Go","Data":"go:1"}]]},"Key":"plan:2026-11-25"}</c></example>
public static class OutgoingJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Set, not left to the first call, so the kinds can be read off the contract before anything is serialized.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        // A payload that lacks a field or has null where the record allows none is corrupt: it fails here, by name,
        // rather than as a null deep in a Bot API call.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        // A row rewritten by hand or by SQL may put the kind anywhere.
        AllowOutOfOrderMetadataProperties = true,
        // A chart's weeks are local dates: stored as ISO text, as everywhere else.
        Converters = { new LocalDateConverter() },
    };

    private static readonly Dictionary<Type, string> Kinds = Options.GetTypeInfo(typeof(Outgoing)).PolymorphismOptions!.DerivedTypes
        .ToDictionary(d => d.DerivedType, d => (string)d.TypeDiscriminator!);

    /// <summary>The kind a message is stored under.</summary>
    public static string KindOf(Outgoing message) =>
        Kinds.TryGetValue(message.GetType(), out var kind)
            ? kind
            : throw new ArgumentOutOfRangeException(nameof(message), message.GetType().Name, "This outgoing message has no kind to be stored under.");

    // Always as the base type: serialized as its own type, a record would be written without its kind.
    public static string Encode(Outgoing message) => JsonSerializer.Serialize<Outgoing>(message, Options);

    /// <summary>
    /// What a reply shows, in 32 hex digits: equal for the same text and buttons (as the encoder writes them), and
    /// different otherwise but for a SHA-256 collision. Kept instead of a sent message's text.
    /// </summary>
    public static string Fingerprint(Reply reply) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(reply, Options)), 0, 16);

    /// <summary>
    /// Reads a row back as the record that was stored; or, with no message, says why it cannot: a kind this HipBot
    /// does not know, a corrupt payload, or one that disagrees with its row.
    /// </summary>
    public static (Outgoing? Message, string? Problem) Decode(string kind, long chatId, string payload)
    {
        Outgoing? message;
        try
        {
            message = JsonSerializer.Deserialize<Outgoing>(payload, Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return (null, ex.Message);
        }
        return message switch
        {
            null => (null, "the payload is null"),
            _ when KindOf(message) != kind => (null, $"the payload is of kind {KindOf(message)}, the row says {kind}"),
            // A payload that names another chat must never reach it.
            _ when message.ChatId != chatId => (null, $"the payload is for chat {message.ChatId}, the row for {chatId}"),
            _ => (message, null),
        };
    }

    private sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && reader.GetString() is { } text && IsoDate.TryParse(text) is { } date
                ? date
                : throw new JsonException("A local date must be ISO text (\"2026-11-25\").");

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(IsoDate.Format(value));
    }
}
