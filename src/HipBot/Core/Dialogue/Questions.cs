using HipBot.Core.Messages;


namespace HipBot.Core.Dialogue;

/// <summary>How each onboarding question is asked, and re-asked with an example after an answer the bot cannot use.</summary>
public static class Questions
{
    public static Reply Ask(Question question, string? preface = null) => question switch
    {
        Question.TimeZone => Build(preface,
            "🌍 What's your time zone? Tap one, or type a city (\"Berlin\", \"New York\"), a zone (\"America/Chicago\") or an offset (\"UTC+2\"). You can also share your location (📎 → Location).",
            [new Button("London", "tz:Europe/London"), new Button("Berlin", "tz:Europe/Berlin"), new Button("UTC", "tz:UTC")],
            [new Button("New York", "tz:America/New_York"), new Button("Chicago", "tz:America/Chicago"), new Button("Los Angeles", "tz:America/Los_Angeles")],
            [new Button("India", "tz:Asia/Kolkata"), new Button("Sydney", "tz:Australia/Sydney")]),
        Question.ReminderTime => Build(preface,
            "⏰ When should I send your daily exercises? Tap a time or type one (\"7:30\", \"19:00\", \"7pm\").",
            [new Button("06:30", "time:06:30"), new Button("07:00", "time:07:00"), new Button("08:00", "time:08:00")],
            [new Button("12:30", "time:12:30"), new Button("18:00", "time:18:00"), new Button("20:00", "time:20:00")]),
        Question.TrainingDays => Build(preface,
            "📅 Which days do you want to train? Three days a week is plenty to start. Tap one or type your days (\"mon wed fri\", \"3 days\").",
            [new Button("Mon · Wed · Fri", $"days:{(int)Training.TrainingDays.MonWedFri}"), new Button("Weekdays", $"days:{(int)Training.TrainingDays.Weekdays}")],
            [new Button("Every day", $"days:{(int)Training.TrainingDays.EveryDay}")]),
        Question.Band => Build(preface,
            "🎗 Do you have a resistance band (a loop around the thighs)? It's not needed to start; it makes the exercises harder later.",
            [new Button("Yes, I have one", "band:yes"), new Button("Not yet", "band:no")]),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, "Only the four settings questions are asked."),
    };

    /// <summary>The short re-ask after an unusable answer: what went wrong and an example, with the same buttons.</summary>
    public static Reply Reask(Question question) => Ask(question, question switch
    {
        Question.TimeZone => "I couldn't find that time zone. Try a big city near you (\"Madrid\"), a zone like \"Europe/Madrid\" or an offset like \"UTC+1\".",
        Question.ReminderTime => "I didn't catch a time there. Try \"7:00\", \"18:30\" or \"7pm\".",
        Question.TrainingDays => "I couldn't read those days. Try \"mon wed fri\", \"weekdays\" or \"every day\".",
        Question.Band => "Just tap a button, or answer \"yes\" or \"not yet\".",
        _ => null,
    });

    public static Reply Confirm(Settings draft) => Reply.WithButtons(
        "Here's your plan:\n\n" + SettingsSummary.Describe(draft) + "\n\nAll good?",
        [new Button("✅ Looks good", "confirm:yes"), new Button("✏️ Change something", "confirm:change")]);

    public static Reply SettingsMenu(string intro) => Reply.WithButtons(
        intro,
        [new Button("🌍 Time zone", "set:tz"), new Button("⏰ Reminder time", "set:time")],
        [new Button("📅 Days", "set:days"), new Button("🎗 Band", "set:band")]);

    private static Reply Build(string? preface, string text, params IReadOnlyList<Button>[] rows) =>
        new(preface is null ? text : preface + "\n\n" + text, rows);
}
