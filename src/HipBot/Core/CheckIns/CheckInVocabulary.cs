using System.Collections.Frozen;
using HipBot.Core.Training;

namespace HipBot.Core.CheckIns;

/// <summary>The words runners use when they check in, and what each means. Phrases are matched before single words.</summary>
internal static class CheckInVocabulary
{
    /// <summary>Stands for "of" or "/" between two numbers: "2 of 3 sets", "2/3".</summary>
    public const string OutOfMarker = "\u0001of";

    /// <summary>Stands for a smiling emoji: friendly noise.</summary>
    public const string SmileMarker = "\u0001smile";

    /// <summary>Weekday names and their usual short forms; "sat" and "sun" are words of their own, so only in full.</summary>
    public static FrozenDictionary<string, NodaTime.IsoDayOfWeek> Weekdays { get; } = new Dictionary<string, NodaTime.IsoDayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = NodaTime.IsoDayOfWeek.Monday, ["mon"] = NodaTime.IsoDayOfWeek.Monday,
        ["tuesday"] = NodaTime.IsoDayOfWeek.Tuesday, ["tue"] = NodaTime.IsoDayOfWeek.Tuesday, ["tues"] = NodaTime.IsoDayOfWeek.Tuesday,
        ["wednesday"] = NodaTime.IsoDayOfWeek.Wednesday, ["wed"] = NodaTime.IsoDayOfWeek.Wednesday, ["weds"] = NodaTime.IsoDayOfWeek.Wednesday,
        ["thursday"] = NodaTime.IsoDayOfWeek.Thursday, ["thu"] = NodaTime.IsoDayOfWeek.Thursday, ["thur"] = NodaTime.IsoDayOfWeek.Thursday,
        ["thurs"] = NodaTime.IsoDayOfWeek.Thursday,
        ["friday"] = NodaTime.IsoDayOfWeek.Friday, ["fri"] = NodaTime.IsoDayOfWeek.Friday,
        ["saturday"] = NodaTime.IsoDayOfWeek.Saturday, ["sunday"] = NodaTime.IsoDayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static FrozenDictionary<string, Lexeme> Words { get; } = BuildWords();

    /// <summary>Multi-word phrases by first word, longest first so "side leg raises" beats "side".</summary>
    public static FrozenDictionary<string, (string[] Words, Lexeme Meaning)[]> Phrases { get; } = BuildPhrases();

    public static FrozenDictionary<string, int> NumberWords { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["single"] = 1, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"first set", "another set": one more set, whatever the ordinal.</summary>
    public static FrozenSet<string> OneMore { get; } = new[]
    {
        "first", "second", "third", "fourth", "fifth", "another", "extra",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static FrozenSet<string> OrdinalSuffixes { get; } = new[] { "st", "nd", "rd", "th" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open a question only when the message has a question mark: "do squats count?".</summary>
    public static FrozenSet<string> QuestionOpeners { get; } = new[]
    {
        "do", "does", "should", "can", "could", "is", "are", "will", "would", "shall", "am", "was", "were", "did",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, Lexeme> BuildWords()
    {
        var words = new Dictionary<string, Lexeme>(StringComparer.Ordinal);
        void Add(LexKind kind, params string[] list)
        {
            foreach (var word in list)
            {
                words[word] = Lexeme.Of(kind);
            }
        }

        Add(LexKind.Done, "done", "did", "finished", "finish", "finito", "complete", "completed", "nailed", "smashed",
            "crushed", "killed", "knocked", "yes", "yep", "yup", "yeah", "yea", "ya", "tick", "ticked", "checked",
            "accomplished", "managed", "performed");
        Add(LexKind.Skip, "skip", "skipped", "skipping", "skips", "rest", "resting", "rested", "pass", "passing",
            "missed", "miss", "forgot", "forgotten", "none");
        Add(LexKind.SoftSkip, "tomorrow", "exhausted", "busy", "tired");
        Add(LexKind.Pain, "pain", "pains", "painful", "hurts", "hurt", "hurting", "injured", "injury", "injuries", "ache", "aches",
            "aching", "achy", "achey", "sprain", "sprained", "strain", "strained", "tweaked", "twinge", "twinges", "niggle", "niggles",
            "niggly", "tendonitis", "tendinitis", "bursitis", "itbs", "splints", "limping", "limp", "physio", "physiotherapist",
            "swollen", "swelling", "throbbing", "stabbing", "ouch", "ow", "owie", "sciatica", "fracture", "torn", "tear");
        Add(LexKind.Sore, "sore", "stiff");
        Add(LexKind.Illness, "sick", "sickness", "flu", "fever", "feverish", "covid", "unwell", "poorly", "virus", "migraine",
            "headache", "nauseous", "nausea", "vomiting", "cough", "coughing", "bronchitis", "infection", "illness");
        Add(LexKind.Travel, "travel", "travelling", "traveling", "trip", "vacation", "vacay", "holiday", "holidays", "hols",
            "abroad", "flight", "flying", "airport", "away", "hotel", "visiting", "conference", "roadtrip");
        Add(LexKind.Greeting, "hi", "hello", "hey", "hiya", "howdy", "yo", "heya", "hallo", "hola", "bonjour", "sup");
        Add(LexKind.Thanks, "thanks", "thank", "ty", "thx", "tnx", "thankyou", "cheers", "appreciate", "appreciated", "merci",
            "danke", "gracias", "grazie");
        Add(LexKind.Chatter, "lol", "haha", "hehe", "ok", "okay", "kk", "cool", "awesome", "nice", "great", "love", "bye",
            "cya", "wow", "sweet", "perfect", "yay", "woo", "woohoo", "brilliant", "amazing", "sure", "noted", SmileMarker);
        Add(LexKind.Later, "later", "tonight", "soon", "snooze", "remind", "will", "ill", "gonna", "planning", "afterwards");
        Add(LexKind.NotYet, "havent", "hasnt", "yet");
        Add(LexKind.StrongNegation, "didnt", "couldnt", "cant", "cannot", "wont", "dont", "wasnt", "werent", "never");
        Add(LexKind.WeakNegation, "no", "nope", "nah", "not");
        Add(LexKind.Nothing, "nothing", "zilch", "nada");
        Add(LexKind.Exclude, "but", "except", "excluding", "minus", "without", "besides");
        Add(LexKind.Only, "only", "just", "solely");
        Add(LexKind.Vague, "some", "half", "part", "partly", "partial", "partially", "most", "mostly", "kinda",
            "sorta", "almost", "nearly", "started", "tried", "attempted", "halfway", "quarter");
        Add(LexKind.SoftVague, "bit", "little", "few", "couple");
        Add(LexKind.Yesterday, "yesterday", "yesterdays", "yday", "yest", "ystd");
        Add(LexKind.Today, "today", "todays", "morning", "afternoon", "earlier", "evening", "now");
        Add(LexKind.Hip, "hips", "hip", "glutes", "glute", "exercises", "exercise", "routine", "rehab", "plan", "session");
        Add(LexKind.All, "all", "everything", "everythin", "lot", "whole", "full", "every");
        Add(LexKind.OtherActivity, "run", "ran", "running", "runs", "jog", "jogged", "jogging", "race", "raced", "racing",
            "marathon", "parkrun", "work", "job", "shift", "homework", "laundry", "lunch", "dinner", "breakfast", "coffee",
            "swim", "swam", "swimming", "bike", "biked", "ride", "rode", "cycling", "yoga", "gym", "weather", "rain",
            "walk", "walked", "hike", "hiked", "tempo", "intervals", "strides", "meeting", "class", "school", "pace", "paced",
            "halfmarathon", "ultra", "trail", "track", "fartlek", "hills", "splits", "pb", "pr");
        Add(LexKind.DistanceUnit, "k", "km", "kms", "mi", "miles", "mile", "m", "meters", "metres", "kilometers", "kilometres");
        Add(LexKind.Unit, "min", "mins", "minute", "minutes", "sec", "secs", "seconds", "hr", "hrs", "hour", "hours",
            "am", "pm", "h", "kg", "kgs", "lb", "lbs", "pounds", "percent", "days", "weeks");
        Add(LexKind.TimePreposition, "at", "around", "before", "after", "until", "till", "since", "by", "alarm", "alarms",
            "wake", "woke", "bedtime", "slept", "sleep");
        Add(LexKind.Interrogative, "what", "whats", "how", "hows", "why", "when", "whens", "where", "wheres", "who", "whos", "which");
        Add(LexKind.OutOf, OutOfMarker);
        Add(LexKind.Sets, "sets", "set", "rounds", "round", "circuits", "circuit");
        Add(LexKind.Reps, "reps", "rep", "repetitions", "repetition", "times");
        Add(LexKind.Link, "the", "my", "a", "an", "of", "do", "doing", "to", "on", "with", "those", "these", "any", "them", "it", "its", "for", "em");
        Add(LexKind.Join, "and", "or", "nor", "n", "plus", "then");
        Add(LexKind.Filler, "i", "im", "ive", "id", "me", "we", "so", "very", "really", "again", "too", "also",
            "you", "youre", "whew", "phew", "ugh", "oh", "well", "finally", "day", "in", "was", "were", "is", "are",
            "been", "be", "have", "has", "had", "got", "get", "went", "go", "going", "through", "up", "out", "off", "first",
            "that", "this", "there", "still", "as", "usual", "tough", "hard", "easy", "good", "felt", "feel", "feeling",
            "burn", "burning", "band", "banded", "bands", "wall", "slow", "slowly", "side", "sides", "leg", "legs",
            "totally", "definitely", "workout", "stuff", "mine", "our", "your", "ones", "time", "quick", "quickly",
            "properly", "knee", "knees", "hamstring", "hamstrings", "calf", "calves", "ankle", "achilles", "shin", "shins",
            "foot", "feet", "back", "groin", "quad", "quads", "long");
        Add(LexKind.Side, "per", "each", "both", "either");
        words["left"] = new Lexeme(LexKind.Side, Side: Side.Left);
        words["right"] = new Lexeme(LexKind.Side, Side: Side.Right);
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, (string[] Words, Lexeme Meaning)[]> BuildPhrases()
    {
        var phrases = new List<(string[] Words, Lexeme Meaning)>();
        void Add(Lexeme meaning, params string[] list)
        {
            foreach (var phrase in list)
            {
                phrases.Add((phrase.Split(' '), meaning));
            }
        }

        foreach (var info in ExerciseCatalog.All)
        {
            Add(new Lexeme(LexKind.Exercise, Exercise: info.Exercise), [.. info.Aliases]);
        }
        Add(Lexeme.Of(LexKind.Skip), "rest day", "day off", "off day", "not today", "no time", "too tired", "too busy",
            "not feeling it", "taking a break", "give it a miss");
        Add(Lexeme.Of(LexKind.Later), "in a bit", "after work", "this evening", "remind me", "going to", "about to", "not now");
        Add(Lexeme.Of(LexKind.NotYet), "not yet", "have not", "has not", "not done yet");
        Add(Lexeme.Of(LexKind.StrongNegation), "did not", "could not", "can not", "will not", "do not", "was not");
        Add(Lexeme.Of(LexKind.Only), "nothing but", "nothing except");
        Add(Lexeme.Of(LexKind.Exclude), "apart from", "other than", "except for");
        Add(Lexeme.Of(LexKind.Vague), "kind of", "sort of", "a few", "a couple");
        Add(Lexeme.Of(LexKind.SoftVague), "a bit", "a little");
        Add(Lexeme.Of(LexKind.Yesterday), "last night", "last evening", "the other day");
        Add(new Lexeme(LexKind.DayBack, Value: 2), "the day before yesterday", "day before yesterday");
        Add(Lexeme.Of(LexKind.DayUnclear), "last week", "a while ago", "a while back", "some time ago", "the week before");
        foreach (var (name, weekday) in Weekdays)
        {
            Add(new Lexeme(LexKind.Weekday, Value: (int)weekday + 10), "last " + name);
        }
        Add(Lexeme.Of(LexKind.Pain), "hurt myself", "pulled a muscle", "shin splints", "it band", "plantar fasciitis", "runners knee",
            "killing me");
        Add(Lexeme.Of(LexKind.Illness), "under the weather", "not feeling well", "not well", "feeling rough", "a cold",
            "food poisoning", "stomach bug", "man flu", "feeling ill", "feel ill", "im ill", "been ill", "head cold", "chest cold");
        Add(Lexeme.Of(LexKind.Travel), "out of town", "on the road", "business trip", "on holiday", "on vacation", "on a trip");
        Add(Lexeme.Of(LexKind.Greeting), "good morning", "good evening", "good afternoon", "morning all", "hi there", "hey there");
        Add(Lexeme.Of(LexKind.Chatter), "how are you", "how r u", "how are u", "how is it going", "hows it going", "see you",
            "see ya", "no worries", "all good", "sounds good", "got it", "good bot", "you rock", "good night", "right away");
        Add(Lexeme.Of(LexKind.Today), "this morning", "this afternoon");
        Add(Lexeme.Of(LexKind.Hip), "hip work", "hip stuff", "hip exercises", "hip routine", "the exercises");
        Add(Lexeme.Of(LexKind.All), "the rest", "all of them", "all of it", "the lot", "every exercise", "all exercises");
        Add(Lexeme.Of(LexKind.Side), "each side", "per side", "a side", "both sides", "each leg", "per leg", "a leg",
            "both legs", "each way", "on each side", "on both sides");
        Add(new Lexeme(LexKind.Side, Side: Side.Left), "left side", "left leg", "on the left", "the left");
        Add(new Lexeme(LexKind.Side, Side: Side.Right), "right side", "right leg", "on the right", "the right");

        return phrases
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Words.Length).ToArray(),
                StringComparer.Ordinal);
    }
}
