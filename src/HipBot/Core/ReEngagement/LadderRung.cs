namespace HipBot.Core.ReEngagement;

/// <summary>The separate messages of the re-engagement ladder, in the order a drifting user meets them.</summary>
public enum LadderRung
{
    AskWhy = 1,
    OfferMini = 2,
    OfferLower = 3,
    OfferPause = 4,
    WeeklyCheckIn = 5,
}
