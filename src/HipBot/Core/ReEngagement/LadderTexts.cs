namespace HipBot.Core.ReEngagement;

/// <summary>
/// The words of the ladder. Every rung has several so rotation is possible. None of them counts
/// misses back at the user or says "you should": the ladder is there to make coming back easy.
/// </summary>
internal static class LadderTexts
{
    public static readonly IReadOnlyList<TextVariant> OneMiss =
    [
        new("miss1.a", "Last session slipped by? No big deal. Today's the one that counts."),
        new("miss1.b", "One missed session changes nothing. Fresh start today."),
        new("miss1.c", "Didn't get to it last time? That's fine, today counts just the same."),
        new("miss1.d", "A blip, not a trend. Here's today:"),
    ];

    public static readonly IReadOnlyList<TextVariant> AskWhy =
    [
        new("why.a", "Hey! Your hips have had a couple of sessions off. What got in the way? Tap one and I'll adjust."),
        new("why.b", "Quick question, no judgement: what made the last couple of sessions tricky?"),
        new("why.c", "Life happens. What's been getting in the way? I'll help work around it."),
    ];

    public static readonly IReadOnlyList<TextVariant> OfferMini =
    [
        new("mini.a", "How about a 5-minute version today? One set per side of each exercise. It counts as a partial session."),
        new("mini.b", "Short on time or energy? Five minutes does it: one set per side of each exercise, and it still counts."),
        new("mini.c", "Small beats nothing. Want to try a quick 5-minute round today? One set per side, counts as partial."),
    ];

    public static readonly IReadOnlyList<TextVariant> OfferLower =
    [
        new("lower.a", "Want to restart one level lower? Easier sets, same habit, and you'll climb back quickly."),
        new("lower.b", "Maybe the sets got a bit much. Shall we step down a level and build back up from there?"),
        new("lower.c", "Easier can be smarter. Fancy dropping one level for a while? Your progress stays saved."),
    ];

    public static readonly IReadOnlyList<TextVariant> OfferPause =
    [
        new("pause.a", "Seems like now isn't the best time, and that's okay. Want to pause? I'll stay quiet until the date you pick."),
        new("pause.b", "Busy stretch? Let's pause the reminders for a while. Pick how long and I'll check back then."),
        new("pause.c", "No pressure at all. If you'd like a break from reminders, choose how long and I'll go quiet."),
    ];

    public static readonly IReadOnlyList<TextVariant> WeeklyCheckIn =
    [
        new("checkin.a", "Just checking in. Your hips are ready whenever you are. Five minutes is a fine way back."),
        new("checkin.b", "Hi from HipBot! No rush. If you fancy a quick round this week, I'm here."),
        new("checkin.c", "A friendly weekly wave 👋 Whenever you want to pick things up again, one tap does it."),
    ];

    public static readonly IReadOnlyList<TextVariant> Farewell =
    [
        new("bye.a", "I'll stop messaging for now so I'm not cluttering your chats. Your progress is saved. Whenever your hips want some attention, just say hi and we'll pick up from there. Happy running! 🏃"),
        new("bye.b", "This is my last note for a while; I don't want to crowd you. Everything you've done is saved. Send me any message when you'd like to start again. Run well! 🏃"),
    ];
}
