using HipBot.Core.Groups;
using HipBot.Shell.Hosting;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types.Enums;

namespace HipBot.Shell.Groups;

/// <summary>
/// What a user is in a group, asked of Telegram (getChatMember) and remembered briefly, so a burst of an admin's presses
/// costs one call; a chat_member update about them forgets it at once. Telegram's answer is the only authority: never a
/// command menu's scope, nor a button's presence.
/// </summary>
public sealed class AdminRoles(ITelegramBotClient bot, TransportClock clock)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(2);

    private readonly Lock gate = new();
    private readonly Dictionary<(long Group, long User), (ChatRole? Role, long Until)> known = [];

    /// <summary>The user's role in the group; null when Telegram will not say (no such group, the bot is not in it).</summary>
    public async Task<ChatRole?> RoleAsync(long groupId, long userId, CancellationToken cancellationToken)
    {
        var now = clock.NowMilliseconds;
        lock (gate)
        {
            if (known.TryGetValue((groupId, userId), out var cached) && cached.Until > now)
            {
                return cached.Role;
            }
        }
        ChatRole? role;
        try
        {
            var member = await bot.GetChatMember(groupId, userId, cancellationToken);
            role = member.Status switch
            {
                ChatMemberStatus.Creator => ChatRole.Creator,
                ChatMemberStatus.Administrator => ChatRole.Administrator,
                ChatMemberStatus.Member => ChatRole.Member,
                ChatMemberStatus.Restricted => ChatRole.Restricted,
                ChatMemberStatus.Kicked => ChatRole.Kicked,
                _ => ChatRole.Left,
            };
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 400 or 403)
        {
            // A forged group id, or a group the bot is not in: nobody is an admin of it as far as HipBot can know.
            role = null;
        }
        lock (gate)
        {
            known[(groupId, userId)] = (role, clock.NowMilliseconds + (long)KeepFor.TotalMilliseconds);
            if (known.Count > 10_000)
            {
                foreach (var stale in known.Where(k => k.Value.Until <= now).Select(k => k.Key).ToList())
                {
                    known.Remove(stale);
                }
            }
        }
        return role;
    }

    /// <summary>A chat_member update said something changed about this user in this group.</summary>
    public void Forget(long groupId, long userId)
    {
        lock (gate)
        {
            known.Remove((groupId, userId));
        }
    }
}
