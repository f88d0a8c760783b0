namespace HipBot.Core.ReEngagement;

/// <summary>
/// What a user hears when they come back. Never how much they missed: the return is the part worth
/// praising, and a scolding is exactly what would make the next return less likely.
/// </summary>
public static class WelcomeBack
{
    public static string Text(int daysAway) => daysAway switch
    {
        < 3 => "Good to see you! Let's keep it rolling.",
        < 14 => "Welcome back! Let's pick up right where you are.",
        < 60 => "Welcome back! Coming back is the hard part, and you just did it. We'll ease in.",
        _ => "Welcome back! It's been a while, and that's completely fine. We'll start gently and build from here.",
    };
}
