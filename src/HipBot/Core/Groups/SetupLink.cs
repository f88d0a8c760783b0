using NodaTime;

namespace HipBot.Core.Groups;

/// <summary>
/// A deep link into an admin's private chat to set up a group's challenge: t.me/Bot?start=Payload. The payload is random
/// (the shell draws it), fits Telegram's 64 characters of A-Za-z0-9_-, opens once, and only until it expires.
/// </summary>
/// <param name="AdminUserId">Who may use it; null when an anonymous admin asked, and whoever uses it must prove to be an admin.</param>
/// <param name="ThreadId">The forum topic the setup started from: where the posts will go.</param>
public sealed record SetupLink(string Payload, long GroupId, long? AdminUserId, int? ThreadId, Instant ExpiresAt, bool Used = false)
{
    public static readonly Duration Lifetime = Duration.FromMinutes(30);

    /// <summary>Setup payloads start with this, so /start can tell them from anything else a link may carry.</summary>
    public const string Prefix = "setup_";

    public const int MaxLength = 64;

    /// <summary>Whether text could be one of our payloads at all (Telegram's alphabet and length, our prefix); never throws.</summary>
    public static bool LooksLikePayload(string? text) =>
        text is { Length: > 0 and <= MaxLength } && text.StartsWith(Prefix, StringComparison.Ordinal) && text.All(IsPayloadChar);

    public static bool IsPayloadChar(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-';

    public static string Url(string botUsername, string payload) => $"https://t.me/{botUsername}?start={payload}";

    /// <summary>The ?startgroup= link that adds the bot to a group asking for the right to pin.</summary>
    public static string AddToGroupUrl(string botUsername) => $"https://t.me/{botUsername}?startgroup=challenge&admin=pin_messages";

    public SetupLinkCheck Check(long userId, Instant now) =>
        Used ? SetupLinkCheck.Used
        : now >= ExpiresAt ? SetupLinkCheck.Expired
        : AdminUserId is { } admin && admin != userId ? SetupLinkCheck.NotYours
        : SetupLinkCheck.Usable;
}

public enum SetupLinkCheck
{
    Usable,
    Used,
    Expired,

    /// <summary>Made for another admin: forwarding a link hands nobody a group.</summary>
    NotYours,
}
