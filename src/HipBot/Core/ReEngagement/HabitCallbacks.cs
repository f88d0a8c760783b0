namespace HipBot.Core.ReEngagement;

/// <summary>Callback data of the habit buttons, in one place so the handlers and the texts cannot drift apart.</summary>
public static class HabitCallbacks
{
    public const string WhyTime = "why:time";
    public const string WhySore = "why:sore";
    public const string WhyForgot = "why:forgot";
    public const string WhyMotivation = "why:motivation";
    public const string WhyPrefix = "why:";

    public const string MiniStart = "mini:start";
    public const string MiniNo = "mini:no";

    public const string LowerYes = "lower:yes";
    public const string LowerNo = "lower:no";

    public const string PauseWeek = "pause:7";
    public const string PauseTwoWeeks = "pause:14";
    public const string PauseFourWeeks = "pause:28";

    public const string RemindChange = "remind:change";
}
