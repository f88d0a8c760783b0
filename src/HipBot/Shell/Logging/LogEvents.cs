using HipBot.Shell.Logging;
using Microsoft.Extensions.Logging;
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
    public const int InboxReadFailed = 1003;
    public const int UpdateRetrying = 1004;
    public const int UpdateParked = 1005;
    public const int ChatMembershipChanged = 1006;
    public const int UpdateIgnored = 1007;
    public const int UpdateWithoutId = 1008;
    public const int StoringUpdatesFailed = 1009;
    public const int UpdateUnreadable = 1010;
    public const int TokenNotChecked = 1011;
    public const int TelegramFailureDetail = 1012;

    // 2xxx: delivery: the outbox sender and its pacing.
    public const int OutboxReadFailed = 2001;
    public const int OutcomeNotRecorded = 2002;
    public const int DeliveredButNotRecorded = 2003;
    public const int ChatUnreachable = 2004;
    public const int RefusedButWroteSince = 2005;
    public const int RefusedForGood = 2006;
    public const int DeliveryRetrying = 2007;
    public const int UnreadableRowDropped = 2008;
    public const int StoppingWithDeliveries = 2009;
    public const int StoppedWithDeliveries = 2010;
    public const int StoppedWithUnrecorded = 2011;
    public const int ChartNotDrawn = 2012;

    // 3xxx: scheduling: daily plans, reminders, closing days.
    public const int SchedulerTickFailed = 3001;
    public const int PlanningChatFailed = 3002;

    // 4xxx: storage: migrations, housekeeping, forgetting a chat.
    public const int DatabaseMigrated = 4001;
    public const int HousekeepingDeleted = 4101;
    public const int HousekeepingFailed = 4102;
    public const int ChatForgotten = 4201;

    // 5xxx: hosting: start-up, settings, shutdown.

    // 6xxx: turns: the pipeline every turn of a chat goes through.
    public const int PlanAlreadyClaimed = 6001;

    // 7xxx: the HTTP port: the webhook, /health and /metrics.
    public const int HttpListening = 7001;

    // 8xxx: webhook mode: Telegram's posts and setWebhook / deleteWebhook.
    public const int WebhookSecretRefused = 8001;
    public const int WebhookNotAnUpdate = 8002;
    public const int WebhookStoringFailed = 8003;
    public const int WebhookSet = 8004;
    public const int WebhookSwitchFailed = 8005;

    // 9xxx: health: the readiness check and the status file for --health.
    public const int HealthFileFailed = 9001;
    public const int NotReady = 9002;
    public const int ReadyAgain = 9003;

    // 10xxx: group challenges: group updates, the daily posts, what Telegram does to a group.
    public const int GroupTickFailed = 10001;
    public const int GroupPlanningFailed = 10002;
    public const int GroupMigrated = 10003;
    public const int GroupSuspended = 10004;
    public const int GroupTopicGone = 10005;
    public const int MemberLookupFailed = 10006;
    public const int GroupUpdateIgnored = 10007;
}
