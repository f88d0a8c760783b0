using System.Text.Json;
using System.Text.Json.Serialization;
using global::Telegram.Bot.Requests;

namespace HipBot.Shell.Telegram;

/// <summary>
/// getUpdates answered as raw JSON, one element per update. The client's own GetUpdates reads every update into its
/// types, so one value it does not know (Telegram adds enum values every few months) would fail the whole batch, and
/// the same batch would come back for ever. Raw elements are stored as they came and read one by one later.
/// </summary>
internal sealed class RawGetUpdates() : RequestBase<JsonElement[]>("getUpdates")
{
    [JsonPropertyName("offset")]
    public int? Offset { get; init; }

    [JsonPropertyName("limit")]
    public int? Limit { get; init; }

    [JsonPropertyName("timeout")]
    public int? Timeout { get; init; }

    [JsonPropertyName("allowed_updates")]
    public IReadOnlyList<string>? AllowedUpdates { get; init; }
}
