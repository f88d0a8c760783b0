namespace HipBot.Shell.Logging;

/// <summary>
/// Every log event id, in one list, so an operator can filter or alert on a kind of line whatever its wording, and no
/// two kinds share an id. Each area owns a block of a thousand: take the next free id of your area, add it here and
/// use it in the <c>[LoggerMessage]</c> of your class. An id, once released, keeps its meaning.
/// </summary>
internal static class LogEvents
{
    // 1xxx: Telegram in: receiving updates, the inbox, the command menu.
    public const int PollingFailed = 1001;
    public const int CommandMenuFailed = 1002;

    // 2xxx: delivery: the outbox sender and its pacing.

    // 3xxx: scheduling: daily plans, reminders, closing days.

    // 4xxx: storage: migrations, housekeeping.
    public const int DatabaseMigrated = 4001;
    public const int HousekeepingDeleted = 4101;
    public const int HousekeepingFailed = 4102;

    // 5xxx: hosting: start-up, settings, shutdown.
}
