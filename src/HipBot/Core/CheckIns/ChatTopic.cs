namespace HipBot.Core.CheckIns;

/// <summary>A message that is not a check-in but deserves a short answer of its own, not the "I didn't get that" hint.</summary>
public enum ChatTopic
{
    /// <summary>"thanks", "cheers", "🙏".</summary>
    Thanks = 0,

    /// <summary>"hi", "good morning", "👋".</summary>
    Greeting = 1,

    /// <summary>"lol", "ok cool", "how are you?", "🙂".</summary>
    SmallTalk = 2,

    /// <summary>"what do I do today?", "how many sets?": answered with today's prescription.</summary>
    Today = 3,
}
