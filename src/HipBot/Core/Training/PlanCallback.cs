using NodaTime;
using NodaTime.Text;

namespace HipBot.Core.Training;

/// <summary>
/// The callback data behind a plan button: "plan:done:2026-11-25". The date travels with it so a tap on
/// yesterday's message logs yesterday, not today. At most 21 bytes, well inside Telegram's 64.
/// </summary>
public sealed record PlanCallback(PlanAction Action, LocalDate Date)
{
    public const string Prefix = "plan:";

    public string ToData() => Prefix + Word(Action) + ":" + LocalDatePattern.Iso.Format(Date);

    /// <summary>Reads data made by <see cref="ToData"/>; false for anything else, never throws.</summary>
    public static bool TryParse(string? data, out PlanCallback? callback)
    {
        callback = null;
        if (data is null || data.Length > 64 || !data.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var parts = data[Prefix.Length..].Split(':');
        if (parts.Length != 2 || ActionFrom(parts[0]) is not { } action)
        {
            return false;
        }
        var date = LocalDatePattern.Iso.Parse(parts[1]);
        if (!date.Success)
        {
            return false;
        }
        callback = new PlanCallback(action, date.Value);
        return true;
    }

    private static string Word(PlanAction action) => action switch
    {
        PlanAction.Done => "done",
        PlanAction.Log => "log",
        PlanAction.Skip => "skip",
        PlanAction.Snooze => "snooze",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown plan action."),
    };

    private static PlanAction? ActionFrom(string word) => word switch
    {
        "done" => PlanAction.Done,
        "log" => PlanAction.Log,
        "skip" => PlanAction.Skip,
        "snooze" => PlanAction.Snooze,
        _ => null,
    };
}
