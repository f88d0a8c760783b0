using HipBot.Core.Buttons;
using HipBot.Core.Messages;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Setup;

/// <summary>How each onboarding question is asked, and re-asked with an example after an answer the bot cannot use.</summary>
public static class Questions
{
    public static Reply Ask(Question question, string? preface = null) => question switch
    {
        Question.TimeZone => Build(preface,
            "🌍 What's your time zone? Tap one, or type a city (\"Berlin\", \"New York\"), a zone (\"America/Chicago\") or an offset (\"UTC+2\"). You can also share your location (📎 → Location).",
            [Zone("London", "Europe/London"), Zone("Berlin", "Europe/Berlin"), Zone("UTC", "UTC")],
            [Zone("New York", "America/New_York"), Zone("Chicago", "America/Chicago"), Zone("Los Angeles", "America/Los_Angeles")],
            [Zone("India", "Asia/Kolkata"), Zone("Sydney", "Australia/Sydney")]),
        Question.ReminderTime => Build(preface,
            "⏰ When should I send your daily exercises? Tap a time or type one (\"7:30\", \"19:00\", \"7pm\").",
            [Clock(6, 30), Clock(7, 0), Clock(8, 0)],
            [Clock(12, 30), Clock(18, 0), Clock(20, 0)]),
        Question.TrainingDays => Build(preface,
            "📅 Which days do you want to train? Three days a week is plenty to start. Tap one or type your days (\"mon wed fri\", \"3 days\"), or a number a week on any days (\"3 times a week, any days\") if your runs move around.",
            [Days("Mon · Wed · Fri", TrainingDays.MonWedFri), Days("Weekdays", TrainingDays.Weekdays)],
            [Days("Every day", TrainingDays.EveryDay), CallbackData.Button("3× a week, any days", new PickWeekly(3))]),
        Question.Band => Build(preface,
            "🎗 Do you have a resistance band (a loop around the thighs)? It's not needed to start; it makes the exercises harder later.",
            [CallbackData.Button("Yes, I have one", new PickBand(true)), CallbackData.Button("Not yet", new PickBand(false))]),
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

    /// <summary>"GMT" is London's clock to most who type it, and UTC to the rest: which one?</summary>
    public static Reply GmtOrUtc() => Reply.WithButtons(
        "GMT: do you mean London time (GMT in winter, BST in summer) or UTC all year round?",
        [Zone("London (GMT/BST)", "Europe/London"), Zone("UTC all year", "UTC")]);

    public static Reply Confirm(Settings draft) => Reply.WithButtons(
        "Here's your plan:\n\n" + SettingsSummary.Describe(draft) + "\n\nAll good?",
        [CallbackData.Button("✅ Looks good", new ConfirmSettings()), CallbackData.Button("✏️ Change something", new ChangeSomething())]);

    public static Reply SettingsMenu(string intro) => Reply.WithButtons(
        intro,
        [Change("🌍 Time zone", Question.TimeZone), Change("⏰ Reminder time", Question.ReminderTime)],
        [Change("📅 Days", Question.TrainingDays), Change("🎗 Band", Question.Band)]);

    private static Button Zone(string text, string zone) => CallbackData.Button(text, new PickTimeZone(zone));

    private static Button Clock(int hour, int minute)
    {
        var time = new LocalTime(hour, minute);
        return CallbackData.Button(SettingsSummary.Clock(time), new PickReminderTime(time));
    }

    private static Button Days(string text, TrainingDays days) => CallbackData.Button(text, new PickDays(days));

    private static Button Change(string text, Question question) => CallbackData.Button(text, new ChangeSetting(question));

    private static Reply Build(string? preface, string text, params IReadOnlyList<Button>[] rows) =>
        new(preface is null ? text : preface + "\n\n" + text, rows);
}
