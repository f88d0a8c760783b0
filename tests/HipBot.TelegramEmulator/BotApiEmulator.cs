namespace HipBot.TelegramEmulator;

public sealed class BotApiEmulator;
