using System.Security.Cryptography;
using System.Text;

namespace HipBot.Shell.Webhook;

/// <summary>
/// The secret Telegram sends in X-Telegram-Bot-Api-Secret-Token, compared in constant time: both sides are hashed
/// first, so neither the content nor the length of the expected secret shows in how long a wrong guess takes.
/// </summary>
public sealed class WebhookSecret(string expected)
{
    public const string Header = "X-Telegram-Bot-Api-Secret-Token";

    private readonly byte[] expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(expected));

    public bool Matches(string? presented) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented ?? "")), expectedHash)
        && presented is not null;
}
