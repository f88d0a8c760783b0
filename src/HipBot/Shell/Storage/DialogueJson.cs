using HipBot.Core.Messages;
using HipBot.Core.Setup;
using HipBot.Core.Training;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Shell.Storage;

/// <summary>The stored shape of a conversation in progress: plain fields, so the JSON stays readable in the database.</summary>
internal sealed class DialogueJson
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public string Asking { get; init; } = nameof(Question.None);
    public bool ChangingOne { get; init; }
    public string? TimeZone { get; init; }
    public string? ReminderTime { get; init; }
    public int? Days { get; init; }
    public int? TimesPerWeek { get; init; }
    public bool? HasBand { get; init; }

    /// <summary>The buttons on offer (label and data), so a typed label works like a tap across turns.</summary>
    public List<OfferedButton>? Offered { get; init; }

    public static DialogueJson From(Conversation conversation, IReadOnlyList<Button> offered) => new()
    {
        Offered = offered.Count == 0 ? null : [.. offered.Select(b => new OfferedButton { Text = b.Text, Data = b.Data })],
        Asking = conversation.Asking.ToString(),
        ChangingOne = conversation.ChangingOne,
        TimeZone = conversation.Draft.TimeZone,
        ReminderTime = conversation.Draft.ReminderTime is { } t ? TimePattern.Format(t) : null,
        Days = (int?)conversation.Draft.Days,
        TimesPerWeek = conversation.Draft.TimesPerWeek,
        HasBand = conversation.Draft.HasBand,
    };

    public IReadOnlyList<Button> ToOffered() => Offered is null ? [] : [.. Offered.Select(b => new Button(b.Text, b.Data))];

    public Conversation ToConversation() => new(
        Enum.Parse<Question>(Asking),
        new Settings(TimeZone, ReminderTime is null ? null : TimePattern.Parse(ReminderTime).GetValueOrThrow(), (TrainingDays?)Days, HasBand) { TimesPerWeek = TimesPerWeek },
        ChangingOne);
}

/// <summary>A button on offer, as stored.</summary>
internal sealed class OfferedButton
{
    public string Text { get; init; } = "";
    public string Data { get; init; } = "";
}
